// `node bench/hostile.mjs` (issue 13; also run at the end of `npm run bench`): each crafted input
// of test/hostile/crafted.ts opened in our real stdio server, timed from didOpen to its pulled
// diagnostics. Goal: under 1 s each. The reference of the same run is the input's short form
// (the pump repeated 3 times): the ratio says what the length costs. Local processes only.

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const GOAL_MS = 1000;
const TIMEOUT_MS = 60_000;

/** Open `text` with these settings in a fresh server; ms from didOpen to the diagnostics. */
async function timeToDiagnostics(text, file, settings) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
    await connection.sendNotification('initialized', {});
    const uri = `untitled:${file}`;
    const start = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'log', version: 1, text } });
    const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    return { ms: performance.now() - start, diagnostics: report.items.length };
  } finally {
    clearTimeout(timer);
    connection.dispose();
    child.kill();
  }
}

export async function benchHostile() {
  const crafted = path.join(REPO_ROOT, 'out', 'test', 'hostile', 'crafted.js');
  if (!fs.existsSync(crafted) || !fs.existsSync(path.join(REPO_ROOT, 'dist', 'server.js'))) {
    execFileSync('npx', ['tsc', '-b'], { cwd: REPO_ROOT, stdio: 'inherit' });
    execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const { CRAFTED } = (await import(pathToFileURL(crafted).href));
  const rows = [];
  for (const c of CRAFTED) {
    const settings = { noisePatterns: c.noisePatterns ?? [] };
    const text = c.text(c.repeats);
    const long = await timeToDiagnostics(text, c.file, settings);
    const short = await timeToDiagnostics(c.text(3), c.file, settings);
    rows.push({ name: c.name, bytes: text.length, ms: long.ms, referenceMs: short.ms, ratio: long.ms / short.ms, diagnostics: long.diagnostics, ok: long.ms < GOAL_MS });
  }
  console.log(`\n════ Hostile inputs: didOpen → diagnostics (goal < ${GOAL_MS} ms; reference: the same input, short) ════`);
  for (const r of rows) {
    console.log(`${r.ok ? 'ok  ' : 'SLOW'} ${r.ms.toFixed(0).padStart(5)} ms (short ${r.referenceMs.toFixed(0)} ms, ×${r.ratio.toFixed(2)}) ${String(r.bytes).padStart(6)} chars, ${r.diagnostics} diagnostics · ${r.name}`);
  }
  console.log(`${rows.filter((r) => r.ok).length}/${rows.length} under ${GOAL_MS} ms`);
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchHostile().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
