#!/usr/bin/env node
// The program (the bundle's entry point in esbuild.mjs): runs what main.ts exports.
// main.ts runs nothing on import, so tests import it.
import { main } from './main.js';
import { environmentLang } from './args.js';
import { forTerminal, say } from '../../../analysis/src/index.js';

main(process.argv).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A bug, not an I/O problem: still one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(forTerminal(`servicing-logs: ${say(environmentLang(process.env), 'cli.internalError', { message })}\n`));
    process.exitCode = 2;
  },
);
