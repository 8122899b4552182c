// Malformed requests and notifications over the real stdio server: each is answered (or, for a
// notification, ignored on its own) and the server goes on answering.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { startServer, type LspClient } from '../server/lspClient.js';
import { ReportRequest } from '../../protocol/protocol.js';

const CBS = [
  '2024-05-01 10:00:00, Info                  CBS    Starting TrustedInstaller initialization.',
  '2024-05-01 10:00:01, Error                 CBS    Failed to stage [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]',
].join('\r\n');
const URI = 'untitled:hostile';
let client: LspClient;

before(async () => {
  client = await startServer({ pull: true, settings: { noisePatterns: ['(?<=x)y', 'Probe'], maxDiagnostics: 0.5 } });
  await client.open(URI, 'cbs-log', CBS);
});
after(() => client.stop());

async function stillAnswers(): Promise<void> {
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: (CBS.split('\r\n')[1] ?? '').indexOf('0x800f0922') + 2 } });
  assert.match(hover?.contents.value ?? '', /0x800F0922/i);
}

test('a refused setting and a pattern RE2 cannot take are each named to the user once', async () => {
  const shown: string[] = [];
  const wait = (match: RegExp) => client.waitForNotification<{ message: string }>('window/showMessage', (p) => match.test(p.message)).then((p) => shown.push(p.message));
  const messages = Promise.all([wait(/noisePatterns: pattern "\(\?<=x\)y" not used/), wait(/maxDiagnostics: 0\.5 refused, it must be a whole number/)]);
  const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
  await messages;
  assert.equal(shown.length, 2);
  assert.ok(report.items.length > 0, 'the refused maxDiagnostics falls back to its default, not to 0 diagnostics');
});

test('out-of-range and negative positions are answered', async () => {
  // Past the last line, a naive lookup reads the whole text: this character is the code's offset in it.
  const offset = CBS.indexOf('0x800f0922') + 2;
  for (const position of [{ line: 1_000_000, character: offset }, { line: 2, character: offset }, { line: -1, character: -1 }, { line: 1, character: 1e9 }, { line: 0.5, character: 0 }]) {
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI }, position }), null, JSON.stringify(position));
    assert.equal(await client.request('textDocument/definition', { textDocument: { uri: URI }, position }), null);
  }
  await stillAnswers();
});

test('requests with missing or wrong parameters and unknown documents are answered', async () => {
  assert.equal(await client.request('textDocument/hover', {}), null);
  assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument: null }), []);
  assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 42 } }), []);
  assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: 'file:///%zz/not-open.log' } }), []);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'not a uri' }, position: { line: 0, character: 0 } }), null);
  const custom = await client.request(ReportRequest.method, { uri: null }).then(
    (r) => r,
    (e: { code?: number }) => e.code,
  );
  assert.ok(custom !== undefined, 'our own requests are answered too');
  await stillAnswers();
});

test('one malformed URI in didChangeWatchedFiles does not drop the rest of the batch', async () => {
  const ignored = client.waitForNotification<{ message: string }>('window/logMessage', (p) => /file change "file:\/\/host%zz\/CBS\.log" ignored/.test(p.message));
  await client.notify('workspace/didChangeWatchedFiles', {
    changes: [{ uri: 'file://host%zz/CBS.log', type: 1 }, { uri: 'file:///%E0%A4%A/CBS.log', type: 2 }, { uri: 42, type: 2 }, { uri: 'file:///tmp/does-not-exist/CBS.log', type: 3 }],
  });
  await ignored;
  await client.notify('workspace/didChangeWatchedFiles', {});
  await stillAnswers();
});

test('malformed JSON-RPC on stdin is survived', async () => {
  const raw = (body: string): void => void client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  raw('{not json');
  raw('{"jsonrpc":"2.0"}');
  raw('{"jsonrpc":"2.0","id":"x","method":"textDocument/hover","params":"nonsense"}');
  raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}');
  raw('[1,2,3]');
  await stillAnswers();
});

test('a cancelled request is answered RequestCancelled, not ServerCancelled', async () => {
  const uri = 'untitled:hostile-big';
  await client.open(uri, 'cbs-log', `${CBS}\r\n`.repeat(20000));
  const answer = await client.requestAndCancel('textDocument/diagnostic', { textDocument: { uri } });
  assert.notEqual(answer, 'completed');
  assert.equal(answer !== 'completed' ? answer.code : undefined, -32800);
  await stillAnswers();
});
