// Finding shared keys in text (see keys.ts for what the keys are and how they are written).
// Each scanner looks for a cheap anchor (`.inf`, `KB`, `~`, `\`) and reads the key around it.

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
  // Bounded search: an unbounded indexOf would run on to the end of the text for every INF.
  for (let dual = start + 2; dual + 6 <= end; dual++) {
    if (text.charCodeAt(dual) === 95 && text.startsWith('_dual_', dual)) {
      return RX_WINSXS_PREFIX.test(text.slice(start, dual + 6)) ? dual + 6 - start : 0;
    }
  }
  return 0;
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
        const [whole, arch = '', hash = ''] = folder;
        visit('driver-package', `driver-package:${name}_${arch.toLowerCase()}_${hash.toLowerCase()}`, nameStart, end + whole.length);
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
// First letters of the enumerators, upper case: a cheap test before the name is cut out.
const ENUMERATOR_INITIALS = new Set([...ENUMERATORS].map((e) => e.charCodeAt(0)));

function scanDevices(text: string, from: number, to: number, visit: KeyVisitor): void {
  let slash = text.indexOf('\\', from);
  while (slash >= 0 && slash < to) {
    let start = slash;
    while (start > from && slash - start <= MAX_ENUMERATOR && isWordChar(text.charCodeAt(start - 1))) {
      start--;
    }
    const before = start > from ? text.charCodeAt(start - 1) : -1;
    const next = text.charCodeAt(slash + 1);
    const initial = text.charCodeAt(start) & ~32; // upper case for letters
    if (
      start < slash &&
      ENUMERATOR_INITIALS.has(initial) &&
      before !== 92 /* \ */ &&
      !isNameChar(before) &&
      isDeviceChar(next) &&
      next !== 92 &&
      ENUMERATORS.has(text.slice(start, slash).toUpperCase())
    ) {
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
