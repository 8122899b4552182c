// Finds error codes in one line of a log, in every spelling the corpus shows
// (docs: formats.md §1.4, §2.5, §3.2). One regex, one pass per line.

import type { CodeHint } from '../model';
import { valueOfName } from './lookup';

export interface CodeMatch {
  start: number;
  end: number;
  value: number;
  hint: CodeHint;
  /** The symbolic name the log printed for this value (`[HRESULT = 0x… - NAME]`). */
  printedName?: string;
  /** True for a symbolic name (`ERROR_BADDB`) rather than a number. */
  isName?: boolean;
  /** A last-error trailer (`[gle=0x…]`): context, not the code the line is about. */
  secondary?: boolean;
}

const HEX8 = '(?:0[xX])?[0-9A-Fa-f]{8}';
const NAME_PREFIXES =
  'ERROR|CBS_E|CBS_S|PSFX_E|SPAPI_E|WU_E|WU_S|DISMAPI_E|DISMAPI_S|MOSETUP_E|WBEM_E|BG_E|FVE_E|SL_E|VSS_E|E|S|TRUST_E|CERT_E|CRYPT_E|RPC_S|RPC_E|CO_E|SEC_E|NTE|STATUS';

// Each alternative names its group; the group name says how to read the value.
const RX_CODE = new RegExp(
  [
    String.raw`\[HRESULT = (?<bracket>0x[0-9A-Fa-f]{8})(?: - (?<sym>[A-Za-z][A-Za-z0-9_ ]*?))?\]`,
    String.raw`(?<wrap>HRESULT|NTSTATUS)_FROM_WIN32\((?<wrapped>[A-Za-z0-9_]+)\)`,
    String.raw`\[gle=(?<gle>0x[0-9A-Fa-f]{1,8})\]`,
    String.raw`\b(?:hr|HRESULT|hrStatus)\s?[:=]\s?(?<hr>${HEX8})(?![0-9A-Fa-f])`,
    String.raw`\bwith HRESULT (?<withhr>${HEX8})(?![0-9A-Fa-f])`,
    String.raw`\bHRESULT \[(?<hrsq>0x[0-9A-Fa-f]{8})\]`,
    String.raw`\*FAILED\* \[(?<wufailed>[0-9A-Fa-f]{8})\]`,
    String.raw`^\[\d+(?:\.\d+)?\] \[(?<wim>0x[0-9A-Fa-f]{8})\]`,
    String.raw`\b(?:exit ?|FAILURE|Exit Status)\((?<exit>${HEX8})\)?`,
    String.raw`\b(?:[Ee]rror(?: code)?|[Rr]esult|GLE|Last error|Exit code|failure status)(?: =|:)? ?(?<kw>0[xX][0-9A-Fa-f]{1,8})(?![0-9A-Fa-f])`,
    // `Status:` takes 8 digits only: setupapi `Device Status: 0x01802000` and WindowsUpdate
    // `Status: 0x1802400` are device-node flags, not codes (formats.md §2.5, §3.2).
    String.raw`(?<!Device )\b[Ss]tatus(?: =|:)? ?(?<kw8>0[xX][0-9A-Fa-f]{8})(?![0-9A-Fa-f])`,
    String.raw`\b(?:failed with |with )?error (?<bareerr>[0-9A-Fa-f]{8})\b`,
    String.raw`\bresult(?: string)?:? (?<dec>-?\d{1,10})(?![\d.xX:])`,
    String.raw`\bError (?<decerr>\d{2,5}) while\b`,
    // Any other 0x8…–0xF… value is a failure code, except after words that announce flags,
    // handles or identifiers (`mode: 0x80800002`, `signature [0xFBBC5AB5]`, `state: 0x80000000`).
    String.raw`(?<![@\w])(?<!(?:[Mm]ode|[Ss]tate|[Ss]ignature|[Ff]lags|[Mm]ask|[Oo]ptions|[Aa]ttributes|[Hh]andle|[Kk]ey|[Ii][Dd]|[Ss]erial)[:=]? ?\[?)(?<high>0[xX][89A-Fa-f][0-9A-Fa-f]{7})(?![0-9A-Fa-f])`,
    String.raw`\b(?<name>(?:${NAME_PREFIXES})_[A-Z0-9_]*[A-Z0-9])\b`,
  ].join('|'),
  'g',
);

