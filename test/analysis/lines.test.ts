import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines, spliceLines } from '../../analysis/src/lines.js';

function lines(text: string): string[] {
  const t = splitLines(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
}

test('CRLF, LF and a lone CR all end a line, as in the editor', () => {
  assert.deepEqual(lines('a\r\nb\nc\rd'), ['a', 'b', 'c', 'd']);
  assert.deepEqual(lines('a\n\r\nb'), ['a', '', 'b'], 'the \\n\\r\\n of a CBS multi-line record gives an empty line');
  assert.deepEqual(lines(''), ['']);
  assert.deepEqual(lines('\r\r\r'), ['', '', '', '']);
  assert.deepEqual(lines('x\r\n'), ['x', '']);
});

test('a text with many lines and no CR is split in linear time (no rescan for \\r)', () => {
  const text = 'line\n'.repeat(200_000);
  const t = splitLines(text);
  assert.equal(t.count, 200_001);
  assert.equal(t.starts[199_999], 199_999 * 5);
});

test('the lines of an edited text, reused around the edit, equal a fresh split', () => {
  const piece = fc.constantFrom('a', 'bc', '\r', '\n', '\r\n', '\n\r\n');
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, text, fc.nat(), fc.nat(), (before, insert, where, removed) => {
      const at = before.length === 0 ? 0 : where % (before.length + 1);
      const after = before.slice(0, at) + insert + before.slice(Math.min(before.length, at + (removed % 6)));
      let prefix = 0;
      while (prefix < Math.min(before.length, after.length) && before[prefix] === after[prefix]) {
        prefix++;
      }
      let suffix = 0;
      while (suffix < Math.min(before.length, after.length) - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
        suffix++;
      }
      const spliced = spliceLines(splitLines(before), before.length, after, prefix, suffix);
      const fresh = splitLines(after);
      assert.deepEqual([spliced.count, Array.from(spliced.starts), Array.from(spliced.ends)], [fresh.count, Array.from(fresh.starts), Array.from(fresh.ends)]);
    }),
    { numRuns: 2000 },
  );
});
