// Finds error codes in one line of a log, in every spelling the corpus shows
// (docs: formats.md §1.4, §2.5, §3.2). One regex, one pass per line.

import type { CodeHint, CodeSpan } from '../model.js';
import { valueOfName } from './lookup.js';

/** A code found in one line: a document's code span without its line, and whether it is a name. */
export interface CodeMatch extends Omit<CodeSpan, 'line'> {
  /** True for a symbolic name (`ERROR_BADDB`) rather than a number. */
  isName?: boolean;
}

const NAME_PREFIXES =
  'ERROR|CBS_E|CBS_S|PSFX_E|SPAPI_E|WU_E|WU_S|DISMAPI_E|DISMAPI_S|MOSETUP_E|DO_E|WBEM_E|BG_E|FVE_E|SL_E|VSS_E|E|S|TRUST_E|CERT_E|CRYPT_E|RPC_S|RPC_E|CO_E|SEC_E|NTE|STATUS';

// Words after which a number is the result of what the line reports. The rules behind every
// spelling the corpus shows (docs: formats.md §1.4, §2.5, §3.2):
// - a result word, then `=`, `:`, a space or `[`, then 0x and 1-8 hex digits (`hr:0x0`,
//   `hr = 0x80070005`, `Error: 0x3`, `dwRetCode=[0x1F]`, `failed: 0xd`);
// - `failed to <what>: 0x…` (`failed to get child attribute by tag: 0xd`);
// - the same words before eight bare hex digits (`Return status: 80070003`, `error code 80072EE2`),
//   and Windows Update's `resultMapped=80242014` / `resultUnMapped=240006`, which print hex without 0x;
// - NTSTATUS without 0x after `failed` (`failed c000000d`, `failed [c0000034]`);
// - the failure lines of Windows' own error-reporting macros: `ReturnHr(1) tid(1e5c) C1570118`;
// - a value right before `[gle=0x…]` is the result; the gle is the thread's last error, detail only;
// - an extend code after a Setup result (`0xC1900101-0x2000C`, `[0x8007000D, 0x2000C]`) or on its
//   own after `Extended:` (`Initializing Extended: [0x20018]`): phase and operation, detail only.
// A failure-looking value that is a registry root handle (`mapping for HKCU (…) to 0x80000003`) is no code.
const HR_WORDS = String.raw`hr|HR|hrStatus|hrDeploy|HRESULT|[Ee]xtended HR`;
const RESULT_WORDS = String.raw`[Ee]rror(?: code)?|[Rr]esult|GLE|gle|[Ll]ast [Ee]rror|[Ee]xit code|[Rr]eturn (?:code|status|value)|[Ss]tatus code|failure status|dwRet(?:Code)?|failed|returned with|returning`;
const SEP = String.raw`(?:\s?[:=]\s?\[?|\s\[?|\[)`;
const END = String.raw`(?![0-9A-Fa-f\w-])`;

