// Protocol-level tests: the built server (dist/server.js) over stdio, driven as an editor would.

import { test, after, before } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnalyzeFileRequest, DecodeRequest, DetectedNotification, FailuresRequest, MomentRequest, ReportRequest } from '../../protocol/protocol.js';
import { type LspClient, startServer } from './lspClient.js';
import { REPO_ROOT } from '../support.js';

const CASE_DIR = path.join(REPO_ROOT, 'examples', 'case');
const CBS_FILE = path.join(CASE_DIR, 'CBS.log');
const SETUPAPI_FILE = path.join(CASE_DIR, 'setupapi.dev.log');
const cbsUri = pathToFileURL(CBS_FILE).href;
const setupapiUri = pathToFileURL(SETUPAPI_FILE).href;
const cbsText = fs.readFileSync(CBS_FILE, 'utf8');
const setupapiText = fs.readFileSync(SETUPAPI_FILE, 'utf8');

interface Diagnostic {
  range: { start: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[];
}

let client: LspClient;

before(async () => {
  client = await startServer({ pull: true });
  await client.open(cbsUri, 'cbs-log', cbsText);
  await client.open(setupapiUri, 'setupapi-log', setupapiText);
});

after(async () => {
  await client.stop();
});

function lineOf(text: string, needle: string): number {
  const line = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `"${needle}" in the example`);
  return line;
}

test('initialize announces the features', () => {
  const caps = client.capabilities;
  assert.equal(caps.hoverProvider, true);
  assert.equal(caps.foldingRangeProvider, true);
  assert.ok(caps.documentSymbolProvider);
  assert.ok(caps.diagnosticProvider, 'pull diagnostics');
  assert.equal(client.serverInfo?.name, 'servicing-logs');
  const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(client.serverInfo?.version, version, 'the version esbuild wrote in from package.json');
});

test('pull diagnostics: the CBS verdict is an Error naming ERROR_BADDB, linked to the STAGE line', async () => {
  const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: cbsUri } });
  const originalLine = lineOf(cbsText, 'Setting original failure status');
  const verdictLine = lineOf(cbsText, 'Exec: Processing complete');
  const stageLine = lineOf(cbsText, 'STAGE index');
  const original = report.items.find((d) => d.range.start.line === originalLine);
  // An echo of the verdict: part of its chain, shown quietly, linked to it.
  assert.ok(original && original.severity === 3 && original.code === 'cbs.original-failure' && /ERROR_BADDB/.test(original.message));
  const verdict = report.items.find((d) => d.range.start.line === verdictLine);
  assert.ok(verdict, 'a diagnostic on the final verdict');
  assert.equal(verdict.severity, 1);
  assert.equal(verdict.source, 'servicing-logs');
  assert.equal(verdict.code, 'cbs.processing-failed');
  assert.match(verdict.message, /ERROR_BADDB/);
  assert.ok(verdict.relatedInformation?.some((r) => r.location.range.start.line === originalLine), 'related: the original failure status');
  assert.ok(verdict.relatedInformation?.some((r) => r.location.range.start.line === stageLine), 'related: the root cause');
  const root = report.items.find((d) => d.range.start.line === stageLine);
  assert.ok(root && root.severity === 1 && /oposdrv\.inf/.test(root.message), 'the STAGE line is the root cause');
  const noise = report.items.filter((d) => d.severity === 4);
  assert.ok(noise.length > 0 && noise.every((d) => !/ERROR_BADDB/.test(d.message)), 'routine noise is a hint');
});

test('pull diagnostics on setupapi: the failed section and its first !!! line are errors, the echoes its chain', async () => {
  const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: setupapiUri } });
  const exitLine = lineOf(setupapiText, '[Exit status: FAILURE');
  const section = report.items.find((d) => d.code === 'setupapi.section-failed');
  assert.ok(section && section.range.start.line === exitLine && section.severity === 1);
  const bang = report.items.filter((d) => d.code === 'setupapi.error-line');
  assert.ok(bang.length >= 3 && bang[0]?.severity === 1, 'the first !!! line is the root cause');
  assert.ok(bang.slice(1).every((d) => d.severity === 3 && d.relatedInformation?.some((r) => r.location.range.start.line === exitLine)), 'the other !!! lines are the chain of the verdict');
});

test('hover decodes 0x800703f1: HRESULT, FACILITY_WIN32, 1009, ERROR_BADDB', async () => {
  const line = lineOf(cbsText, 'Setting original failure status');
  const character = (cbsText.split(/\r?\n/)[line] ?? '').indexOf('0x800703f1') + 3;
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: cbsUri }, position: { line, character } });
  assert.ok(hover);
  for (const fact of ['ERROR_BADDB', 'FACILITY_WIN32', '1009', 'HRESULT']) {
    assert.ok(hover.contents.value.includes(fact), `hover mentions ${fact}`);
  }
  const none = await client.request('textDocument/hover', { textDocument: { uri: cbsUri }, position: { line: 0, character: 2 } });
  assert.equal(none, null, 'no hover on a timestamp');
});

