// streamMember reads a file once, learning code names as it goes, and still equals the in-memory
// analysis: when a code is named only after a window that showed it, it reads the file again.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createStreamAnalyzer, findFailures, getSummary, parseLog, textOf, type Failure } from '../../analysis/src/index.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';
import { isSkipped, streamMember } from '../../server/src/files/members.js';
import { OffThreadStreamer, WORKER_FILE } from '../../server/src/files/offThread.js';
import { corpusFiles } from '../support.js';
import { inTempDir } from './filesSupport.js';

const strip = (failures: readonly Failure[]): unknown[] => failures.map((f) => JSON.parse(JSON.stringify(f)));
const errors = (list: readonly Failure[]): unknown[] =>
  strip(list.filter((f) => f.severity === 'error').map((f) => ({ ...f, related: f.related.filter((r) => r.role === 'root-cause' || r.role === 'leads-to') })));

async function assertStreamedEqualsInMemory(file: string, windowChars: number): Promise<void> {
  const doc = parseLog(decodeLogBytes(fs.readFileSync(file)).text, { uri: pathToFileURL(file).href });
  const expected = findFailures(doc);
  const member = await streamMember(file, { windowChars, name: path.basename(file) });
  if (isSkipped(member)) {
    assert.equal(doc.kind, 'plain', `${file}: skipped (${member.reason}) but parsed as ${doc.kind}`);
    return;
  }
  assert.equal(member.result.lineCount, doc.lines.count, `${file}: line count`);
  assert.equal(member.result.summary.text, getSummary(doc, expected, 'en').text, `${file}: summary`);
  assert.deepEqual(errors(member.result.failures), errors(expected), `${file}: errors`);
}

test('one read per member: streamed errors and summary equal the in-memory analysis for every corpus log', async () => {
  for (const file of corpusFiles()) {
    await assertStreamedEqualsInMemory(file, 50_000);
  }
});

test('a code named only late in the file: the analyzer says so, and streamMember reads again to name it as in memory', async () => {
  const filler = Array.from({ length: 400 }, (_, i) => `2024-01-01 10:00:${String(i % 60).padStart(2, '0')}, Info                  CBS    Exec: filler line ${i} for the window`);
  const lines = [
    '2024-01-01 10:00:00, Error                 CBS    Failed to resolve the package. [HRESULT = 0x80FF1234]',
    ...filler,
    '2024-01-01 10:05:00, Info                  CBS    Later the same code with its name. [HRESULT = 0x80FF1234 - LATE_NAME_OF_CODE]',
  ];
  const text = `${lines.join('\r\n')}\r\n`;
  const inMemory = findFailures(parseLog(text));
  assert.ok(inMemory.some((f) => textOf('en', f.message).includes('LATE_NAME_OF_CODE')), 'the in-memory message names the code');

  const analyzer = createStreamAnalyzer({ windowChars: 20_000 });
  analyzer.push(text);
  assert.equal(analyzer.finish().namesLearnedLate, true);

  await inTempDir(async (dir) => {
    const file = path.join(dir, 'CBS.log');
    fs.writeFileSync(file, text);
    await assertStreamedEqualsInMemory(file, 20_000);
    let secondRead = false;
    await streamMember(file, { windowChars: 20_000, onPass: (pass) => (secondRead ||= pass === 2) });
    assert.equal(secondRead, true, 'the file was read a second time');
  });
});

test('the worker thread streams a member exactly as this thread does (the workspace index uses it)', async () => {
  assert.ok(fs.existsSync(WORKER_FILE), `the worker entry is built next to offThread: ${WORKER_FILE}`);
  const file = corpusFiles().find((f) => /^cbs/i.test(path.basename(f)));
  assert.ok(file, 'a CBS log in the corpus');
  const streamer = new OffThreadStreamer();
  try {
    const [offThread, here] = await Promise.all([streamer.stream(file, { windowChars: 50_000 }), streamMember(file, { windowChars: 50_000 })]);
    assert.deepEqual(JSON.parse(JSON.stringify(offThread)), JSON.parse(JSON.stringify(here)));
  } finally {
    streamer.close();
  }
});
