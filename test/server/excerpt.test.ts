// The excerpt of a large log is read through the one read path: the wanted lines, in order, decoded
// as the analysis decodes them; a FIFO is refused, never waited on.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readExcerpt } from '../../server/src/features/excerpt.js';

test('readExcerpt keeps the wanted lines with their line numbers, CRLF and cp1252 decoded', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excerpt-'));
  try {
    const file = path.join(dir, 'CBS.log');
    const lines = ['zero', 'one caf\xe9', 'two', 'three', 'four'];
    fs.writeFileSync(file, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
    const { text, lines: kept } = await readExcerpt(file, 'windows-1252', new Set([1, 3]));
    assert.deepEqual(kept, [1, 3]);
    assert.equal(text, 'one café\nthree\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('readExcerpt refuses a FIFO with its reason instead of waiting for a writer', { skip: process.platform === 'win32' }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excerpt-'));
  try {
    const fifo = path.join(dir, 'CBS.log');
    execFileSync('mkfifo', [fifo]);
    await assert.rejects(readExcerpt(fifo, 'windows-1252', new Set([0])), /not a file/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
