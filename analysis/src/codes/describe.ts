// Decodes one error code the way Err.exe and `certutil -error` do (docs: error-codes.md §5–6):
// what kind of value it is, its fields, what it wraps, every table that names it, and our own
// explanation when we have one. Pure: plain numbers and strings in, plain data out.

import type { CodeHint } from '../model.js';
import { explanationFor } from './explanations.js';
import type { Lang } from '../messages/index.js';
import { codeFamily } from './families.js';
import { hex8, isSetupapiError, s32 } from './hresult.js';
import { canonical, type CodeTable, namedCode, namesForValue, namesInTables, type NamedCode } from './lookup.js';
import { type AsHresultInfo, familySummary, readCode, type WrapInfo } from './reading.js';
import { must } from '../must.js';

export { parseCodeInput } from './input.js';
export type { AsHresultInfo, WrapInfo } from './reading.js';

export interface CodeMatchInfo {
  kind: string;
  name: string;
  value: number;
}

export interface CodeDescription {
  /** Unsigned. */
  value: number;
  /** `0x800703F1`. */
  hex: string;
  unsigned: number;
  signed: number;
  /** 'HRESULT' | 'Win32' | 'NTSTATUS' | 'setupapi' | 'Windows Setup'. */
  kind: string;
  /** The family the code belongs to: `Delivery Optimization`, `AppX deployment`, `Win32`, … */
  family: string;
  /** Best name: the table name for the likely kind, else the wrapped code's name, else the log's. */
  name?: string;
  /** Where `name` comes from (a header, winapi-rs, `curated`, or `log` for a learned name). */
  nameSource?: string;
  /** One line in our words. */
  summary: string;
  /** 'Severity FAILURE (1) · FACILITY_WIN32 (7) · Code 0x3F1 (1009)'. */
  fields?: string;
  /** The code inside this one: HRESULT_FROM_WIN32(1009) ERROR_BADDB, HRESULT_FROM_NT(…), … */
  wraps?: WrapInfo;
  /** The HRESULT form of a Win32, NTSTATUS or setupapi value. */
  asHresult?: AsHresultInfo;
  explanation?: { meaning: string; causes: string[]; next: string[] };
  /** Other tables that name the value (Err.exe's "N matches"), most likely first. */
  otherMatches: CodeMatchInfo[];
  /** S_OK, ERROR_SUCCESS_REBOOT_REQUIRED, WU_S_*, NTSTATUS success/informational, … */
  isSuccess: boolean;
}

const TABLE_KIND: Record<CodeTable, string> = {
  win32: 'Win32',
  hresult: 'HRESULT',
  ntstatus: 'NTSTATUS',
  setupapi: 'setupapi',
  wu: 'HRESULT',
  cbs: 'HRESULT',
  setup: 'Windows Setup',
  dism: 'HRESULT',
};

/** Table order that puts the likely reading of a value first, per hint. */
function tableRanking(hint: CodeHint): CodeTable[] {
  switch (hint) {
    case 'win32':
    case 'setupapi':
      return ['win32', 'setupapi', 'hresult', 'wu', 'cbs', 'dism', 'setup', 'ntstatus'];
    case 'ntstatus':
      return ['ntstatus', 'win32', 'hresult', 'setupapi', 'wu', 'cbs', 'dism', 'setup'];
    default:
      return ['hresult', 'wu', 'cbs', 'setup', 'dism', 'setupapi', 'win32', 'ntstatus'];
  }
}

/**
 * Decodes `value`. `hint` says how the log spelled it (see CodeHint); `learnedName` is the name
 * the log printed next to it, used when no table names the value.
 */
