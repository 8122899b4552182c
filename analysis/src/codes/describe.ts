// Decodes one error code the way Err.exe and `certutil -error` do (docs: error-codes.md §5–6):
// what kind of value it is, its fields, what it wraps, every table that names it, and our own
// explanation when we have one. Pure: plain numbers and strings in, plain data out.

import type { CodeHint } from '../model';
import { explanationFor } from './explanations';
import { facilityTopic, rangeSummary } from './families';
import {
  FACILITY_NT_BIT,
  hex8,
  hexShort,
  hresultFields,
  hresultFromNt,
  hresultFromSetupapi,
  hresultFromWin32,
  isSetupapiError,
  NT_SEVERITY_NAMES,
  ntFromHresult,
  ntStatusFields,
  s32,
  setupapiFromHresult,
  win32FromHresult,
  win32FromNtStatus,
} from './hresult';
import {
  type CodeTable,
  hresultFacilityNames,
  namedCode,
  namesForValue,
  namesInTables,
  ntStatusFacilityNames,
  type NamedCode,
} from './lookup';

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
  /** Best name: the table name for the likely kind, else the wrapped code's name, else the log's. */
  name?: string;
  /** Where `name` comes from (a header, winapi-rs, `curated`, or `log` for a learned name). */
  nameSource?: string;
  /** One line in our words. */
  summary: string;
  /** 'Severity FAILURE (1) · FACILITY_WIN32 (7) · Code 0x3F1 (1009)'. */
  fields?: string;
  /** The code inside this one: HRESULT_FROM_WIN32(1009) ERROR_BADDB, HRESULT_FROM_NT(…), … */
  wraps?: { kind: string; value: number; name?: string; macro?: string };
  /** The HRESULT form of a Win32, NTSTATUS or setupapi value. */
  asHresult?: { macro: string; value: number; name?: string };
  explanation?: { meaning: string; causes: string[]; next: string[] };
  /** Other tables that name the value (Err.exe's "N matches"), most likely first. */
  otherMatches: CodeMatchInfo[];
  /** S_OK, ERROR_SUCCESS_REBOOT_REQUIRED, WU_S_*, NTSTATUS success/informational, … */
  isSuccess: boolean;
}

/** Win32 codes that report success (with a restart to follow). */
const WIN32_SUCCESS = new Set([0, 1641 /* ERROR_SUCCESS_REBOOT_INITIATED */, 3010, 3011]);

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

interface Reading {
  kind: string;
  /** Tables whose names fit this reading, best first. */
  tables: CodeTable[];
  fields?: string;
  wraps?: CodeDescription['wraps'];
  asHresult?: CodeDescription['asHresult'];
  isSuccess: boolean;
}

const first = (value: number, tables: CodeTable[]): string | undefined => namesInTables(value, tables)[0]?.name;

function hresultFieldText(v: number): string {
  const f = hresultFields(v);
  const names = hresultFacilityNames(f.facility);
  const facility = names.length ? `${names.join(' / ')} (${f.facility})` : `Facility ${hexShort(f.facility)} (${f.facility})`;
  const flags = [f.r ? 'R' : '', f.c ? 'C (customer)' : '', f.x ? 'X' : ''].filter(Boolean);
  const parts = [`Severity ${f.severity ? 'FAILURE' : 'SUCCESS'} (${f.severity})`, facility, `Code ${hexShort(f.code)} (${f.code})`];
  return [...parts, ...flags].join(' · ');
}

function ntFieldText(v: number): string {
  const f = ntStatusFields(v);
  const names = ntStatusFacilityNames(f.facility);
  const facility = names.length ? `${names.join(' / ')} (${f.facility})` : `Facility ${hexShort(f.facility)} (${f.facility})`;
  const parts = [`Severity ${NT_SEVERITY_NAMES[f.severity]} (${f.severity})`, facility, `Code ${hexShort(f.code)} (${f.code})`];
  if (f.c) {
    parts.push('C (customer)');
  }
  return parts.join(' · ');
}

function win32Reading(v: number): Reading {
  const hr = hresultFromWin32(v);
  return {
    kind: 'Win32',
    tables: ['win32'],
    fields: `Win32 error ${v} (${hexShort(v)})`,
    asHresult: v === 0 ? undefined : { macro: 'HRESULT_FROM_WIN32', value: hr, name: first(hr, ['hresult']) },
    isSuccess: WIN32_SUCCESS.has(v),
  };
}

