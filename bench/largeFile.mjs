// The large-file path (Analyze Large Log): a generated CBS.log of --mib MiB (default 1024) is read
// from disk by the built server (dist/server.js) over LSP stdio, streamed and analysed. Reports
// the time, the server's peak RSS (goal: under 500 MB for 1 GB) and what it found.
// Run: npm run build && node bench/largeFile.mjs [--mib 1024]

import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, ensureLog } from './makeLog.mjs';
import { memoryOf } from './lsp.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const mibArg = process.argv.indexOf('--mib');
const mib = mibArg > 0 ? Number(process.argv[mibArg + 1]) : 1024;
const log = ensureLog('cbs', mib);
console.log(`${path.relative(REPO_ROOT, log.file)}: ${(log.bytes / 1e6).toFixed(0)} MB (${log.reused ? 'reused' : `generated in ${log.seconds.toFixed(0)} s`})`);

const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let published = 0;
connection.onNotification('textDocument/publishDiagnostics', (p) => (published = p.diagnostics.length));
connection.onNotification('$/progress', () => undefined);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { window: { workDoneProgress: true } } });
await connection.sendNotification('initialized', {});

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(child.pid).peakRss || 0)), 200);
const started = performance.now();
const result = await connection.sendRequest('servicingLogs/analyzeFile', { uri: pathToFileURL(log.file).href });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, memoryOf(child.pid).peakRss || 0);
child.kill();

const mb = peak / 1e6;
console.log(`analysed ${result.lineCount?.toLocaleString()} lines in ${seconds.toFixed(1)} s (${(log.bytes / 1e6 / seconds).toFixed(1)} MB/s)`);
console.log(`server peak RSS ${mb.toFixed(0)} MB ${mb < 500 ? '✓ under' : '✗ over'} the 500 MB goal`);
console.log(`${result.summary}; ${published} diagnostics published`);
process.exit(result.problem ? 1 : 0);
