// Bytes → text for the logs we read from disk ourselves (the CLI, the bundle, Analyze Large Log).
// Documents the editor opened arrive as text and never pass through here.
//
// Windows writes these logs as UTF-8 (CBS, DISM; usually with a BOM), as ANSI in the machine's code
// page (setupapi), as a mix of both line by line (Panther), and users paste UTF-16 console output.
// Decoding is TextDecoder's; we only decide which decoder each line gets.

import { phrase, type Phrase } from './messages/index.js';

export type AnsiCodePage = 'windows-1252' | 'windows-1251';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'ansi' | 'mixed';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when the bytes are not a text log at all (a cab, an ETL trace, an image). */
  binary?: Phrase;
  notes: Phrase[];
}

/** Bytes looked at to call a file binary: a 2 GB file of zeros is judged on these alone. */
export const SNIFF_BYTES = 8192;
/** Longest line kept; a longer one is cut there, with a note (a 100 MB line is no log record). */
export const MAX_LINE_BYTES = 1024 * 1024;

// Node's TextDecoder (v20) decodes windows-1252 as ISO-8859-1: bytes 0x80–0x9F come out as C1
// controls instead of € ‚ ƒ „ … † ‡ … Those 32 are taken from this table when the platform gets
// them wrong; windows-1251 decodes correctly.
const CP1252_80 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function ansiDecoder(page: AnsiCodePage): (bytes: Uint8Array) => string {
  const native = new TextDecoder(page);
  if (page !== 'windows-1252' || native.decode(Uint8Array.of(0x80)) === '\u20ac') {
    return (bytes) => native.decode(bytes);
  }
  return (bytes) => native.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_80.charAt(c.charCodeAt(0) - 0x80));
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    return undefined;
  }
}

/** 'le' or 'be' when the text is UTF-16 without a BOM (NUL in nine of ten odd or even bytes). */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) {
    return undefined;
  }
  let high = 0;
  let low = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0 && bytes[i] !== 0) {
      high++;
    } else if (bytes[i] === 0 && bytes[i + 1] !== 0) {
      low++;
    }
  }
  return high > (n / 2) * 0.9 ? 'le' : low > (n / 2) * 0.9 ? 'be' : undefined;
}

/** Why these bytes are not a text log, or undefined when they may well be one. */
export function detectBinary(bytes: Uint8Array): Phrase | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x4d && bytes[1] === 0x53 && bytes[2] === 0x43 && bytes[3] === 0x46) {
    return phrase('file.cabinet');
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (const b of bytes.subarray(0, n)) {
    // Text logs hold no control characters but tab, line breaks and the odd form feed or escape.
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) {
      controls++;
    }
  }
  if (n > 0 && controls / n > 0.02) {
    return phrase('file.binary');
  }
  return undefined;
}

export interface ChunkDecoder {
  /** Decode the next bytes; text is returned up to the last complete line (all of it when `final`). */
  decode(bytes: Uint8Array, final: boolean): string;
  /** Known after the first bytes. */
  encoding: TextEncoding | undefined;
  /** Set after the first bytes when they are not a text log. */
  binary: Phrase | undefined;
  /** What the reader should know: lines cut at MAX_LINE_BYTES. */
  notes: Phrase[];
}

/**
 * Decode a file read in chunks. BOM first; then UTF-16 without BOM; then per line UTF-8 where it
 * is valid and the ANSI code page elsewhere (Panther mixes both). Bytes of an unfinished line are
 * kept for the next chunk, so no character is split; a line longer than `maxLineBytes` is cut.
 */