function ntReading(v: number): Reading {
  const w = win32FromNtStatus(v);
  const hr = hresultFromNt(v);
  return {
    kind: 'NTSTATUS',
    tables: ['ntstatus'],
    fields: ntFieldText(v),
    wraps: w === undefined ? undefined : { kind: 'Win32', value: w, name: first(w, ['win32']), macro: 'NTSTATUS_FROM_WIN32' },
    asHresult: hr === v ? undefined : { macro: 'HRESULT_FROM_NT', value: hr, name: first(hr, ['hresult']) },
    isSuccess: v >>> 30 <= 1,
  };
}

function setupapiReading(v: number): Reading {
  const hr = hresultFromSetupapi(v);
  return {
    kind: 'setupapi',
    tables: ['setupapi'],
    fields: `APPLICATION_ERROR_MASK | ERROR_SEVERITY_ERROR | ${hexShort(v & 0xffff)}`,
    asHresult: { macro: 'HRESULT_FROM_SETUPAPI', value: hr, name: first(hr, ['setupapi']) },
    isSuccess: false,
  };
}

function hresultReading(v: number): Reading {
  const reading: Reading = {
    kind: 'HRESULT',
    tables: ['hresult', 'wu', 'cbs', 'setupapi', 'dism', 'setup'],
    fields: hresultFieldText(v),
    isSuccess: v >>> 31 === 0,
  };
  const w32 = win32FromHresult(v);
  const nt = ntFromHresult(v);
  const spapi = setupapiFromHresult(v);
  if (w32 !== undefined && v !== 0) {
    reading.wraps = { kind: 'Win32', value: w32, name: first(w32, ['win32']), macro: 'HRESULT_FROM_WIN32' };
    reading.isSuccess = WIN32_SUCCESS.has(w32);
  } else if (nt !== undefined) {
    reading.wraps = { kind: 'NTSTATUS', value: nt, name: first(nt, ['ntstatus']), macro: 'HRESULT_FROM_NT' };
    reading.fields = ntFieldText(nt);
  } else if (spapi !== undefined && ((v & 0xffff) < 0x800 || namesInTables(spapi, ['setupapi']).length)) {
    reading.wraps = { kind: 'setupapi', value: spapi, name: first(spapi, ['setupapi']), macro: 'HRESULT_FROM_SETUPAPI' };
  }
  return reading;
}

/** How to read the value, from its bits, the tables that name it and the hint. */
function read(v: number, hint: CodeHint, direct: NamedCode[]): Reading {
  const inTables = (...tables: CodeTable[]): boolean => direct.some((e) => tables.includes(e.table));
  if (v <= 0xffff) {
    if (hint === 'ntstatus') {
      return ntReading(v);
    }
    if ((v === 0 && (hint === 'any' || hint === 'hresult' || hint === 'wu')) || (v === 1 && hint === 'hresult')) {
      return { ...hresultReading(v), tables: ['hresult'], isSuccess: true };
    }
    return win32Reading(v);
  }
  if (hint === 'ntstatus') {
    return ntReading(v);
  }
  if (isSetupapiError(v)) {
    return setupapiReading(v);
  }
  if (inTables('setup') || v >>> 16 === 0xc190) {
    return { ...hresultReading(v), kind: 'Windows Setup', tables: ['setup', 'hresult'] };
  }
  if (inTables('hresult', 'wu', 'cbs', 'setupapi', 'dism')) {
    return hresultReading(v);
  }
  if (inTables('ntstatus')) {
    return ntReading(v);
  }
  // Unnamed: HRESULT failures have S set and R clear; 0xC…/0x4… values read as NTSTATUS.
  if ((v & 0x40000000) !== 0 && (v & FACILITY_NT_BIT) === 0) {
    return ntReading(v);
  }
  return hresultReading(v);
}

