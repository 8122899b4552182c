// The streamed analysis of a file equals the in-memory one.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createStreamAnalyzer, findFailures, getSummary, parseLog, type Failure } from '../../analysis/src/index.js';
import { REPO_ROOT, corpusFiles } from '../support.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';

// Every name the whole text prints, as a second read gets them (files/members streamMember).
const learnNames = (text: string): ReadonlyMap<number, string> => parseLog(text).learnedNames;

function streamed(text: string, uri: string, windowChars: number, pieces: number) {
  const names = learnNames(text);
  const analyzer = createStreamAnalyzer({ uri, learnedNames: names, windowChars, keepAll: true });
  const size = Math.ceil(text.length / pieces);
  for (let at = 0; at < text.length; at += size) {
    analyzer.push(text.slice(at, at + size));
  }
  return analyzer.finish();
}

const strip = (failures: readonly Failure[]): unknown[] => failures.map((f) => JSON.parse(JSON.stringify(f)));

function logs(): [string, string][] {
  const own = ['CBS.log', 'setupapi.dev.log'].map((f): [string, string] => [f, fs.readFileSync(path.join(REPO_ROOT, 'examples', 'case', f), 'utf8')]);
  const corpus = corpusFiles().map((f): [string, string] => [path.basename(f), decodeLogBytes(fs.readFileSync(f)).text]);
  return [...own, ...corpus];
}

test('streamed failures, line count and summary equal the in-memory analysis for every log', () => {
  for (const [name, text] of logs()) {
    const uri = `file:///logs/${name}`;
    const doc = parseLog(text, { uri });
    const expected = findFailures(doc);
    for (const windowChars of [20_000, 1 << 20]) {
      const result = streamed(text, uri, windowChars, 7);
      assert.equal(result.kind, doc.kind, `${name}: kind`);
      assert.equal(result.lineCount, doc.lines.count, `${name}: line count (window ${windowChars})`);
      assert.deepEqual(strip(result.failures), strip(expected), `${name}: failures (window ${windowChars})`);
      assert.equal(result.summary.text, getSummary(doc, expected, 'en').text, `${name}: summary`);
    }
  }
});

test('by default only what can matter is kept, and the summary still counts everything', () => {
  for (const [name, text] of logs()) {
    const uri = `file:///logs/${name}`;
    const doc = parseLog(text, { uri });
    const expected = findFailures(doc);
    const analyzer = createStreamAnalyzer({ uri, learnedNames: learnNames(text), windowChars: 50_000 });
    analyzer.push(text);
    const result = analyzer.finish();
    assert.equal(result.summary.text, getSummary(doc, expected, 'en').text, `${name}: summary`);
    // The chain lines an error lists can include quiet lines the default stream only counts.
    const errors = (list: readonly Failure[]) =>
      strip(list.filter((f) => f.severity === 'error').map((f) => ({ ...f, related: f.related.filter((r) => r.role === 'root-cause' || r.role === 'leads-to') })));
    assert.deepEqual(errors(result.failures), errors(expected), `${name}: errors`);
  }
});