export function createChunkDecoder(ansi: AnsiCodePage = 'windows-1252', maxLineBytes = MAX_LINE_BYTES): ChunkDecoder {
  const decodeAnsi = ansiDecoder(ansi);
  let pending: Uint8Array = new Uint8Array(0);
  let utf16: { decode(bytes: Uint8Array): string } | undefined;
  let unit = 1;
  let littleEndian = true;
  let first = true;
  let offset = 0;
  let cutting: { at: number; dropped: number } | undefined;
  let sawUtf8 = false;
  let sawAnsi = false;

  const decodeLines = (part: Uint8Array): string => {
    if (utf16) {
      return utf16.decode(part);
    }
    const whole = strictUtf8(part);
    if (whole !== undefined) {
      sawUtf8 ||= whole.length < part.length;
      decoder.encoding = sawAnsi ? (sawUtf8 ? 'mixed' : 'ansi') : decoder.encoding;
      return whole;
    }
    const parts: string[] = [];
    for (let start = 0; start < part.length; ) {
      const lf = part.indexOf(0x0a, start);
      const end = lf < 0 ? part.length : lf + 1;
      const line = part.subarray(start, end);
      const utf8 = strictUtf8(line);
      parts.push(utf8 ?? decodeAnsi(line));
      sawUtf8 ||= utf8 !== undefined && utf8.length < line.length;
      sawAnsi ||= utf8 === undefined;
      start = end;
    }
    decoder.encoding = sawUtf8 ? 'mixed' : 'ansi';
    return parts.join('');
  };
  /** The UTF-16 code unit at byte `i` (a byte past the end reads as 0, as in the bitwise operators). */
  const unitAt = (data: Uint8Array, i: number): number => {
    const a = data[i] ?? 0;
    const b = data[i + 1] ?? 0;
    return littleEndian ? a | (b << 8) : (a << 8) | b;
  };
  /** Index just past the last line feed in data, or 0. */
  const lastLineEnd = (data: Uint8Array): number => {
    if (unit === 1) {
      return data.lastIndexOf(0x0a) + 1;
    }
    for (let i = (data.length & ~1) - 2; i >= 0; i -= 2) {
      if (unitAt(data, i) === 0x0a) {
        return i + 2;
      }
    }
    return 0;
  };
  const firstLineEnd = (data: Uint8Array): number => {
    for (let i = unit === 1 ? data.indexOf(0x0a) : 0; i >= 0 && i < data.length; i += unit) {
      const isLf = unit === 1 ? data[i] === 0x0a : unitAt(data, i) === 0x0a;
      if (isLf) {
        return i;
      }
      if (unit === 1) {
        break;
      }
    }
    return -1;
  };
  /** Drop the rest of a cut line; returns the bytes after it (from its line feed on). */
  const skipCut = (data: Uint8Array, cut: { at: number; dropped: number }): Uint8Array | undefined => {
    const lf = firstLineEnd(data);
    if (lf < 0) {
      cut.dropped += data.length;
      return undefined;
    }
    cut.dropped += lf;
    noteCut(cut);
    cutting = undefined;
    return data.subarray(lf);
  };
  const noteCut = (cut: { at: number; dropped: number }): void => {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    decoder.notes.push(phrase('file.lineCut', { size: mb(maxLineBytes), at: cut.at, dropped: mb(cut.dropped) }));
  };
  /** Index of the last line feed in data[from, to], or -1. */
  const lineFeedIn = (data: Uint8Array, from: number, to: number): number => {
    if (unit === 1) {
      const i = data.lastIndexOf(0x0a, to);
      return i >= from ? i : -1;
    }
    for (let i = to - ((to - from) % 2); i >= from; i -= 2) {
      if (unitAt(data, i) === 0x0a) {
        return i;
      }
    }
    return -1;
  };

  const decoder: ChunkDecoder = {
    encoding: undefined,
    binary: undefined,
    notes: [],
    decode(bytes: Uint8Array, final: boolean): string {
      const start = offset;
      offset += bytes.length;
      let dataStart = start - pending.length;
      let data = concat(pending, bytes);
      pending = new Uint8Array(0);
      if (first) {
        if (data.length < SNIFF_BYTES && !final) {
          pending = new Uint8Array(data); // a copy: the caller reuses its buffer (Buffer#slice would not copy)
          return '';
        }
        first = false;
        const bom16 = data[0] === 0xff && data[1] === 0xfe ? 'le' : data[0] === 0xfe && data[1] === 0xff ? 'be' : undefined;
        const sniffed = bom16 ?? sniffUtf16(data);
        if (sniffed) {
          unit = 2;
          littleEndian = sniffed === 'le';
          utf16 = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be');
          dataStart += bom16 ? 2 : 0;
          data = bom16 ? data.subarray(2) : data;
          decoder.encoding = littleEndian ? 'utf-16le' : 'utf-16be';
        } else {
          const bom8 = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
          dataStart += bom8;
          data = data.subarray(bom8);
          decoder.binary = detectBinary(data);
          decoder.encoding = 'utf-8';
        }
      }
      if (decoder.binary) {
        return '';
      }
      if (cutting) {
        const rest = skipCut(data, cutting);
        if (!rest) {
          if (final) {
            noteCut(cutting);
          }
          return '';
        }
        dataStart += data.length - rest.length;
        data = rest;
      }
      const parts: string[] = [];
      let keepFrom = 0;
      for (let at = 0; at + maxLineBytes < data.length; ) {
        const lf = lineFeedIn(data, at, at + maxLineBytes);
        if (lf >= 0) {
          at = lf + unit;
          continue;
        }
        // The line at `at` is longer than the bound: keep its first maxLineBytes, drop the rest.
        let cutAt = at + maxLineBytes;
        while (unit === 1 && cutAt > at && ((data[cutAt] ?? 0) & 0xc0) === 0x80) {
          cutAt--;
        }
        parts.push(decodeLines(data.subarray(keepFrom, cutAt)));
        const cut = { at: dataStart + at, dropped: 0 };
        const rest = skipCut(data.subarray(cutAt), cut);
        if (!rest) {
          if (final) {
            noteCut(cut);
          } else {
            cutting = cut;
          }
          return parts.join('');
        }
        keepFrom = data.length - rest.length;
        at = keepFrom + unit;
      }
      const end = final ? data.length : Math.max(keepFrom, lastLineEnd(data));
      pending = new Uint8Array(data.subarray(end));
      parts.push(decodeLines(data.subarray(keepFrom, end)));
      return parts.join('');
    },
  };
  return decoder;
}

/** Decode a whole file's bytes with the rules of `createChunkDecoder`. */
export function decodeLogBytes(bytes: Uint8Array, ansi: AnsiCodePage = 'windows-1252'): DecodedText {
  const decoder = createChunkDecoder(ansi);
  const text = decoder.decode(bytes, true);
  return { text, encoding: decoder.encoding ?? 'utf-8', notes: decoder.notes, ...(decoder.binary ? { binary: decoder.binary } : {}) };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) {
    return b;
  }
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
