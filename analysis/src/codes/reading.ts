// How to read a value: which family it belongs to (from its bits, the tables that name it and
// the hint), its fields, what it wraps, its HRESULT form, and a family summary in our words.

import type { CodeHint } from '../model.js';
import { facilityTopic, rangeSummary } from './families.js';
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
  setupapiFromHresult,
  win32FromHresult,
  win32FromNtStatus,
} from './hresult.js';
import { readSetupExtend } from './setupExtend.js';
import { type CodeTable, hresultFacilityNames, namesInTables, ntStatusFacilityNames, type NamedCode } from './lookup.js';

/** The code inside another one: HRESULT_FROM_WIN32(1009) ERROR_BADDB, HRESULT_FROM_NT(…), … */
export interface WrapInfo {
  kind: string;
  value: number;
  name?: string;
  macro?: string;
}

/** The HRESULT form of a Win32, NTSTATUS or setupapi value. */
export interface AsHresultInfo {
  macro: string;
  value: number;
  name?: string;
}

/** Win32 codes that report success (with a restart to follow). */
const WIN32_SUCCESS = new Set([0, 1641 /* ERROR_SUCCESS_REBOOT_INITIATED */, 3010, 3011]);

export interface Reading {
  kind: string;
  /** Tables whose names fit this reading, best first. */
  tables: CodeTable[];
  fields?: string;
  wraps?: WrapInfo;
  asHresult?: AsHresultInfo;
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
export function readCode(v: number, hint: CodeHint, direct: NamedCode[]): Reading {
  if (hint === 'setupExtend') {
    return setupExtendReading(v);
  }
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

function setupExtendReading(v: number): Reading {
  const x = readSetupExtend(v);
  const phase = `Phase ${x.phase}${x.phaseName ? ` ${x.phaseName}` : ''}`;
  const operation = `Operation ${hexShort(x.operation)}${x.operationName ? ` ${x.operationName}` : ''}`;
  return { kind: 'Windows Setup extend code', tables: [], fields: `${phase} · ${operation}`, isSuccess: false };
}

export function familySummary(v: number, reading: Reading, name: string | undefined): string {
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
    case 'Windows Setup extend code':
      return 'Where Windows Setup was when its result code happened: the phase (first digit) and the operation (the other four)';
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

