// Shared keys: the names two logs of one machine both print for the same thing (anchors.md §6.2
// point 5). INF names (also inside driver-store and WinSxS folder names), driver-store package
// folders, KB numbers, package identities and device instance IDs.
//
// Keys are strings `kind:value`, normalised so that spellings from different logs meet:
//   inf:oposdrv.inf                                  (`oposdrv.inf`, `…\amd64_dual_oposdrv.inf_31bf…\`)
//   driver-package:oposdrv.inf_amd64_313106b94d0b5742 (`oposdrv.inf_amd64_…`, `'oposdrv.inf amd64 …'`)
//   kb:KB5016623
//   package:package_for_rollupfix~31bf3856ad364e35~amd64~~17763.3287.1.10
//   device:USB\VID_04B8&PID_0202\J7FG031442
//
// Scanning finds a cheap anchor first (`.inf`, `KB`, `~`, `\`) in one pass over the whole text,
// then reads the rest of the key around it.

import type { LogDocument } from '../document';

export type KeyKind = 'inf' | 'driver-package' | 'kb' | 'package' | 'device';

export interface KeySpan {
  kind: KeyKind;
  /** `kind:normalised value`. */
  key: string;
  /** Offsets into the scanned text (for a line: columns). */
  start: number;
  end: number;
}

const RX_INF = /\.inf/gi;
const RX_KB = /KB\d{6,8}(?!\d)/gi;
const RX_PACKAGE_REST = /~[0-9a-f]{16}~(\w*)~([\w-]*)~(\d+(?:\.\d+){1,3})/iy;
const RX_ARCH_HASH = /[_ ](amd64|x86|arm64|arm|ia64)[_ ]([0-9a-f]{16})(?![0-9a-f])/iy;
const RX_WINSXS_PREFIX = /^(?:amd64|x86|wow64|arm64|arm|msil)_dual_/i;
const RX_WINSXS_SUFFIX = /_[0-9a-f]{16}_/iy;

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === 45 /* - */ || c === 46 /* . */;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDeviceChar(c: number): boolean {
  // Letters, digits and `_ & # $ . - { } \` (instance IDs hold GUIDs and `&`-joined parts).
  return isAlnum(c) || c === 95 || c === 38 || c === 35 || c === 36 || c === 46 || c === 45 || c === 123 || c === 125 || c === 92;
}

/** Receives each key found: its kind, `kind:value` key, and offsets into the scanned text. */
export type KeyVisitor = (kind: KeyKind, key: string, start: number, end: number) => void;

/** Every key in `text[from, to)`, in anchor order per kind. */
export function scanKeys(text: string, from = 0, to = text.length): KeySpan[] {
  const out: KeySpan[] = [];
  visitKeys(text, from, to, (kind, key, start, end) => out.push({ kind, key, start, end }));
  return out;
}

/** Calls `visit` for every key in `text[from, to)`: INFs, then KBs, packages, devices. */
export function visitKeys(text: string, from: number, to: number, visit: KeyVisitor): void {
  scanInfs(text, from, to, visit);
  scanKbs(text, from, to, visit);
  scanPackages(text, from, to, visit);
  scanDevices(text, from, to, visit);
}

/** `text[start, end)` in lower case, without a copy when it is lower case already. */
function lowerSlice(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      return text.slice(start, end).toLowerCase();
    }
  }
  return text.slice(start, end);
}

/** Length of a WinSxS `amd64_dual_` (or x86_, wow64_, arm64_, arm_, msil_) prefix at `start`, else 0. */
function winSxsPrefixAt(text: string, start: number, end: number): number {
  const dual = text.indexOf('_dual_', start);
  if (dual < 0 || dual >= end) {
    return 0;
  }
  return RX_WINSXS_PREFIX.test(text.slice(start, dual + 6)) ? dual + 6 - start : 0;
}

