// The read path at size (issue 12), in one run:
//  1. The CLI on a generated 1 GiB CBS.log, side by side with lnav (Debian's package, installed
//     with apt-get when absent) on the same file: wall time and peak RSS of each, from
//     /usr/bin/time -v, and the ratios ours ÷ lnav. The file is read once first so both start
//     with it in the page cache.
//  2. A workspace of 81 × 25 MiB CbsPersist logs (hard links to one generated log: 2 GiB of
//     members, one copy on disk) opened in the built server (dist/server.js) with a small
//     CBS.log open: hovers on the open log are timed while the server indexes the workspace;
//     the server's peak RSS is sampled. Goals: stays up, hover < 100 ms, peak < 1.5 GB.
//  Between them: the heap a streamed 200 MiB analysis retains (windows must not be pinned).
// Run: npm run build && node bench/largeFile.mjs [--mib 1024] [--members 81] [--member-mib 25] [--only cli|workspace]

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, REPO_ROOT, ensureLog } from './makeLog.mjs';
import { memoryOf } from './lsp.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MIB = arg('--mib', 1024);
const MEMBERS = arg('--members', 81);
const MEMBER_MIB = arg('--member-mib', 25);
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');

/** Wall seconds and peak RSS (bytes) of a command, from GNU time. */
function timed(command) {
  const r = spawnSync('/usr/bin/time', ['-v', ...command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) {
    throw new Error(`no timing from /usr/bin/time for ${command.join(' ')}:\n${r.stderr.slice(-2000)}`);
  }
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, peak: Number(rss[1]) * 1024, status: /Exit status: (\d+)/.exec(r.stderr)?.[1] };
}

function ensureLnav() {
  if (spawnSync('lnav', ['-V']).status === 0) {
    return true;
  }
  console.log('lnav not found: installing the Debian package (apt-get install -y lnav)…');
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'lnav'], { stdio: 'inherit' });
  return install.status === 0 && spawnSync('lnav', ['-V']).status === 0;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

function cliVersusLnav() {
  const log = ensureLog('cbs', MIB);
  console.log(`\n── CLI vs lnav: ${path.relative(REPO_ROOT, log.file)}, ${mb(log.bytes)} (${log.reused ? 'reused' : `generated in ${log.seconds.toFixed(0)} s`})`);
  spawnSync('cat', [log.file], { stdio: ['ignore', 'ignore', 'inherit'] });
  // lnav headless (-n): it indexes the whole file, runs the command (a filter that matches no
  // line, so every line is tested) and exits.
  const lnav = ensureLnav() ? timed(['lnav', '-n', '-c', ':filter-in ^NO-SUCH-LINE$', log.file]) : undefined;
  const ours = timed([process.execPath, CLI, 'analyze', log.file, '--format', 'json']);
  const row = (name, m) => console.log(`${name.padEnd(28)} ${m.seconds.toFixed(1).padStart(7)} s  ${mb(m.peak).padStart(8)} peak RSS  ${(log.bytes / 1e6 / m.seconds).toFixed(0).padStart(4)} MB/s  (exit ${m.status})`);
  if (lnav) {
    row('lnav (index + filter)', lnav);
  } else {
    console.log('lnav could not be installed: no reference this run');
  }
  row('servicing-logs analyze', ours);
  if (lnav) {
    console.log(`ratios ours ÷ lnav: time ${(ours.seconds / lnav.seconds).toFixed(2)}× · peak memory ${(ours.peak / lnav.peak).toFixed(2)}×`);
  }
  return { bytes: log.bytes, lnav, ours };
}

/**
 * What a streamed analysis keeps: heap after a full GC once `streamMember` has finished a 200 MiB
 * CBS.log, beside the file's size. Substrings that outlive their window pin it (ARCHITECTURE.md),
 * which shows here as a retained heap near the file's size; the results themselves need a
 * fraction of it.
 */
