// Crafted lines give the same diagnostics as their short forms (nothing is dropped or changed
// because a line is long), and user patterns are matched by RE2: catastrophic ones still work.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseLog, findFailures } from '../../analysis/src/index.js';
import { compileUserPatterns, MAX_USER_TEXT } from '../../analysis/src/linearRegex.js';
import { CRAFTED } from './crafted.js';

function outcome(text: string, file: string, noisePatterns: string[] = []): string[] {
  const doc = parseLog(text, { uri: `file:///case/${file}` });
  return findFailures(doc, { noisePatterns }).map((f) => `${f.line} ${f.severity} ${f.role} ${f.code} ${f.value ?? ''}`);
}

for (const c of CRAFTED) {
  test(`crafted: ${c.name}`, () => {
    const long = outcome(c.text(c.repeats), c.file, c.noisePatterns);
    assert.ok(long.length > 0, 'the crafted failure line is still reported');
    assert.deepEqual(long, outcome(c.text(3), c.file, c.noisePatterns), 'same diagnostics as the short form');
  });
}

test('a catastrophic user pattern still decides noise, in RE2 semantics', () => {
  const line = '2024-05-01 10:00:00, Error                 CBS    Probe aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa [HRESULT = 0x80004005 - E_FAIL]\n';
  assert.deepEqual(outcome(line, 'CBS.log', ['(a+)+ \\[HRESULT']).map((s) => s.split(' ')[2]), ['noise']);
  assert.notEqual(outcome(line, 'CBS.log', ['(a+)+$'])[0]?.split(' ')[2], 'noise');
});

test('user patterns RE2 cannot take are refused with the reason; the others still work', () => {
  const { patterns, refused } = compileUserPatterns(['(?<=x)y', '(a', 'Probe', '(\\w+)\\1']);
  assert.deepEqual(patterns.map((p) => p.source), ['Probe']);
  assert.deepEqual(refused.map((r) => r.source), ['(?<=x)y', '(a', '(\\w+)\\1']);
  assert.ok(refused.every((r) => r.reason.length > 0));
});

test(`a user pattern sees the first ${MAX_USER_TEXT} characters of a line`, () => {
  const [pattern] = compileUserPatterns(['tail$']).patterns;
  assert.ok(pattern);
  assert.equal(pattern.test(`${'x'.repeat(MAX_USER_TEXT - 4)}tail`), true);
  assert.equal(pattern.test(`${'x'.repeat(MAX_USER_TEXT)}tail`), false);
});
