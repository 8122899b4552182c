// server/src/files: finding and reading logs on disk. Awkward files (FIFOs, devices, broken and
// looping links, a 2 GB sparse file, a 100 MB line) each get a clear reason and nothing hangs.
// Not timed: the timeout only guards against a hang.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createChunkDecoder, decodeLogBytes, MAX_LINE_BYTES, SNIFF_BYTES } from '../../analysis/src/decode.js';
import { findFiles } from '../../server/src/files/find.js';
import { isProblem, readLogText } from '../../server/src/files/read.js';
import { planMembers } from '../../server/src/files/members.js';
import { inTempDir, longLineFile, sparseFile } from './filesSupport.js';
import { textOf, type Phrase } from '../../analysis/src/messages/index.js';

/** A reason as the English user reads it. */
const en = (p: Phrase | undefined): string => (p ? textOf('en', p) : '');

const HANG_GUARD = { timeout: 120_000 };

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'servicing-logs-files-'));
}

test('ANSI code pages: windows-1252 0x80–0x9F (typographic marks, €) and windows-1251 Cyrillic', () => {
  const cp1252 = decodeLogBytes(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x9f, 0x0d, 0x0a]));
  assert.equal(cp1252.text, '\u20ac\u2026\u2018\u2019\u2013\u0178\r\n');
  assert.equal(cp1252.encoding, 'ansi');
  const cp1251 = decodeLogBytes(Uint8Array.from([0xc4, 0xf0, 0xe0, 0x80, 0x0a]), 'windows-1251');
  assert.equal(cp1251.text, 'Дра\u0402\n');
});

test('UTF-16 big-endian without a BOM is recognised', () => {
  const text = '2024-01-01 12:00:00, Info CBS line\r\n'.repeat(20);
  const be = Buffer.from(text, 'utf16le').swap16();
  const decoded = decodeLogBytes(be);
  assert.equal(decoded.encoding, 'utf-16be');
  assert.equal(decoded.text, text);
});

test('a line longer than the bound is cut with a note; the lines after it are intact', () => {
  const long = 'x'.repeat(1000);
  const bytes = Buffer.from(`first\n${long}\nafter\n`);
  const decoder = createChunkDecoder('windows-1252', 100);
  let text = '';
  for (let at = 0; at < bytes.length; at += 37) {
    text += decoder.decode(bytes.subarray(at, at + 37), false);
  }
  text += decoder.decode(new Uint8Array(0), true);
  assert.equal(text, `first\n${'x'.repeat(100)}\nafter\n`);
  assert.equal(decoder.notes.length, 1);
  assert.match(en(decoder.notes[0]), /a line longer than .* at byte 6 was cut/);
});

test('a 100 MB line read from disk: cut at the bound, the rest of the file read', HANG_GUARD, () =>
  inTempDir(async (dir) => {
    const file = path.join(dir, 'CBS.log');
    longLineFile(file, '2024-01-01 12:00:00, Info                  CBS    start\r\n', 100, '\r\n2024-01-01 12:00:01, Info                  CBS    end\r\n');
    let longest = 0;
    let last = '';
    const result = await readLogText(file, (text) => {
      for (const line of text.split('\n')) {
        longest = Math.max(longest, line.length);
      }
      last = text;
    });
    assert.ok(!isProblem(result));
    assert.ok(longest <= MAX_LINE_BYTES + 1, `longest line ${longest}`);
    assert.match(result.notes.map(en).join(), /cut to its first 1\.0 MB \(99\.0 MB left out\)/);
    assert.match(last, /CBS {4}end\r\n$/);
  }));

test('a 2 GB sparse file of zeros is called binary after its first bytes', HANG_GUARD, () =>
  inTempDir(async (dir) => {
    const file = path.join(dir, 'CBS.log');
    sparseFile(file, 2 * 1024 * 1024 * 1024);
    const result = await readLogText(file, () => assert.fail('no text from zeros'));
    assert.ok(!isProblem(result));
    assert.match(en(result.binary), /binary data/);
    assert.equal(result.bytes, SNIFF_BYTES);
  }));

test('the walk: regular files only, links inside the folder followed once, everything else reported', HANG_GUARD, async () => {
  const dir = tempDir();
  const outside = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 'Logs'));
    fs.writeFileSync(path.join(dir, 'Logs', 'CBS.log'), 'text\n');
    fs.writeFileSync(path.join(outside, 'secret.log'), 'text\n');
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.log')]).status, 0);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.log'));
    fs.symlinkSync(path.join(dir, 'missing.log'), path.join(dir, 'dangling.log'));
    fs.symlinkSync(path.join(dir, 'loop-b.log'), path.join(dir, 'loop-a.log'));
    fs.symlinkSync(path.join(dir, 'loop-a.log'), path.join(dir, 'loop-b.log'));
    fs.symlinkSync(path.join(outside, 'secret.log'), path.join(dir, 'out.log'));
    fs.symlinkSync(path.join(dir, 'Logs', 'CBS.log'), path.join(dir, 'same.log'));
    fs.symlinkSync(dir, path.join(dir, 'Logs', 'up'));
    const found = await findFiles([dir]);
    assert.deepEqual(
      found.files.map((f) => f.name),
      ['Logs/CBS.log'],
    );
    const reasons = Object.fromEntries(found.passed.map((p) => [p.name, `${p.io ? 'io' : 'skip'}: ${en(p.reason)}`]));
    assert.deepEqual(reasons, {
      'dangling.log': 'io: a link to nothing (its target does not exist)',
      'loop-a.log': 'io: link not followed: a link that loops (ELOOP)',
      'loop-b.log': 'io: link not followed: a link that loops (ELOOP)',
      'out.log': `skip: a link out of the folder (to ${fs.realpathSync(path.join(outside, 'secret.log'))}): not followed`,
      'pipe.log': 'skip: a FIFO (named pipe), not a file: not read',
      'zero.log': 'skip: a link out of the folder (to /dev/zero): not followed',
    });
    const fifo = await readLogText(path.join(dir, 'pipe.log'), () => undefined);
    assert.ok(isProblem(fifo));
    assert.equal(en(fifo.reason), 'a FIFO (named pipe), not a file: not read');
    const device = await readLogText('/dev/zero', () => undefined);
    assert.ok(isProblem(device));
    assert.equal(en(device.reason), 'a character device, not a file: not read');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

test('the member budget: small logs held first, large ones and the overflow summarised, each with its reason', () => {
  const MB = 1024 * 1024;
  const { plan, reasons } = planMembers([{ size: 40 * MB }, { size: 10 * MB }, { size: 20 * MB }, { size: 1 * MB }], { maxDocumentBytes: 32 * MB, totalDocumentBytes: 25 * MB });
  assert.deepEqual(plan, ['summary', 'document', 'summary', 'document']);
  assert.match(en(reasons[0]), /larger than 32 MB/);
  assert.match(en(reasons[2]), /the 25 MB held for correlation were used/);
  assert.equal(reasons[1], undefined);
});
