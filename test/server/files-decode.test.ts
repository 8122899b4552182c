import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { decodeLogBytes, createChunkDecoder } from '../../analysis/src/decode.js';
import { textOf } from '../../analysis/src/messages/index.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

test('UTF-8 with and without BOM', () => {
  assert.deepEqual(decodeLogBytes(bytes([0xef, 0xbb, 0xbf], 'abc')), { text: 'abc', encoding: 'utf-8', notes: [] });
  assert.equal(decodeLogBytes(Buffer.from('Синтаксическая ошибка', 'utf8')).text, 'Синтаксическая ошибка');
});

test('UTF-16 LE and BE with BOM, and LE without BOM', () => {
  const le = Buffer.from('\ufeff2024-01-01 Info\r\n', 'utf16le');
  assert.equal(decodeLogBytes(le).text, '2024-01-01 Info\r\n');
  assert.equal(decodeLogBytes(le).encoding, 'utf-16le');
  const noBom = Buffer.from('CBS line one\r\nCBS line two\r\n', 'utf16le');
  assert.equal(decodeLogBytes(noBom).text, 'CBS line one\r\nCBS line two\r\n');
  const be = Buffer.from(le).swap16();
  assert.equal(decodeLogBytes(be).text, '2024-01-01 Info\r\n');
});

test('ANSI: cp1252 by default, cp1251 on request, line by line next to UTF-8 lines', () => {
  const cp1252 = bytes('Service d', [0x92], [0xe9], 'num\r\n');
  assert.equal(decodeLogBytes(cp1252).text, 'Service d\u2019\u00e9num\r\n');
  const cp1251 = bytes('Display Name  = ', [0xc4, 0xf0, 0xe0, 0xe9, 0xe2, 0xe5, 0xf0], '\r\n');
  assert.equal(decodeLogBytes(cp1251, 'windows-1251').text, 'Display Name  = Драйвер\r\n');
  const mixed = Uint8Array.from([...Buffer.from('Ελληνικά\r\n', 'utf8'), ...bytes('Magyar ', [0xe9], '\r\n')]);
  const decoded = decodeLogBytes(mixed);
  assert.equal(decoded.text, 'Ελληνικά\r\nMagyar é\r\n');
  assert.equal(decoded.encoding, 'mixed');
});

test('binary files are recognised, with a message that says what to do', () => {
  const cab = bytes('MSCF', [0, 0, 0, 0, 1, 2, 3]);
  const binary = decodeLogBytes(cab).binary;
  assert.ok(binary);
  assert.match(textOf('en', binary), /cabinet/);
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
  assert.ok(decodeLogBytes(random).binary);
});

test('chunked decoding equals whole-file decoding, whatever the chunk boundaries', () => {
  const samples = [
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ελληνικά line\r\n'.repeat(900), 'utf8')]),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('2024-01-01 Info line\r\n'.repeat(900), 'utf16le')]),
    Buffer.from(Array.from({ length: 900 }, (_, i) => (i % 3 ? 'plain ascii\r\n' : 'caf\u00e9 \u2019\r\n')).join(''), 'latin1'),
  ];
  for (const bytes of samples) {
    const whole = decodeLogBytes(bytes).text;
    for (const size of [1, 7, 4096, 5000]) {
      const decoder = createChunkDecoder();
      let text = '';
      for (let at = 0; at < bytes.length; at += size) {
        text += decoder.decode(bytes.subarray(at, at + size), false);
      }
      text += decoder.decode(new Uint8Array(0), true);
      assert.equal(text, whole, `chunks of ${size}`);
    }
  }
});