test('folding: the failed setupapi section folds from its title to its exit line; the limit keeps it', async () => {
  const title = lineOf(setupapiText, 'Stage Driver Updates');
  const exit = lineOf(setupapiText, '[Exit status: FAILURE');
  const ranges = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: setupapiUri } });
  assert.ok(ranges.some((r) => r.startLine === title && r.endLine >= exit), 'the failed section folds');
  assert.ok(ranges.length > 3, 'blocks fold too');
});

test('document symbols: the failed section is marked and carries its exit status', async () => {
  const symbols = await client.request<{ name: string; detail: string; children: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri: setupapiUri } });
  const failed = symbols.find((s) => /FAILURE/.test(s.detail));
  assert.ok(failed, 'a symbol with FAILURE');
  assert.match(failed.name, /^✖ /);
  assert.ok(failed.children.length > 0, 'its blocks are children');
});

test('the summary lens names the root cause', async () => {
  const lenses = await client.request<{ range: { start: { line: number } }; command: { title: string; command: string; arguments: unknown[] } }[]>('textDocument/codeLens', { textDocument: { uri: cbsUri } });
  assert.equal(lenses[0]?.range.start.line, 0);
  assert.match(lenses[0]?.command.title, /root cause: 0x800703F1 .*ERROR_BADDB at line \d+ \(oposdrv\.inf\)/);
  assert.equal(lenses[0]?.command.command, 'servicingLogs.goToRootCause');
  assert.equal(lenses[0]?.command.arguments[1], lineOf(cbsText, 'STAGE index'));
});

test('custom requests: failures, decode, report', async () => {
  const failures = await client.request(FailuresRequest, { uri: cbsUri });
  assert.equal(failures.focusLine, lineOf(cbsText, 'STAGE index'));
  assert.ok(failures.failures.some((f) => f.role === 'verdict'));
  const decoded = await client.request(DecodeRequest, { text: 'ERROR_BADDB' });
  assert.ok(decoded && /0x800703F1|1009/.test(decoded.markdown));
  assert.equal(await client.request(DecodeRequest, { text: 'not a code' }), null);
  const report = await client.request(ReportRequest, { uri: cbsUri });
  assert.ok(report && /oposdrv\.inf/.test(report.markdown) && /ERROR_BADDB/.test(report.markdown));
});

test('edits re-analyse the document (incremental sync)', async () => {
  const uri = 'untitled:edit-test';
  await client.open(uri, 'plaintext', '2024-01-01 10:00:00, Info                  CBS    Starting TrustedInstaller initialization.\r\n');
  let report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.items.length, 0);
  await client.change(uri, 2, { line: 1, character: 0 }, '2024-01-01 10:00:01, Error                 CBS    Failed to perform operation. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]\r\n');
  report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.items.length, 1);
  assert.equal(report.items[0]?.range.start.line, 1);
});

test('the server detects a servicing log opened as plain text and says so', async () => {
  const uri = 'untitled:detect-test';
  const detected = client.waitForNotification(DetectedNotification, (p) => p.uri === uri);
  await client.open(uri, 'plaintext', setupapiText);
  assert.equal((await detected).languageId, 'setupapi-log');
});

test('bad input never crashes the server: random bytes, huge lines, deep nesting, lone CRs', async () => {
  const inputs = [
    Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1'),
    'x'.repeat(10 * 1024 * 1024),
    '     sto: ' + '{'.repeat(100_000),
    '\r'.repeat(50_000),
    '',
    '\u0000\uFFFD\uD800',
  ];
  for (const [i, text] of inputs.entries()) {
    const uri = `untitled:bad-${i}`;
    await client.open(uri, 'log', text);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
  }
  const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: cbsUri } });
  assert.ok(report.items.length > 0, 'still answering');
});

test('push diagnostics for clients without pull support', async () => {
  const push = await startServer({ pull: false });
  try {
    const published = push.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === cbsUri);
    await push.open(cbsUri, 'cbs-log', cbsText);
    const { diagnostics } = await published;
    assert.ok(diagnostics.some((d) => d.code === 'cbs.original-failure'));
  } finally {
    await push.stop();
  }
});

test('a cancelled diagnostics request returns at once, cancelled; a newer version supersedes older work', async () => {
  // Large enough (about 30 MB) that the work takes long compared with the messages that stop it.
  const uri = 'untitled:big';
  await client.open(uri, 'cbs-log', cbsText.repeat(3000));
  const cancelled = await client.requestAndCancel('textDocument/diagnostic', { textDocument: { uri } });
  assert.notEqual(cancelled, 'completed');
  assert.ok(cancelled !== 'completed' && (cancelled.code === -32800 || cancelled.code === -32802), `cancelled with code ${JSON.stringify(cancelled)}`);
  // A fresh document, so that no earlier request has computed (and memoized) its failures.
  const other = 'untitled:big-2';
  await client.open(other, 'cbs-log', cbsText.repeat(3000));
  const older = client.request('textDocument/diagnostic', { textDocument: { uri: other } }).then(
    () => 'completed',
    (error: { code?: number }) => error.code,
  );
  await client.change(other, 2, { line: 0, character: 0 }, 'note\r\n');
  assert.equal(await older, -32802, 'the older request is answered ServerCancelled (retrigger)');
  const fresh = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: other } });
  assert.ok(fresh.items.length > 0);
});

