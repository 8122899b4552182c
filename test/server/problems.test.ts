// The Problems panel grouping: within VS Code's 1,000 per file, most severe kept apart, every
// failure accounted for by a group.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { logText, textOf } from '../../analysis/src/messages/index.js';
import type { Failure, Severity } from '../../analysis/src/index.js';
import { PROBLEMS_PER_FILE, groupProblems, groupedFailure } from '../../server/src/features/problems.js';

const failure = (line: number, severity: Severity, code: string): Failure => ({ line, start: 0, end: 1, severity, code, message: logText(`${code} at ${line}`), role: 'failure', related: [] });

test('a list that fits is left alone', () => {
  const list = [failure(1, 'error', 'a'), failure(2, 'warning', 'b')];
  assert.deepEqual(groupProblems(list).map((g) => g.members.length), [1, 1]);
  const [first] = groupProblems(list);
  assert.ok(first);
  assert.equal(groupedFailure(first), list[0]);
});

test('more than 1,000: repeated warnings are grouped, errors stay one by one, nothing is lost', () => {
  const list: Failure[] = [];
  for (let i = 0; i < 30; i++) {list.push(failure(i * 100, 'error', 'verdict'));}
  for (let i = 0; i < 2500; i++) {list.push(failure(i * 2 + 1, 'warning', i % 2 ? 'w1' : 'w2'));}
  list.sort((a, b) => a.line - b.line);
  const groups = groupProblems(list);
  assert.ok(groups.length <= PROBLEMS_PER_FILE);
  assert.equal(groups.reduce((n, g) => n + g.members.length, 0), list.length, 'every failure is in a group');
  assert.equal(groups.filter((g) => g.first.severity === 'error').length, 30, 'errors are not grouped while warnings can be');
  const grouped = groups.map(groupedFailure).filter((f) => (f.count ?? 1) > 1);
  assert.ok(grouped.length > 0 && grouped.every((f) => /×\d+/.test(textOf('en', f.message))));
  assert.deepEqual(groups.map((g) => g.first.line), [...groups.map((g) => g.first.line)].sort((a, b) => a - b), 'in line order');
});

test('a smaller cap is honoured, a larger one is not', () => {
  const list = Array.from({ length: 3000 }, (_, i) => failure(i, 'warning', `c${i % 5}`));
  assert.ok(groupProblems(list, 200).length <= 200);
  assert.ok(groupProblems(list, 5000).length <= PROBLEMS_PER_FILE);
});