function scanInfs(text: string, from: number, to: number, visit: KeyVisitor): void {
  RX_INF.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RX_INF.exec(text)) && m.index < to) {
    const dot = m.index;
    const end = dot + 4;
    let start = dot;
    while (start > from && isNameChar(text.charCodeAt(start - 1))) {
      start--;
    }
    while (start < dot && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 45)) {
      start++;
    }
    if (start === dot) {
      continue;
    }
    const next = end < to ? text.charCodeAt(end) : -1;
    if (isAlnum(next) || (next === 46 && end + 1 < to && isAlnum(text.charCodeAt(end + 1)))) {
      continue; // `.info`, `x.inf.bak`
    }
    const sxs = winSxsPrefixAt(text, start, dot);
    const nameStart = start + sxs;
    if (nameStart >= dot) {
      continue;
    }
    if (next === 95 /* _ */ || next === 32 /* space */) {
      RX_ARCH_HASH.lastIndex = end;
      const folder = RX_ARCH_HASH.exec(text);
      if (folder && end + folder[0].length <= to) {
        const name = lowerSlice(text, nameStart, end);
        visit('inf', 'inf:' + name, nameStart, end);
        visit('driver-package', `driver-package:${name}_${folder[1].toLowerCase()}_${folder[2].toLowerCase()}`, nameStart, end + folder[0].length);
        continue;
      }
      if (next === 95) {
        RX_WINSXS_SUFFIX.lastIndex = end;
        if (!sxs || !RX_WINSXS_SUFFIX.test(text)) {
          continue; // `name.inf_something`: not an INF name
        }
      }
    }
    visit('inf', 'inf:' + lowerSlice(text, nameStart, end), nameStart, end);
  }
}

