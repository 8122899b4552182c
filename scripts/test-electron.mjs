// The end-to-end suite (test/e2e → out/e2e/index.js) in desktop VS Code, downloaded by
// @vscode/test-electron: the second runner for the same suite, for machines that can reach
// update.code.visualstudio.com. (Offline machines: use `npm run test:e2e`, which runs the same
// suite in code-server.) Builds first unless --no-build.
//
// usage: node scripts/test-electron.mjs [--no-build]
// env:   VSCODE_VERSION (default 1.100.3, the VS Code inside code-server 4.100.3; must satisfy
//        engines.vscode), E2E_GREP (Mocha grep), VSCODE_DOWNLOAD_TIMEOUT_MS (default 60000)
// Linux without a display: run it under `xvfb-run -a`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = process.env.VSCODE_VERSION || '1.100.3';
const started = Date.now();
const say = (m) => console.log(`[test-electron ${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);

function run(cmd, args) {
  say(`${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

if (!process.argv.includes('--no-build')) {
  run('npx', ['tsc', '-b', 'test/e2e']);
  run('npm', ['run', '--silent', 'build']);
}

let vscodeExecutablePath;
try {
  say(`downloading VS Code ${version} (cached in .e2e/vscode-test/)`);
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version,
    cachePath: path.join(ROOT, '.e2e', 'vscode-test'),
    timeout: Number(process.env.VSCODE_DOWNLOAD_TIMEOUT_MS) || 60_000,
  });
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`
ERROR: @vscode/test-electron could not download VS Code ${version}: ${msg}
This runner needs https://update.code.visualstudio.com. Without internet access use
\`npm run test:e2e\` instead: it runs the same suite (out/e2e/index.js) inside code-server's
real extension host (VS Code ${version}).`);
  process.exit(2);
}

try {
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'index.js'),
    extensionTestsEnv: { E2E_GREP: process.env.E2E_GREP ?? '' },
    launchArgs: [
      path.join(ROOT, 'examples', 'case'),
      '--disable-extensions', // other installed extensions; the development copy still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ],
  });
  say(`VS Code exited with ${code}`);
  process.exit(code);
} catch (e) {
  console.error(`end-to-end tests failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
