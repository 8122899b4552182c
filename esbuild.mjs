// Bundles the client (runs in VS Code's extension host), the language server and the CLI.
// Type checking is tsc's job (`npm run typecheck`); esbuild only bundles.
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const options = {
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/main.ts',
    cli: 'server/src/cli/bin.ts',
    // The worker thread that streams large workspace logs (server/src/files/offThread.ts).
    streamWorker: 'server/src/files/streamWorker.ts',
  },
  bundle: true,
  outdir: 'dist',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { 'import.meta.dirname': '__dirname', PACKAGE_VERSION: JSON.stringify(version) },
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
