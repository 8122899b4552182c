// Bytes → text for the places where we read a log file ourselves (large files, log bundles, CLI).
// Documents the editor opened arrive as text and never pass through here.
//
// Windows writes these logs as UTF-8 (CBS, DISM; usually with a BOM), as ANSI in the machine's code
// page (setupapi), as a mix of both line by line (Panther), and users paste UTF-16 console output.

export type AnsiCodePage = 'windows-1252' | 'windows-1251';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'ansi' | 'mixed';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when the bytes are not a text log at all (a cab, an ETL trace, an image). */
  binary?: string;
}

// Code page bytes 0x80-0x9F (cp1252) and 0x80-0xBF (cp1251); the rest of each page is arithmetic.
const CP1252_80 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1251_80 =
  '\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f' +
  '\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u0098\u2122\u0459\u203a\u045a\u045c\u045b\u045f' +
  '\u00a0\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ab\u00ac\u00ad\u00ae\u0407' +
  '\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u00bb\u0458\u0405\u0455\u0457';

function ansiChar(byte: number, page: AnsiCodePage): string {
  if (byte < 0x80) {
    return String.fromCharCode(byte);
  }
  if (page === 'windows-1251') {
    return byte < 0xc0 ? CP1251_80[byte - 0x80] : String.fromCharCode(0x410 + byte - 0xc0);
  }
  return byte < 0xa0 ? CP1252_80[byte - 0x80] : String.fromCharCode(byte);
}

export function decodeAnsi(bytes: Uint8Array, page: AnsiCodePage): string {
  let out = '';
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    const part: string[] = [];
    const end = Math.min(bytes.length, i + chunk);
    for (let j = i; j < end; j++) {
      part.push(ansiChar(bytes[j], page));
    }
    out += part.join('');
  }
  return out;
}

/** Index of the first byte in bytes[from, to) that breaks UTF-8, or -1 when the range is valid. */
function firstInvalidUtf8(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= to) {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) {
        return i;
      }
    }
    i += need + 1;
  }
  return -1;
}

function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) {
    return false;
  }
  let oddNuls = 0;
  for (let i = 1; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i - 1] !== 0) {
      oddNuls++;
    }
  }
  return oddNuls > (n / 2) * 0.9;
}

/** Why these bytes are not a text log, or undefined when they may well be one. */
export function detectBinary(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x4d && bytes[1] === 0x53 && bytes[2] === 0x43 && bytes[3] === 0x46) {
    return 'a cabinet archive (MSCF), e.g. a compressed CbsPersist_*.cab: extract the .log from it first';
  }
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Text logs hold no control characters but tab, line breaks and the odd form feed or escape.
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) {
      controls++;
    }
  }
  if (n > 0 && controls / n > 0.02) {
    return 'binary data (for example an .etl trace: convert WindowsUpdate traces with Get-WindowsUpdateLog)';
  }
  return undefined;
}

/**
 * Decode a log file's bytes. BOM first; then UTF-16 without BOM (NUL in every other byte);
 * then UTF-8 where valid and the ANSI code page elsewhere, line by line, since Panther logs mix
 * both in one file.
 */
export function decodeLogBytes(bytes: Uint8Array, ansi: AnsiCodePage = 'windows-1252'): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be' };
  }
  if (looksLikeUtf16Le(bytes)) {
    return { text: decodeUtf16(bytes, true), encoding: 'utf-16le' };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const binary = detectBinary(body);
  if (binary) {
    return { text: '', encoding: 'ansi', binary };
  }
  if (firstInvalidUtf8(body, 0, body.length) < 0) {
    return { text: decodeUtf8(body), encoding: 'utf-8' };
  }
  return decodeMixed(body, ansi);
}

function decodeMixed(bytes: Uint8Array, ansi: AnsiCodePage): DecodedText {
  const parts: string[] = [];
  let sawUtf8 = false;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const line = bytes.subarray(start, end);
    let ascii = true;
    for (let i = 0; i < line.length; i++) {
      if (line[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii && firstInvalidUtf8(line, 0, line.length) < 0) {
      sawUtf8 = true;
      parts.push(decodeUtf8(line));
    } else {
      parts.push(decodeAnsi(line, ansi));
    }
    start = end;
  }
  return { text: parts.join(''), encoding: sawUtf8 ? 'mixed' : 'ansi' };
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = 0; i + 1 < bytes.length; i += chunk * 2) {
    const codes: number[] = [];
    const end = Math.min(bytes.length - 1, i + chunk * 2);
    for (let j = i; j < end; j += 2) {
      codes.push(littleEndian ? bytes[j] | (bytes[j + 1] << 8) : (bytes[j] << 8) | bytes[j + 1]);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export interface ChunkDecoder {
  /** Decode the next bytes; text is returned up to the last complete line (all of it when `final`). */
  decode(bytes: Uint8Array, final: boolean): string;
  /** Known after the first call. */
  encoding: TextEncoding | undefined;
  /** Set after the first call when the bytes are not a text log. */
  binary: string | undefined;
}

/**
 * Decode a file read in chunks with the same rules as `decodeLogBytes`. Bytes of an unfinished
 * line (or an odd UTF-16 byte) are kept for the next chunk, so no character is split.
 */
export function createChunkDecoder(ansi: AnsiCodePage = 'windows-1252'): ChunkDecoder {
  let pending: Uint8Array = new Uint8Array(0);
  let utf16: 'le' | 'be' | undefined;
  let first = true;
  const decoder: ChunkDecoder = {
    encoding: undefined,
    binary: undefined,
    decode(bytes: Uint8Array, final: boolean): string {
      let data = concat(pending, bytes);
      if (first) {
        if (data.length < 4096 && !final) {
          pending = data;
          return '';
        }
        first = false;
        if (data[0] === 0xff && data[1] === 0xfe) {
          utf16 = 'le';
          data = data.subarray(2);
        } else if (data[0] === 0xfe && data[1] === 0xff) {
          utf16 = 'be';
          data = data.subarray(2);
        } else if (looksLikeUtf16Le(data)) {
          utf16 = 'le';
        } else {
          if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
            data = data.subarray(3);
          }
          decoder.binary = detectBinary(data);
        }
        decoder.encoding = utf16 ? (utf16 === 'le' ? 'utf-16le' : 'utf-16be') : 'utf-8';
      }
      if (decoder.binary) {
        pending = new Uint8Array(0);
        return '';
      }
      let end = data.length;
      if (!final) {
        end = utf16 ? lastUtf16LineEnd(data, utf16 === 'le') : data.lastIndexOf(0x0a) + 1;
      }
      pending = data.slice(end);
      const part = data.subarray(0, end);
      if (utf16) {
        return decodeUtf16(part, utf16 === 'le');
      }
      if (firstInvalidUtf8(part, 0, part.length) < 0) {
        return decodeUtf8(part);
      }
      const mixed = decodeMixed(part, ansi);
      decoder.encoding = decoder.encoding === 'mixed' || mixed.encoding === 'mixed' ? 'mixed' : 'ansi';
      return mixed.text;
    },
  };
  return decoder;
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

/** Byte index just past the last UTF-16 line feed, or 0. */
function lastUtf16LineEnd(data: Uint8Array, littleEndian: boolean): number {
  for (let i = (data.length & ~1) - 2; i >= 0; i -= 2) {
    const unit = littleEndian ? data[i] | (data[i + 1] << 8) : (data[i] << 8) | data[i + 1];
    if (unit === 0x0a) {
      return i + 2;
    }
  }
  return 0;
}