function retainedAfterStreaming() {
  const log = ensureLog('cbs', 200);
  const members = path.join(REPO_ROOT, 'out', 'server', 'src', 'files', 'members.js');
  const script = `require(${JSON.stringify(members)}).streamMember(${JSON.stringify(log.file)}).then((m) => { globalThis.kept = m; global.gc(); process.stdout.write(String(process.memoryUsage().heapUsed)); })`;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
  const retained = Number(r.stdout);
  console.log(`retained after streaming ${mb(log.bytes)}: ${mb(retained)} of heap (${((100 * retained) / log.bytes).toFixed(1)} % of the file; needs \`npx tsc -b\`)`);
  return { bytes: log.bytes, retained };
}

async function workspaceWhileIndexing() {
  const member = ensureLog('cbs', MEMBER_MIB);
  const dir = path.join(BENCH_DIR, `workspace-${MEMBERS}x${MEMBER_MIB}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'Logs', 'CBS'), { recursive: true });
  for (let i = 0; i < MEMBERS; i++) {
    const stamp = `2024030${1 + (i % 9)}${String(100000 + i).slice(1)}0`;
    fs.linkSync(member.file, path.join(dir, 'Logs', 'CBS', `CbsPersist_${stamp}.log`));
  }
  const open = path.join(dir, 'Logs', 'CBS', 'CBS.log');
  fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'case', 'CBS.log'), open);
  console.log(`\n── Workspace: ${MEMBERS} × ${MEMBER_MIB} MiB CbsPersist logs (${mb(MEMBERS * member.bytes)}) + an open CBS.log`);

  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let exited;
  child.on('exit', (code, signal) => (exited = signal ?? code));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let indexed = false;
  let told = '';
  connection.onNotification('window/showMessage', (p) => (told = p.message));
  connection.onNotification('$/progress', (p) => (indexed ||= p.value?.kind === 'end'));
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.onNotification('servicingLogs/detected', () => undefined);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } },
  });
  await connection.sendNotification('initialized', {});
  const text = fs.readFileSync(open, 'utf8');
  const uri = pathToFileURL(open).href;
  const lines = text.split(/\r?\n/);
  const codeLine = Math.max(0, lines.findIndex((l) => /0x8007/.test(l)));
  const started = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cbs-log', version: 1, text } });

  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(child.pid).peakRss || 0)), 200);
  const hovers = [];
  const position = { line: codeLine, character: lines[codeLine].indexOf('0x8007') + 3 };
  while (!indexed && exited === undefined && performance.now() - started < 30 * 60 * 1000) {
    const t = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    hovers.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, memoryOf(child.pid).peakRss || 0);
  const alive = exited === undefined;
  if (alive) {
    child.kill();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  hovers.sort((a, b) => a - b);
  const at = (q) => hovers[Math.min(hovers.length - 1, Math.floor(q * hovers.length))] ?? NaN;
  console.log(`server ${alive ? 'stayed up' : `EXITED (${exited})`}; indexed in ${seconds.toFixed(0)} s`);
  console.log(`hover while indexing: ${hovers.length} requests, median ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(hovers[hovers.length - 1] ?? NaN).toFixed(1)} ms ${at(0.99) < 100 ? '✓ under' : '✗ over'} 100 ms (p99)`);
  console.log(`server peak RSS ${mb(peak)} ${peak < 1.5e9 ? '✓ under' : '✗ over'} 1.5 GB`);
  console.log(`told the user: ${told ? told.slice(0, 200) : '(nothing)'}`);
  return { alive, seconds, hovers: hovers.length, hoverMedian: at(0.5), hoverP99: at(0.99), hoverMax: hovers[hovers.length - 1], peak };
}

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const cli = only === 'workspace' ? undefined : { ...cliVersusLnav(), streamed: retainedAfterStreaming() };
const workspace = only === 'cli' ? { alive: true } : await workspaceWhileIndexing();
fs.writeFileSync(path.join(BENCH_DIR, 'largeFile.json'), JSON.stringify({ cli, workspace }, null, 2));
process.exit(workspace.alive ? 0 : 1);