function familySummary(v: number, reading: Reading, name: string | undefined): string {
  const byRange = rangeSummary(v);
  const w = reading.wraps;
  if (w?.macro === 'HRESULT_FROM_WIN32') {
    return `Win32 error ${w.value}${w.name ? ` (${w.name})` : ''} carried as an HRESULT`;
  }
  if (w?.macro === 'HRESULT_FROM_NT') {
    return `NTSTATUS ${hex8(w.value)}${w.name ? ` (${w.name})` : ''} carried as an HRESULT`;
  }
  if (w?.macro === 'NTSTATUS_FROM_WIN32') {
    return `Win32 error ${w.value}${w.name ? ` (${w.name})` : ''} carried as an NTSTATUS`;
  }
  if (byRange) {
    return byRange;
  }
  switch (reading.kind) {
    case 'Win32':
      return name ? `Win32 error ${v}` : `Win32 error ${v}; no table names it (it may not be a Win32 code at all)`;
    case 'NTSTATUS': {
      const f = ntStatusFields(v);
      const sev = NT_SEVERITY_NAMES[f.severity].toLowerCase();
      const fac = ntStatusFacilityNames(f.facility)[0];
      return `NTSTATUS ${sev} code${fac ? ` from ${fac}` : ''}`;
    }
    default: {
      const f = hresultFields(v);
      const topic = facilityTopic(f.facility);
      const what = f.severity ? 'failure' : 'success/status code';
      return topic ? `HRESULT ${what} from ${topic}` : `HRESULT ${what} (facility ${f.facility})`;
    }
  }
}

/**
 * Decodes `value`. `hint` says how the log spelled it (see CodeHint); `learnedName` is the name
 * the log printed next to it, used when no table names the value.
 */
export function describeCode(value: number, hint: CodeHint = 'any', learnedName?: string): CodeDescription {
  const v = value >>> 0;
  const direct = namesForValue(v);
  const reading = read(v, hint, direct);
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
    const ranked = rank(direct, hint);
    best = ranked[0];
    reading.kind = TABLE_KIND[ranked[0]!.table];
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
  const explanation = explanationFor(keys);

  return {
    value: v,
    hex: hex8(v),
    unsigned: v,
    signed: s32(v),
    kind: reading.kind,
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

function rank(entries: NamedCode[], hint: CodeHint): NamedCode[] {
  const order = tableRanking(hint);
  return entries.slice().sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table));
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

/**
 * Reads what a user typed into "Decode Error Code…": `0x800703f1`, `800703f1`, `2147942413`,
 * `-2147023887`, `1009`, `ERROR_BADDB`, `0x800703f1 - ERROR_BADDB`, `HRESULT_FROM_WIN32(5)`.
 */
export function parseCodeInput(text: string): number | undefined {
  const t = text.trim().replace(/^\[|\]$/g, '').trim();
  if (t === '') {
    return undefined;
  }
  const wrapped = /^(HRESULT|NTSTATUS)_FROM_(WIN32|NT|SETUPAPI)\((.+)\)$/i.exec(t);
  if (wrapped) {
    const inner = parseCodeInput(wrapped[3]!);
    if (inner === undefined) {
      return undefined;
    }
    const macro = `${wrapped[1]!.toUpperCase()}_FROM_${wrapped[2]!.toUpperCase()}`;
    switch (macro) {
      case 'HRESULT_FROM_WIN32':
        return hresultFromWin32(inner);
      case 'HRESULT_FROM_NT':
        return hresultFromNt(inner);
      case 'HRESULT_FROM_SETUPAPI':
        return hresultFromSetupapi(inner);
      case 'NTSTATUS_FROM_WIN32':
        return (inner | 0) <= 0 ? inner >>> 0 : ((inner & 0xffff) | 0xc0070000) >>> 0;
      default:
        return undefined;
    }
  }
  // `0x… - NAME`, `0x… [NAME]`, `0x… (NAME)`: the number decides.
  const lead = /^(-?(?:0x)?[0-9a-f]+)(?:\s*(?:-|\[|\(|:)\s*[A-Za-z_][\w ]*[\])]?)?$/i.exec(t);
  if (lead) {
    return parseNumber(lead[1]!);
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
    return namedCode(t)?.value;
  }
  return undefined;
}

function parseNumber(s: string): number | undefined {
  if (/^0x[0-9a-f]{1,8}$/i.test(s)) {
    return parseInt(s.slice(2), 16) >>> 0;
  }
  if (/^-\d{1,10}$/.test(s)) {
    const n = Number(s);
    return n >= -0x80000000 ? n >>> 0 : undefined;
  }
  // Exactly eight digits is how logs print an HRESULT without 0x (`*FAILED* [80070490]`,
  // `HRESULT = 800f0207`): hex. Any other all-digit input is decimal (1009, 2147942413).
  if (/^\d{1,10}$/.test(s) && s.length !== 8) {
    const n = Number(s);
    return n <= 0xffffffff ? n : undefined;
  }
  if (/^[0-9a-f]{1,8}$/i.test(s)) {
    return parseInt(s, 16) >>> 0;
  }
  return undefined;
}