// Cheap test that lets most lines skip the big regex: every alternative above needs one of these.
const RX_MAYBE = /0[xX]|rror|esult|xit|FAILED|HRESULT|hr|^\[/g;

/** A `X_Y` capital-underscore-capital (a symbolic name), found without a regex: V8 scans literals faster. */
function hasUpperUnderscore(s: string, from: number): boolean {
  for (let i = s.indexOf('_', from); i > 0; i = s.indexOf('_', i + 1)) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i + 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90) {
      return true;
    }
  }
  return false;
}

function parseHex(text: string): number {
  return parseInt(text.replace(/^0[xX]/, ''), 16) >>> 0;
}

/**
 * Every code in `text` (one line), in order of position. `from` skips a prefix that holds none
 * (the timestamp, level and component columns of a record).
 */
export function scanCodes(text: string, from = 0): CodeMatch[] {
  RX_MAYBE.lastIndex = from;
  if (!RX_MAYBE.test(text) && !hasUpperUnderscore(text, from)) {
    return [];
  }
  const out: CodeMatch[] = [];
  RX_CODE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RX_CODE.exec(text)) !== null) {
    const g = m.groups!;
    const at = (s: string): number => m!.index + m![0].indexOf(s);
    if (g.bracket !== undefined) {
      const value = parseHex(g.bracket);
      const sym = g.sym && g.sym !== 'Unknown Error' ? g.sym.trim() : undefined;
      const s = at(g.bracket);
      out.push({ start: s, end: s + g.bracket.length, value, hint: 'hresult', printedName: sym });
      if (sym) {
        const ns = m.index + m[0].lastIndexOf(sym);
        out.push({ start: ns, end: ns + sym.length, value, hint: 'hresult', printedName: sym, isName: true });
      }
    } else if (g.wrap !== undefined) {
      const inner = /^\d+$/.test(g.wrapped) ? Number(g.wrapped) : valueOfName(g.wrapped);
      if (inner !== undefined) {
        const code = inner & 0xffff;
        const value = inner === 0 ? 0 : ((g.wrap === 'HRESULT' ? 0x80070000 : 0xc0070000) | code) >>> 0;
        out.push({ start: m.index, end: m.index + m[0].length, value, hint: g.wrap === 'HRESULT' ? 'hresult' : 'ntstatus' });
      }
    } else if (g.name !== undefined) {
      const value = valueOfName(g.name);
      if (value !== undefined) {
        const hint: CodeHint = g.name.startsWith('STATUS_') ? 'ntstatus' : g.name.startsWith('ERROR_') ? 'win32' : 'hresult';
        out.push({ start: m.index, end: m.index + m[0].length, value, hint, printedName: g.name, isName: true });
      }
    } else {
      const [raw, hint] = readValueGroup(g);
      if (raw === undefined) {
        continue;
      }
      const s = at(raw);
      const decimal = g.dec !== undefined || g.decerr !== undefined;
      const value = decimal ? Number(raw) >>> 0 : parseHex(raw);
      out.push({ start: s, end: s + raw.length, value, hint, secondary: g.gle !== undefined || undefined });
    }
  }
  return out;
}

function readValueGroup(g: Record<string, string | undefined>): [string | undefined, CodeHint] {
  if (g.gle !== undefined) {
    return [g.gle, 'win32'];
  }
  if (g.hr !== undefined) {
    return [g.hr, 'hresult'];
  }
  if (g.withhr !== undefined) {
    return [g.withhr, 'hresult'];
  }
  if (g.hrsq !== undefined) {
    return [g.hrsq, 'hresult'];
  }
  if (g.wufailed !== undefined) {
    return [g.wufailed, 'hresult'];
  }
  if (g.wim !== undefined) {
    return [g.wim, 'hresult'];
  }
  if (g.exit !== undefined) {
    return [g.exit, 'setupapi'];
  }
  if (g.kw !== undefined) {
    return [g.kw, 'any'];
  }
  if (g.kw8 !== undefined) {
    return [g.kw8, 'any'];
  }
  if (g.bareerr !== undefined) {
    return [g.bareerr, 'hresult'];
  }
  if (g.dec !== undefined) {
    return [g.dec, 'win32'];
  }
  if (g.decerr !== undefined) {
    return [g.decerr, 'win32'];
  }
  return [g.high, 'any'];
}
