import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { splitLines } from '../../analysis/src/lines';

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
