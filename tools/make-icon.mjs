// Draws the extension's icon (images/icon.png, 128×128): a log page whose lines are faint, one
// line marked as the failure that matters. Plain Node, no dependencies: the PNG is written by hand.
// Run: node tools/make-icon.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');

const BACKGROUND = [0x1e, 0x2a, 0x3a];
const PAGE = [0xf4, 0xf6, 0xf8];
const LINE = [0xb8, 0xc2, 0xcc];
const FAILURE = [0xd9, 0x3a, 0x3a];

function pixel(x, y) {
  const inside = (x0, y0, x1, y1, r = 0) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) {
      return false;
    }
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  if (!inside(0, 0, SIZE - 1, SIZE - 1, 18)) {
    return [0, 0, 0, 0];
  }
  if (!inside(22, 14, 105, 113, 6)) {
    return [...BACKGROUND, 255];
  }
  // Log lines: timestamp column, then the message; line 5 is the failure, on a tinted band.
  for (let row = 0; row < 8; row++) {
    const top = 24 + row * 11;
    const failure = row === 5;
    const end = [92, 80, 88, 70, 95, 94, 76, 86][row];
    if (y >= top && y < top + 5 && (inside(32, top, 46, top + 4, 2) || inside(51, top, end, top + 4, 2))) {
      return [...(failure ? FAILURE : LINE), 255];
    }
    if (failure && inside(27, top - 3, 100, top + 7, 3)) {
      return [...FAILURE.map((c, i) => Math.round(c * 0.18 + PAGE[i] * 0.82)), 255];
    }
  }
  return [...PAGE, 255];
}

function crc32(bytes) {
  let c;
  let crc = 0xffffffff;
  for (const b of bytes) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) {
    Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
  }
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, png);
console.log(`wrote ${path.relative(process.cwd(), OUT)} (${png.length} bytes)`);