export function describeCode(value: number, hint: CodeHint = 'any', learnedName?: string, lang: Lang = 'en'): CodeDescription {
  const v = value >>> 0;
  const direct = hint === 'setupExtend' ? [] : namesForValue(v);
  const reading = readCode(v, hint, direct);
  const primary = namesInTables(v, reading.tables);
  const learned = learnedName && /^[A-Za-z][A-Za-z0-9_]*$/.test(learnedName) ? learnedName : undefined;

  let best: { name: string; source: string } | undefined;
  const learnedEntry = learned ? direct.find((e) => e.name === learned) : undefined;
  if (learnedEntry) {
    best = learnedEntry;
  } else if (primary[0]) {
    best = primary[0];
  } else if (reading.wraps?.name) {
    best = { name: reading.wraps.name, source: namedCode(reading.wraps.name)?.source ?? '' };
  } else if (direct.length) {
    const first = must(rank(direct, hint)[0], 'a ranking of names found');
    best = first;
    reading.kind = TABLE_KIND[first.table];
  } else if (learned) {
    best = { name: learned, source: 'log' };
  }

  const others: CodeMatchInfo[] = [];
  const seen = new Set<string>(best ? [best.name] : []);
  const push = (kind: string, name: string, val: number): void => {
    if (!seen.has(name)) {
      seen.add(name);
      others.push({ kind, name, value: val });
    }
  };
  for (const e of rank(direct, hint)) {
    push(matchKind(e), e.name, e.value);
  }
  // Err.exe also re-reads the low word of a facility-0 NTSTATUS-looking value as Win32.
  if (reading.kind === 'NTSTATUS' && hint !== 'ntstatus' && v > 0xffff && ((v >>> 16) & 0xfff) === 0) {
    for (const e of namesInTables(v & 0xffff, ['win32'])) {
      push('Win32 (low word)', e.name, e.value);
    }
  }
  if (learned && !seen.has(learned)) {
    push('printed in the log', learned, v);
  }

  const keys: (string | number)[] = [];
  if (best) {
    keys.push(best.name);
  }
  keys.push(...direct.map((e) => e.name));
  if (reading.wraps?.name) {
    keys.push(reading.wraps.name);
  }
  if (reading.asHresult?.name) {
    keys.push(reading.asHresult.name);
  }
  keys.push(v);
  if (reading.wraps) {
    keys.push(reading.wraps.value);
  }
  const explanation = explanationFor(keys, lang);

  return {
    value: v,
    hex: hex8(v),
    unsigned: v,
    signed: s32(v),
    kind: reading.kind,
    family: codeFamily(v, reading.kind, best?.name, reading.wraps),
    name: best?.name,
    nameSource: best?.source || undefined,
    summary: explanation?.summary ?? familySummary(v, reading, best?.name),
    fields: reading.fields,
    wraps: reading.wraps,
    asHresult: reading.asHresult,
    explanation: explanation
      ? { meaning: explanation.meaning, causes: explanation.causes, next: explanation.next }
      : undefined,
    otherMatches: others,
    isSuccess: reading.isSuccess,
  };
}

/** Likely tables first (per hint); within that, usual spellings before aliases. */
function rank(entries: NamedCode[], hint: CodeHint): NamedCode[] {
  const order = tableRanking(hint);
  return entries.slice().sort((a, b) => canonical(a) - canonical(b) || order.indexOf(a.table) - order.indexOf(b.table));
}

function matchKind(e: NamedCode): string {
  switch (e.table) {
    case 'setupapi':
      return isSetupapiError(e.value) ? 'setupapi' : 'HRESULT (SetupAPI)';
    case 'wu':
      return 'HRESULT (Windows Update)';
    case 'cbs':
      return 'HRESULT (CBS)';
    case 'dism':
      return 'HRESULT (DISM API)';
    default:
      return TABLE_KIND[e.table];
  }
}

/** Decodes a symbolic name (hover on `ERROR_BADDB`). Undefined for unknown names. */
export function describeName(name: string): CodeDescription | undefined {
  const entry = namedCode(name);
  if (!entry) {
    return undefined;
  }
  const hint: CodeHint =
    entry.table === 'win32' ? 'win32' : entry.table === 'ntstatus' ? 'ntstatus' : entry.table === 'setupapi' ? 'setupapi' : 'hresult';
  return describeCode(entry.value, hint, name);
}