function scanKbs(text: string, from: number, to: number, visit: KeyVisitor): void {
  RX_KB.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RX_KB.exec(text)) && m.index + m[0].length <= to) {
    if (m.index > from && isAlnum(text.charCodeAt(m.index - 1))) {
      continue;
    }
    visit('kb', `kb:${m[0].toUpperCase()}`, m.index, m.index + m[0].length);
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** `~<16 hex digits>~` at `at`: the public-key token of a package identity. */
function isTokenAt(text: string, at: number): boolean {
  if (text.charCodeAt(at + 17) !== 126 /* ~ */) {
    return false;
  }
  for (let i = at + 1; i <= at + 16; i++) {
    if (!isHex(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

function scanPackages(text: string, from: number, to: number, visit: KeyVisitor): void {
  let tilde = text.indexOf('~', from);
  while (tilde >= 0 && tilde < to) {
    if (!isTokenAt(text, tilde)) {
      tilde = text.indexOf('~', tilde + 1);
      continue;
    }
    let start = tilde;
    while (start > from && isNameChar(text.charCodeAt(start - 1))) {
      start--;
    }
    RX_PACKAGE_REST.lastIndex = tilde;
    const rest = start < tilde ? RX_PACKAGE_REST.exec(text) : null;
    if (!rest || tilde + rest[0].length > to) {
      tilde = text.indexOf('~', tilde + 1);
      continue;
    }
    const end = tilde + rest[0].length;
    visit('package', 'package:' + lowerSlice(text, start, end), start, end);
    tilde = text.indexOf('~', end);
  }
}

// Enumerators that start device instance IDs (`PCI\VEN_…`, `USB\VID_…`, `SWD\…`).
const ENUMERATORS = new Set([
  'PCI', 'USB', 'USBSTOR', 'SWD', 'ACPI', 'ACPI_HAL', 'HID', 'HDAUDIO', 'INTELAUDIO', 'SCSI', 'STORAGE', 'BTHENUM', 'BTHLE',
  'BTHLEDEVICE', 'DISPLAY', 'UEFI', 'HTREE', 'ROOT', 'SW', 'TS_USB', 'MMDEVAPI', 'NVME',
]);
const MAX_ENUMERATOR = 11;

function scanDevices(text: string, from: number, to: number, visit: KeyVisitor): void {
  let slash = text.indexOf('\\', from);
  while (slash >= 0 && slash < to) {
    let start = slash;
    while (start > from && slash - start <= MAX_ENUMERATOR && isWordChar(text.charCodeAt(start - 1))) {
      start--;
    }
    const before = start > from ? text.charCodeAt(start - 1) : -1;
    const next = text.charCodeAt(slash + 1);
    if (start < slash && before !== 92 /* \ */ && !isNameChar(before) && isDeviceChar(next) && next !== 92 && ENUMERATORS.has(text.slice(start, slash).toUpperCase())) {
      let end = slash + 1;
      while (end < to && isDeviceChar(text.charCodeAt(end))) {
        end++;
      }
      end = trimDeviceEnd(text, start, end);
      if (end - slash > 2) {
        visit('device', `device:${text.slice(start, end).toUpperCase()}`, start, end);
        slash = text.indexOf('\\', end);
        continue;
      }
    }
    slash = text.indexOf('\\', slash + 1);
  }
}

/** Drop a sentence's full stop, a trailing backslash, and a `}` that closes a block, not a GUID. */
function trimDeviceEnd(text: string, start: number, end: number): number {
  let opens = 0;
  let closes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    opens += c === 123 ? 1 : 0;
    closes += c === 125 ? 1 : 0;
  }
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c === 125 && closes > opens) {
      closes--;
    } else if (c !== 46 && c !== 92) {
      break;
    }
    end--;
  }
  return end;
}

/** The keys of one line, with columns. */
export function keysOfLine(doc: LogDocument, line: number): KeySpan[] {
  const start = doc.lines.starts[line];
  return scanKeys(doc.text, start, doc.lines.ends[line]).map((k) => ({ ...k, start: k.start - start, end: k.end - start }));
}

/** The key under a cursor (the narrowest, so a driver-store folder's INF name wins). */
export function keyAt(doc: LogDocument, line: number, character: number): KeySpan | undefined {
  let best: KeySpan | undefined;
  for (const k of keysOfLine(doc, line)) {
    if (k.start <= character && character <= k.end && (!best || k.end - k.start < best.end - best.start)) {
      best = k;
    }
  }
  return best;
}

/** key → lines that mention it, in line order. */
export type KeyIndex = ReadonlyMap<string, readonly number[]>;

const indexCache = new WeakMap<LogDocument, KeyIndex>();

/** The key index of a document: one scan of the whole text, built on first use and memoized. */
export function keyIndexOf(doc: LogDocument): KeyIndex {
  let index = indexCache.get(doc);
  if (!index) {
    index = buildKeyIndex(doc);
    indexCache.set(doc, index);
  }
  return index;
}

function buildKeyIndex(doc: LogDocument): KeyIndex {
  const index = new Map<string, number[]>();
  if (doc.kind === 'plain') {
    return index;
  }
  const starts = doc.lines.starts;
  const count = doc.lines.count;
  // Each scanner reports keys in text order; the line cursor restarts when a new scanner begins.
  let line = 0;
  let previousStart = -1;
  visitKeys(doc.text, 0, doc.text.length, (_kind, key, start) => {
    if (start < previousStart) {
      line = 0;
    }
    previousStart = start;
    while (line + 1 < count && starts[line + 1] <= start) {
      line++;
    }
    const lines = index.get(key);
    if (!lines) {
      index.set(key, [line]);
    } else if (lines[lines.length - 1] !== line) {
      lines.push(line);
    }
  });
  return index;
}

/** What a key is, in words, for hovers and reports: `INF oposdrv.inf`, `KB5016623`. */
export function describeKey(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon) as KeyKind;
  const value = key.slice(colon + 1);
  switch (kind) {
    case 'inf':
      return `INF ${value}`;
    case 'driver-package':
      return `driver-store package ${value}`;
    case 'kb':
      return value;
    case 'package':
      return `package ${value}`;
    case 'device':
      return `device ${value}`;
    default:
      return key;
  }
}

/** The short value of a key (`oposdrv.inf`, `KB5016623`), for messages. */
export function keyValue(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
