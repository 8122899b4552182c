// The incremental path (reparseLog) gives exactly what a full parse gives.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { findFailures, must, parseLog, reparseLog, type LogDocument } from '../../analysis/src/index.js';
import { REPO_ROOT, corpusFiles } from '../support.js';
import { operationsOf } from '../../analysis/src/operations/index.js';
import { timelineOf } from '../../analysis/src/bundle/timeline.js';
import { keyIndexOf } from '../../analysis/src/bundle/keys.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';

function snapshot(doc: LogDocument): unknown {
  return {
    kind: doc.kind,
    count: doc.lines.count,
    lineStarts: Array.from(doc.lines.starts),
    lineEnds: Array.from(doc.lines.ends),
    kinds: Array.from(doc.lineKinds),
    levels: Array.from(doc.levels),
    starts: Array.from(doc.messageStarts),
    components: Array.from(doc.componentIds, (id) => doc.components[id]),
    codes: doc.codes.map((c) => [c.line, c.start, c.end, c.value, c.hint, c.printedName ?? '', c.secondary ?? false]),
    names: [...doc.learnedNames].sort((x, y) => x[0] - y[0]),
    sections: JSON.stringify(doc.sections),
    failures: JSON.stringify(findFailures(doc)),
  };
}

function texts(): string[] {
  const own = ['CBS.log', 'setupapi.dev.log'].map((f) => fs.readFileSync(path.join(REPO_ROOT, 'examples', 'case', f), 'utf8'));
  const corpus = corpusFiles()
    .filter((f) => /cbs-(?:winerros-1|infinito1977|jrose152)|setupapi-dev-plaso|dism-abcdra/.test(f))
    .map((f) => decodeLogBytes(fs.readFileSync(f)).text.slice(0, 400_000));
  return [...own, ...corpus];
}

const INSERTS = ['', 'note: checked by the engineer\r\n', '\r\n', 'x', '2024-03-12 15:04:27, Error                 CBS    Failed [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]\r\n', '!!!  sto: Failed. Error = 0x00000005\r\n', '{', '     sto: {Stage Driver Package: exit(0x000003f1)}\r\n'];

test('reparseLog after random edits equals a full parse', () => {
  const bases = texts();
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: bases.length - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 3000 }),
      fc.constantFrom(...INSERTS),
      (which, where, removed, insert) => {
        const base = must(bases[which]);
        const at = Math.floor(where * base.length);
        const edited = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + removed));
        const before = parseLog(base, { uri: 'file:///x/CBS.log' });
        const incremental = reparseLog(before, edited, { uri: 'file:///x/CBS.log' });
        const full = parseLog(edited, { uri: 'file:///x/CBS.log' });
        assert.deepEqual(snapshot(incremental), snapshot(full));
      },
    ),
    { numRuns: 120 },
  );
});

test('reparseLog of an identical text reuses the document', () => {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'case', 'CBS.log'), 'utf8');
  const doc = parseLog(text);
  assert.equal(reparseLog(doc, text).lineKinds, doc.lineKinds);
});

test('reparsing identical text keeps the document and what was derived from it; an edit derives anew', () => {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'case', 'CBS.log'), 'utf8');
  const doc = parseLog(text, { uri: 'file:///case/CBS.log' });
  const failures = findFailures(doc);
  const operations = operationsOf(doc);
  const timeline = timelineOf(doc);
  const keys = keyIndexOf(doc);
  assert.ok(failures.length > 0 && operations.length > 0, 'the example has failures and operations');
  const same = reparseLog(doc, text, { uri: 'file:///case/CBS.log' });
  assert.equal(same, doc, 'identical text: the same document');
  assert.equal(findFailures(same), failures);
  assert.equal(operationsOf(same), operations);
  assert.equal(timelineOf(same), timeline);
  assert.equal(keyIndexOf(same), keys);
  const edited = reparseLog(doc, text + '\r\nnote', { uri: 'file:///case/CBS.log' });
  assert.notEqual(findFailures(edited), failures, 'an edited text is analysed again');
  assert.deepEqual(findFailures(edited), findFailures(parseLog(text + '\r\nnote', { uri: 'file:///case/CBS.log' })));
  assert.notEqual(findFailures(doc, { noisePatterns: ['STAGE'] }), failures, 'other noise settings: computed again');
});
