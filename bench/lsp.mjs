// Drives one language server over real LSP stdio (vscode-languageserver-protocol, as VS Code's
// client does) and measures: didOpen → publishDiagnostics, hover and folding latency on the
// parsed document, and the server process's peak RSS (VmHWM from /proc/<pid>/status).
// Every wait has a timeout; servers still running when the benchmark exits are killed.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const running = new Set();
function killAll() {
  for (const child of running) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

class Timeout extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Peak and current resident set size of a process, in bytes (Linux). */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { peakRss: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return { peakRss: NaN, rss: NaN };
  }
}

function round3(x) {
  return Math.round(x * 1000) / 1000;
}

/** CPU time (user + system, all threads) a process has used so far, in ms (Linux, 10 ms ticks). */
export function cpuTimeOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = 100;

export function percentile(values, p) {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const CLIENT_CAPABILITIES = {
  // What VS Code announces for these features, minus textDocument.diagnostic: without pull
  // support our server pushes textDocument/publishDiagnostics, like the reference server.
  workspace: { configuration: true, workspaceFolders: false },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
    foldingRange: { dynamicRegistration: false, rangeLimit: 5000, lineFoldingOnly: true },
    documentSymbol: { dynamicRegistration: false, hierarchicalDocumentSymbolSupport: true },
  },
  window: { workDoneProgress: false },
};

/**
 * One session: spawn, initialize, didOpen, wait for diagnostics, hovers, foldings, memory, shutdown.
 * `script` is the server's JS file (started as `node ...nodeArgs script --stdio`).
 */
export async function runLspSession({ name, script, nodeArgs = [], uri, languageId, text, hovers, foldings = 20, diagnosticsTimeoutMs, requestTimeoutMs = 30_000 }) {
  const result = { server: name, ok: false };
  const child = spawn(process.execPath, [...nodeArgs, script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.stdin.on('error', () => undefined); // EPIPE when the server dies; reported below
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const notifications = [];
  const waiters = [];
  const onNotification = (method, params) => {
    const at = performance.now();
    notifications.push({ method, at });
    for (const w of [...waiters]) {
      if (w.method === method && w.match(params)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ params, at });
      }
    }
  };
  for (const method of ['textDocument/publishDiagnostics', 'servicingLogs/detected', 'window/showMessage']) {
    connection.onNotification(method, (params) => onNotification(method, params));
  }
  const logMessages = [];
  connection.onNotification('window/logMessage', (p) => logMessages.push(p.message));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest((method) => {
    // workspace/codeLens/refresh, client/registerCapability, …: acknowledge.
    void method;
    return null;
  });
  connection.onError(() => undefined);
  connection.onClose(() => undefined);
  connection.listen();
  const waitFor = (method, match) => new Promise((resolve) => waiters.push({ method, match, resolve }));
  const died = exited.then(({ code, signal }) => {
    throw new Error(`server exited (code ${code}, signal ${signal})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
  });
  died.catch(() => undefined);
  const guard = (promise, ms, what) => withTimeout(Promise.race([promise, died]), ms, what);

  try {
    let t = performance.now();
    await guard(connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES, clientInfo: { name: 'servicing-logs-bench' } }), 20_000, 'initialize');
    await connection.sendNotification('initialized', {});
    result.initMs = performance.now() - t;
    result.rssAfterInit = memoryOf(child.pid).rss;

    // didOpen → diagnostics. The clock starts before the client serializes the message: the
    // JSON encoding, the pipe and the server's decoding are part of what an editor waits for.
    const cpuBefore = cpuTimeOf(child.pid);
    const diagnosticsArrive = waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const detectedArrives = waitFor('servicingLogs/detected', (p) => p.uri === uri);
    t = performance.now();
    const sent = connection
      .sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })
      .then(() => performance.now());
    const diagnostics = await guard(diagnosticsArrive, diagnosticsTimeoutMs, 'publishDiagnostics after didOpen');
    result.didOpenToDiagnosticsMs = diagnostics.at - t;
    // CPU the server spent on it: unlike wall time, barely moved by other load on the machine.
    result.didOpenCpuMs = cpuTimeOf(child.pid) - cpuBefore;
    result.sentMs = (await sent) - t;
    result.diagnostics = diagnostics.params.diagnostics.length;
    const detected = await Promise.race([detectedArrives, Promise.resolve(undefined)]);
    if (detected) {
      result.didOpenToDetectedMs = detected.at - t;
    }

    // Hover latency on the parsed document, one request at a time.
    const hoverTimes = [];
    let hoverHits = 0;
    for (const position of hovers) {
      const h0 = performance.now();
      const hover = await guard(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), requestTimeoutMs, 'hover');
      hoverTimes.push(performance.now() - h0);
      if (hover) {
        hoverHits++;
      }
    }
    result.hover = { n: hoverTimes.length, hits: hoverHits, medianMs: percentile(hoverTimes, 50), p99Ms: percentile(hoverTimes, 99), maxMs: Math.max(...hoverTimes), times: hoverTimes.map(round3) };

    const foldTimes = [];
    let ranges = 0;
    for (let k = 0; k < foldings; k++) {
      const f0 = performance.now();
      const folds = await guard(connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }), requestTimeoutMs, 'foldingRange');
      foldTimes.push(performance.now() - f0);
      ranges = folds?.length ?? 0;
    }
    result.folding = { n: foldTimes.length, ranges, medianMs: percentile(foldTimes, 50), p99Ms: percentile(foldTimes, 99), firstMs: foldTimes[0], times: foldTimes.map(round3) };

    const memory = memoryOf(child.pid);
    result.peakRss = memory.peakRss;
    result.rss = memory.rss;

    // Hovers while the server analyses a document: the first one closed, the same text opened
    // again under another URI (after the memory reading, which it would change), hovers one at a
    // time from its didOpen until its diagnostics arrive.
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const busyUri = uri.replace(/(\.[^./]*)?$/, '-again$1');
    let analysed = false;
    const busyDiagnostics = waitFor('textDocument/publishDiagnostics', (p) => p.uri === busyUri).then(() => (analysed = true));
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: busyUri, languageId, version: 1, text } });
    const busyTimes = [];
    while (!analysed && hovers.length > 0) {
      const h0 = performance.now();
      await guard(connection.sendRequest('textDocument/hover', { textDocument: { uri: busyUri }, position: hovers[busyTimes.length % hovers.length] }), requestTimeoutMs, 'hover while analysing');
      busyTimes.push(performance.now() - h0);
    }
    await guard(busyDiagnostics, diagnosticsTimeoutMs, 'publishDiagnostics of the second open');
    result.hoverWhileAnalysing = { n: busyTimes.length, medianMs: percentile(busyTimes, 50), maxMs: Math.max(...busyTimes), times: busyTimes.map(round3) };
    result.ok = true;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    const memory = memoryOf(child.pid);
    result.peakRss = memory.peakRss;
  } finally {
    if (logMessages.length > 0) {
      result.logMessages = logMessages.slice(-5);
    }
    try {
      if (child.exitCode === null && result.ok) {
        await withTimeout(connection.sendRequest('shutdown'), 10_000, 'shutdown');
        await connection.sendNotification('exit');
        await withTimeout(exited, 5_000, 'exit');
      }
    } catch {
      // killed below
    }
    connection.dispose();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    running.delete(child);
  }
  return result;
}