test('Analyze Large Log: a file read from disk (UTF-16), failures published for it; binary files refused', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicing-logs-'));
  try {
    const file = path.join(dir, 'CBS.log');
    const body = cbsText.repeat(300);
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const uri = pathToFileURL(file).href;
    const published = client.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const result = await client.request(AnalyzeFileRequest, { uri });
    assert.equal(result.kind, 'cbs');
    assert.equal(result.encoding, 'utf-16le');
    assert.equal(result.lineCount, body.split(/\r\n|\n|\r/).length);
    assert.match(result.summary ?? '', /ERROR_BADDB/);
    const { diagnostics } = await published;
    assert.ok(diagnostics.some((d) => d.code === 'cbs.processing-failed'));
    const binary = path.join(dir, 'CbsPersist_20240101000000.log');
    fs.writeFileSync(binary, Buffer.concat([Buffer.from('MSCF'), Buffer.alloc(5000, 1)]));
    const refused = await client.request(AnalyzeFileRequest, { uri: pathToFileURL(binary).href });
    assert.match(refused.problem ?? '', /not a text log.*cabinet/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a log bundle: the CBS verdict links into setupapi.dev.log, keys jump across logs, the moment, known issues, the report', async () => {
  const bundle = await startServer({ pull: true, workspaceFolder: pathToFileURL(CASE_DIR).href });
  try {
    await bundle.open(cbsUri, 'cbs-log', cbsText);
    const stageLine = lineOf(cbsText, 'STAGE index');
    const setupapiRoot = lineOf(setupapiText, '!!!  idb:');
    // The first pull may come before the workspace is indexed and the bundle analysed; the server
    // then asks the client to pull again (workspace/diagnostic/refresh).
    const linked = (d: Diagnostic | undefined): boolean => d?.relatedInformation?.some((r) => r.location.uri === setupapiUri) === true;
    let verdict: Diagnostic | undefined;
    for (let attempt = 0; attempt < 20 && !linked(verdict); attempt++) {
      const refreshed = bundle.waitForRequest('workspace/diagnostic/refresh');
      const report = await bundle.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: cbsUri } });
      verdict = report.items.find((d) => d.code === 'cbs.processing-failed');
      if (!linked(verdict)) {
        await Promise.race([refreshed, new Promise((resolve) => setTimeout(resolve, 1000))]);
      }
    }
    const links = (verdict?.relatedInformation ?? []) as unknown as { location: { uri: string; range: { start: { line: number } } } }[];
    assert.ok(links.some((r) => r.location.uri === setupapiUri && r.location.range.start.line === setupapiRoot), `the verdict links to the setupapi idb line ${setupapiRoot + 1}: ${JSON.stringify(links.map((r) => [r.location.uri.split('/').pop(), r.location.range.start.line + 1]))}`);
    const stage = cbsText.split(/\r?\n/)[stageLine] ?? '';
    const definition = await bundle.request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/definition', {
      textDocument: { uri: cbsUri },
      position: { line: stageLine, character: stage.indexOf('oposdrv.inf') + 2 },
    });
    assert.ok(definition.some((l) => l.uri === setupapiUri), 'oposdrv.inf is found in setupapi.dev.log');
    const moment = await bundle.request(MomentRequest, { uri: cbsUri, line: stageLine });
    assert.ok(moment.some((m) => m.uri === setupapiUri));
    const hover = await bundle.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: cbsUri }, position: { line: stageLine, character: 2 } });
    assert.ok(hover && /DRIVERS/.test(hover.contents.value), 'the known issue shows on hover');
    const report = await bundle.request(ReportRequest, { uri: cbsUri });
    for (const fact of ['oposdrv.inf', 'ERROR_BADDB', 'DRIVERS']) {
      assert.ok(report?.markdown.includes(fact), `the report names ${fact}`);
    }
  } finally {
    await bundle.stop();
  }
});

test('settings: the lowest severity shown and extra noise patterns apply, and a change refreshes', async () => {
  const strict = await startServer({ pull: true, settings: { minimumSeverity: 'error', noisePatterns: ['Doqe: Failed staging'] } });
  try {
    await strict.open(cbsUri, 'cbs-log', cbsText);
    const report = await strict.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: cbsUri } });
    assert.ok(report.items.length > 0);
    assert.ok(report.items.every((d) => d.severity === 1), 'only errors are reported');
    const noisy = lineOf(cbsText, 'Doqe: Failed staging');
    assert.ok(!report.items.some((d) => d.range.start.line === noisy), 'the user noise pattern made that line a hint, below the floor');
    const refreshed = strict.waitForRequest('workspace/diagnostic/refresh');
    await strict.notify('workspace/didChangeConfiguration', { settings: {} });
    await refreshed;
  } finally {
    await strict.stop();
  }
});
