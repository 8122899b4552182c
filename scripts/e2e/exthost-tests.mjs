// Runs the extension's Mocha suite (test/e2e → out/e2e/index.js) inside code-server's real
// extension host, with the contract of @vscode/test-electron: VS Code web reads the `payload`
// URL parameter (extensionDevelopmentPath + extensionTestsPath), forwards the extension host's
// console to window.codeAutomationLog and its exit code to window.codeAutomationExit.
//
// usage: node exthost-tests.mjs --url http://127.0.0.1:PORT --folder examples/case
//          --ext <repo root> --tests out/e2e/index.js [--shots dir] [--result file.json]
// env:   E2E_EXTHOST_TIMEOUT_MS (default 420000)
// exit:  0 when the suite ran and passed; 1 when a test failed or the suite did not finish.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser, parseArgs, remoteUri, say, workbenchUrl } from './browser.mjs';

const args = parseArgs(process.argv.slice(2));
for (const k of ['url', 'folder', 'ext', 'tests']) {
  if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }
}
const timeoutMs = Number(process.env.E2E_EXTHOST_TIMEOUT_MS) || 420_000;
const CLOSING = /^(\d+) passed, (\d+) failed$/;

const { page, close } = await launchBrowser('exthost');
let finish;
const exited = new Promise((r) => { finish = r; });
let closing = null;
// The workbench logs its own chatter through the same hook; echo only from the suite's start
// marker on (printed by test/e2e/index.ts) and keep everything in logs/exthost-automation.log.
const START_MARKER = '[e2e] Mocha suite starting';
let started = false;
const early = [];
const rawLog = fs.createWriteStream(path.join(process.env.E2E_WORK || '.e2e', 'logs', 'exthost-automation.log'));
await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
  const text = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
  rawLog.write(`${type}: ${text}\n`);
  if (!started && text.includes(START_MARKER)) {
    started = true;
  }
  if (!started) { early.push(`${type}: ${text}`); return; }
  for (const line of text.split('\n')) {
    const m = CLOSING.exec(line.trim());
    if (m) {
      closing = { passed: Number(m[1]), failed: Number(m[2]), line: line.trim() };
    }
  }
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
});
await page.exposeFunction('codeAutomationExit', (code) => finish(code));

const payload = [
  ['extensionDevelopmentPath', remoteUri(args.url, args.ext)],
  ['extensionTestsPath', remoteUri(args.url, args.tests)],
];
say(`opening the workbench with the test payload (timeout ${timeoutMs / 1000} s)`);
await page.goto(workbenchUrl(args.url, args.folder, payload), { waitUntil: 'domcontentloaded' });
let timer;
const code = await Promise.race([
  exited,
  new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); }),
]);
clearTimeout(timer);
if (args.shots) {
  fs.mkdirSync(args.shots, { recursive: true });
  await page.screenshot({ path: path.join(args.shots, 'exthost-tests-end.png') }).catch(() => {});
}
await close();

if (code === 'timeout') {
  say(`TIMEOUT: the extension host did not finish the suite within ${timeoutMs / 1000} s`);
} else {
  say(`extension host exit code: ${code}`);
}
if (!started) {
  say('the suite never started; last workbench messages:');
  for (const l of early.slice(-40)) {
    console.log(`  ${l.split('\n')[0]}`);
  }
}
if (!closing) {
  say('the suite printed no "N passed, N failed" line (it did not run, or crashed before the end)');
}
const ok = code === 0 && closing !== null && closing.failed === 0 && closing.passed > 0;
if (args.result) {
  fs.writeFileSync(args.result, JSON.stringify({ exitCode: code, closing, ok }, null, 2) + '\n');
}
process.exit(ok ? 0 : 1);
