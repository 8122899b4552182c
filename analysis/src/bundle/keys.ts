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
// Scanning finds a cheap anchor first (`.inf`, `KB`, `~<16 hex>~`, `ENUMERATOR\`) with one
// regex pass over the whole text, then reads the rest of the key around it.

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
const RX_PACKAGE_TOKEN = /~[0-9a-f]{16}~/gi;
const RX_PACKAGE_REST = /~[0-9a-f]{16}~(\w*)~([\w-]*)~(\d+(?:\.\d+){1,3})/iy;
const RX_DEVICE =
  /(?:PCI|USB|USBSTOR|SWD|ACPI|ACPI_HAL|HID|HDAUDIO|INTELAUDIO|SCSI|STORAGE|BTHENUM|BTHLE|BTHLEDEVICE|DISPLAY|UEFI|HTREE|ROOT|SW|TS_USB|MMDEVAPI|NVME)\\(?=[\w{&#$.-])/gi;
const RX_ARCH_HASH = /[_ ](amd64|x86|arm64|arm|ia64)[_ ]([0-9a-f]{16})(?![0-9a-f])/iy;
const RX_WINSXS_PREFIX = /^(?:amd64|x86|wow64|arm64|arm|msil)_dual_/i;
const RX_WINSXS_SUFFIX = /_[0-9a-f]{16}_/iy;

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === 45 /* - */ || c === 46 /* . */;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDeviceChar(c: number): boolean {
  // Letters, digits and `_ & # $ . - { } \` (instance IDs hold GUIDs and `&`-joined parts).
  return isAlnum(c) || c === 95 || c === 38 || c === 35 || c === 36 || c === 46 || c === 45 || c === 123 || c === 125 || c === 92;
}

/** Every key in `text[from, to)`, in anchor order per kind. */
export function scanKeys(text: string, from = 0, to = text.length): KeySpan[] {
  const out: KeySpan[] = [];
  scanInfs(text, from, to, out);
  scanKbs(text, from, to, out);
  scanPackages(text, from, to, out);
  scanDevices(text, from, to, out);
  return out;
}

function scanInfs(text: string, from: number, to: number, out: KeySpan[]): void {
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
    let name = text.slice(start, end);
    let nameStart = start;
    const sxs = RX_WINSXS_PREFIX.exec(name);
    if (sxs) {
      name = name.slice(sxs[0].length);
      nameStart += sxs[0].length;
    }
    if (next === 95 /* _ */ || next === 32 /* space */) {
      RX_ARCH_HASH.lastIndex = end;
      const folder = RX_ARCH_HASH.exec(text);
      if (folder && folder.index + folder[0].length <= to) {
        const packageEnd = end + folder[0].length;
        out.push({ kind: 'inf', key: `inf:${name.toLowerCase()}`, start: nameStart, end });
        out.push({
          kind: 'driver-package',
          key: `driver-package:${name.toLowerCase()}_${folder[1].toLowerCase()}_${folder[2].toLowerCase()}`,
          start: nameStart,
          end: packageEnd,
        });
        continue;
      }
      if (next === 95) {
        RX_WINSXS_SUFFIX.lastIndex = end;
        if (!sxs || !RX_WINSXS_SUFFIX.test(text)) {
          continue; // `name.inf_something`: not an INF name
        }
      }
    }
    out.push({ kind: 'inf', key: `inf:${name.toLowerCase()}`, start: nameStart, end });
  }
}

function scanKbs(text: string, from: number, to: number, out: KeySpan[]): void {
  RX_KB.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RX_KB.exec(text)) && m.index + m[0].length <= to) {
    if (m.index > from && isAlnum(text.charCodeAt(m.index - 1))) {
      continue;
    }
    out.push({ kind: 'kb', key: `kb:${m[0].toUpperCase()}`, start: m.index, end: m.index + m[0].length });
  }
}

function scanPackages(text: string, from: number, to: number, out: KeySpan[]): void {
  RX_PACKAGE_TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RX_PACKAGE_TOKEN.exec(text)) && m.index < to) {
    let start = m.index;
    while (start > from && isNameChar(text.charCodeAt(start - 1))) {
      start--;
    }
    if (start === m.index) {
      continue;
    }
    RX_PACKAGE_REST.lastIndex = m.index;
    const rest = RX_PACKAGE_REST.exec(text);
    if (!rest || m.index + rest[0].length > to) {
      continue;
    }
    const end = m.index + rest[0].length;
    out.push({ kind: 'package', key: `package:${text.slice(start, end).toLowerCase()}`, start, end });
    RX_PACKAGE_TOKEN.lastIndex = end;
  }
}

function scanDevices(text: string, from: number, to: number, out: KeySpan[]): void {
  RX_DEVICE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RX_DEVICE.exec(text)) && m.index < to) {
    const before = m.index > from ? text.charCodeAt(m.index - 1) : -1;
    if (before === 92 /* \ */ || isNameChar(before)) {
      continue; // a path segment or the tail of a longer word
    }
    let end = m.index + m[0].length;
    while (end < to && isDeviceChar(text.charCodeAt(end))) {
      end++;
    }
    end = trimDeviceEnd(text, m.index, end);
    if (end - m.index - m[0].length < 2) {
      continue;
    }
    out.push({ kind: 'device', key: `device:${text.slice(m.index, end).toUpperCase()}`, start: m.index, end });
    RX_DEVICE.lastIndex = end;
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
  const spans = scanKeys(doc.text);
  // Per kind the spans are in text order; sort once so that line numbers come out ordered.
  spans.sort((a, b) => a.start - b.start);
  const starts = doc.lines.starts;
  let line = 0;
  for (const span of spans) {
    while (line + 1 < doc.lines.count && starts[line + 1] <= span.start) {
      line++;
    }
    let lines = index.get(span.key);
    if (!lines) {
      lines = [];
      index.set(span.key, lines);
    }
    if (lines[lines.length - 1] !== line) {
      lines.push(line);
    }
  }
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
