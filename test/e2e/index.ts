// Entry point of the end-to-end suite, with the contract of @vscode/test-electron's
// `extensionTestsPath`: VS Code's extension host loads this file and awaits `run()`.
// Both runners use it: scripts/e2e.sh (code-server + Chromium, the `payload` URL parameter)
// and scripts/test-electron.mjs (desktop VS Code downloaded by @vscode/test-electron).
//
// Output: Mocha's spec reporter (one line per test, failures with their messages), then a
// closing line `N passed, N failed` on a line by itself. `run()` rejects when a test fails,
// which makes the extension host exit with code 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

// Files run in this order (each is one suite). E2E_SUITES picks others (scripts/e2e.sh runs
// `noLog` in a second window, on a folder without a servicing log).
const SUITES = process.env.E2E_SUITES ? process.env.E2E_SUITES.split(',') : ['activation', 'cbs', 'setupapi', 'commands', 'detection', 'bundle', 'workflow'];

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.E2E_TEST_TIMEOUT_MS) || 60_000,
    slow: 5_000,
  });
  // The code-server runner echoes the extension host's output from this line on.
  console.log(`[e2e] Mocha suite starting: VS Code ${vscode.version} (${vscode.env.appName}), Node ${process.version}`);
  if (process.env.E2E_GREP) { mocha.grep(process.env.E2E_GREP); }
  for (const name of SUITES) {mocha.addFile(path.join(__dirname, `${name}.test.js`));}

  return new Promise((resolve, reject) => {
    const results: { title: string; state: 'passed' | 'failed'; error?: string; ms?: number }[] = [];
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const passed = results.filter((r) => r.state === 'passed').length;
        const failed = results.filter((r) => r.state === 'failed').length;
        const closing = `${passed} passed, ${failed} failed`;
        console.log(`\n${closing}`);
        // Optional machine-readable copy for the runner scripts (env inherited from code-server).
        const out = process.env.E2E_RESULT_FILE;
        if (out) {
          try {
            fs.writeFileSync(out, JSON.stringify({ passed, failed, closing, results }, null, 2) + '\n');
          } catch (e) {
            console.error(`could not write ${out}: ${String(e)}`);
          }
        }
        if (failures > 0 || failed > 0) {
          reject(new Error(`${Math.max(failures, failed)} end-to-end test(s) failed`));
        } else if (passed === 0) {
          reject(new Error('no end-to-end test ran'));
        } else {
          resolve();
        }
      });
    } catch (e) {
      console.error(`Mocha could not load the suite: ${e instanceof Error ? e.stack : String(e)}`);
      console.log('\n0 passed, 1 failed');
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err?.message }));
  });
}