// Each alternative names its group; the group name says how to read the value.
const RX_CODE = new RegExp(
  [
    String.raw`\[HRESULT = (?<bracket>0x[0-9A-Fa-f]{8})(?: - (?<sym>[A-Za-z][A-Za-z0-9_ ]*?))?\]`,
    String.raw`(?<wrap>HRESULT|NTSTATUS)_FROM_WIN32\((?<wrapped>[A-Za-z0-9_]+)\)`,
    String.raw`\[gle=(?<gle>0x[0-9A-Fa-f]{1,8})\]`,
    String.raw`(?<=0[xX][0-9A-Fa-f]{8} ?- ?|0[xX][89A-Fa-f][0-9A-Fa-f]{7}, )(?<extend>0[xX][0-9A-Fa-f]{5})(?![0-9A-Fa-f])`,
    String.raw`\bExtended:\s*\[(?<extended>0[xX][0-9A-Fa-f]{5})\]`,
    String.raw`\b(?:${HR_WORDS})${SEP}(?<hr>0[xX][0-9A-Fa-f]{1,8})(?![0-9A-Fa-f])`,
    String.raw`\b(?:${HR_WORDS}|[Ee]rror code|[Rr]eturn status|[Ss]tatus code)${SEP}(?<hr8>[0-9A-Fa-f]{8})${END}`,
    String.raw`\bresult(?:Mapped|UnMapped)=(?<wuhex>[0-9A-Fa-f]{1,8})${END}`,
    String.raw`\bwith HRESULT (?<withhr>(?:0[xX])?[0-9A-Fa-f]{8})(?![0-9A-Fa-f])`,
    String.raw`\bHRESULT \[(?<hrsq>0x[0-9A-Fa-f]{8})\]`,
    String.raw`\*FAILED\* \[(?<wufailed>[0-9A-Fa-f]{8})\]`,
    String.raw`^\[\d+(?:\.\d+)?\] \[(?<wim>0x[0-9A-Fa-f]{8})\]`,
    String.raw`\b(?:ReturnHr|LogHr|ThrowHr|FailFast|Exception)\(\d+\) tid\([0-9A-Fa-f]+\) (?<wil>[0-9A-Fa-f]{8})${END}`,
    String.raw`\bfailed:? \[?(?<ntbare>[cC][0-9A-Fa-f]{7})${END}`,
    String.raw`\b(?:exit ?|FAILURE|Exit Status)\((?<exit>(?:0[xX])?[0-9A-Fa-f]{8})\)?`,
    String.raw`\b[Ff]ailed to [\w ]{1,60}: (?<failedto>0[xX][0-9A-Fa-f]{1,8})(?![0-9A-Fa-f])`,
    String.raw`\b(?:${RESULT_WORDS})${SEP}(?<kw>0[xX][0-9A-Fa-f]{1,8})(?![0-9A-Fa-f])`,
    // `Status:` takes 8 digits only: setupapi `Device Status: 0x01802000` and WindowsUpdate
    // `Status: 0x1802400` are device-node flags, not codes (formats.md §2.5, §3.2).
    String.raw`(?<!Device )\b[Ss]tatus(?: =|:)? ?(?<kw8>0[xX][0-9A-Fa-f]{8})(?![0-9A-Fa-f])`,
    String.raw`\b(?:failed with |with )?error (?<bareerr>[0-9A-Fa-f]{8})\b`,
    String.raw`\bresult(?: string)?:? (?<dec>-?\d{1,10})(?![\d.xX:])`,
    String.raw`\bError (?<decerr>\d{2,5}) while\b`,
    String.raw`(?<![@\w])(?<gleresult>0[xX][0-9A-Fa-f]{1,8})(?=\[gle=)`,
    // Any other 0x8…–0xF… value is a failure code, except after words that announce flags,
    // handles or identifiers (`mode: 0x80800002`, `signature [0xFBBC5AB5]`, `state: 0x80000000`).
    String.raw`(?<![@\w])(?<!(?:[Mm]ode|[Ss]tate|[Ss]ignature|[Ff]lags|[Mm]ask|[Oo]ptions|[Aa]ttributes|[Hh]andle|[Kk]ey|[Ii][Dd]|[Ss]erial)[:=]? ?\[?)(?<high>0[xX][89A-Fa-f][0-9A-Fa-f]{7})(?![0-9A-Fa-f])`,
    String.raw`\b(?<name>(?:${NAME_PREFIXES})_[A-Z0-9_]*[A-Z0-9])\b`,
  ].join('|'),
  'g',
);

/** Setup's hive mappings end in a predefined registry key handle (`… to 0x80000003`, HKEY_USERS), not a code. */
function isRootHandle(before: string): boolean {
  return before.endsWith(') to ') && before.includes('mapping for ');
}

// Cheap test that lets most lines skip the big regex: every alternative above needs one of these.
const RX_MAYBE = /0[xX]|rror|esult|xit|FAILED|HRESULT|hr|Hr|HR|dwRet|failed|tatus|gle|^\[/g;

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
export function scanCodes(text: string, from = 0): readonly CodeMatch[] {
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
    } else if (g.wrap !== undefined && g.wrapped !== undefined) {
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
      if (g.high !== undefined && isRootHandle(text.slice(0, s))) {
        continue;
      }
      const decimal = g.dec !== undefined || g.decerr !== undefined;
      const value = decimal ? Number(raw) >>> 0 : parseHex(raw);
      out.push({ start: s, end: s + raw.length, value, hint, secondary: g.gle !== undefined || g.extend !== undefined || g.extended !== undefined || undefined });
    }
  }
  return out;
}

/** Which group matched, how to read its value, and whether it is hex. */
const VALUE_GROUPS: readonly [group: string, hint: CodeHint][] = [
  ['gle', 'win32'],
  ['extend', 'setupExtend'],
  ['extended', 'setupExtend'],
  ['hr', 'hresult'],
  ['hr8', 'hresult'],
  ['wuhex', 'wu'],
  ['withhr', 'hresult'],
  ['hrsq', 'hresult'],
  ['wufailed', 'hresult'],
  ['wim', 'hresult'],
  ['wil', 'hresult'],
  ['ntbare', 'ntstatus'],
  ['exit', 'setupapi'],
  ['failedto', 'any'],
  ['kw', 'any'],
  ['kw8', 'any'],
  ['bareerr', 'hresult'],
  ['dec', 'win32'],
  ['decerr', 'win32'],
  ['gleresult', 'any'],
  ['high', 'any'],
];

function readValueGroup(g: Record<string, string | undefined>): [string | undefined, CodeHint] {
  for (const [group, hint] of VALUE_GROUPS) {
    if (g[group] !== undefined) {
      return [g[group], hint];
    }
  }
  return [undefined, 'any'];
}
