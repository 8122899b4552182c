// Name <-> value lookups over the generated table (errorCodes.generated.ts). The table is a
// few compact strings; they are parsed once, on first use, into two maps.

import { CODE_CHUNKS, HRESULT_FACILITIES, NTSTATUS_FACILITIES } from './errorCodes.generated.js';

export type CodeTable = 'win32' | 'hresult' | 'ntstatus' | 'setupapi' | 'wu' | 'cbs' | 'setup' | 'dism';

export interface NamedCode {
  table: CodeTable;
  /** Unsigned 32-bit value. */
  value: number;
  name: string;
  /** Where the name comes from: a header file name, `winapi-rs <file>` or `curated`. */
  source: string;
}

interface Index {
  byValue: Map<number, NamedCode[]>;
  byName: Map<string, NamedCode>;
  all: NamedCode[];
  hresultFacilities: Map<number, string[]>;
  ntFacilities: Map<number, string[]>;
}

let index: Index | undefined;

function parseLines(data: string, each: (value: number, name: string) => void): void {
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      each(parseInt(line.slice(0, colon), 16) >>> 0, line.slice(colon + 1));
    }
  }
}

function facilityMap(data: string): Map<number, string[]> {
  const map = new Map<number, string[]>();
  parseLines(data, (value, name) => {
    const list = map.get(value);
    if (list) {
      list.push(name);
    } else {
      map.set(value, [name]);
    }
  });
  return map;
}

const TABLE_ORDER: readonly CodeTable[] = ['win32', 'hresult', 'ntstatus', 'setupapi', 'wu', 'dism', 'cbs', 'setup'];

/** 0 for the usual spelling of a table's names (S_OK before SEC_E_OK), 1 for aliases. */
export function canonical(e: NamedCode): number {
  switch (e.table) {
    case 'hresult':
      return /^[ES]_/.test(e.name) ? 0 : 1;
    case 'win32':
      return /^ERROR_/.test(e.name) && !e.name.startsWith('ERROR_INTERNET_') ? 0 : 1;
    case 'ntstatus':
      return e.name.startsWith('STATUS_') ? 0 : 1;
    default:
      return 0;
  }
}

function build(): Index {
  const byValue = new Map<number, NamedCode[]>();
  const byName = new Map<string, NamedCode>();
  const all: NamedCode[] = [];
  for (const chunk of CODE_CHUNKS) {
    parseLines(chunk.data, (value, name) => {
      const entry: NamedCode = { table: chunk.table, value, name, source: chunk.source };
      all.push(entry);
      const list = byValue.get(value);
      if (list) {
        list.push(entry);
      } else {
        byValue.set(value, [entry]);
      }
      if (!byName.has(name)) {
        byName.set(name, entry);
      }
    });
  }
  for (const list of byValue.values()) {
    if (list.length > 1) {
      list.sort((a, b) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table) || canonical(a) - canonical(b));
    }
  }
  return {
    byValue,
    byName,
    all,
    hresultFacilities: facilityMap(HRESULT_FACILITIES),
    ntFacilities: facilityMap(NTSTATUS_FACILITIES),
  };
}

function idx(): Index {
  index ??= build();
  return index;
}

/** The value of a symbolic name: `ERROR_BADDB` -> 1009, `CBS_E_SOURCE_MISSING` -> 0x800F081F. */
export function valueOfName(name: string): number | undefined {
  return idx().byName.get(name)?.value;
}

/** The table entry of a symbolic name. */
export function namedCode(name: string): NamedCode | undefined {
  return idx().byName.get(name);
}

/** Every name of exactly this value, across all tables, in table order then source order. */
export function namesForValue(value: number): NamedCode[] {
  return idx().byValue.get(value >>> 0)?.slice() ?? [];
}

/** Names of this value in the given tables, in the order the tables are listed. */
export function namesInTables(value: number, tables: readonly CodeTable[]): NamedCode[] {
  const found = idx().byValue.get(value >>> 0);
  if (!found) {
    return [];
  }
  const out: NamedCode[] = [];
  for (const t of tables) {
    for (const e of found) {
      if (e.table === t) {
        out.push(e);
      }
    }
  }
  return out;
}

/** `FACILITY_*` names of an HRESULT facility number (several names can share a number). */
export function hresultFacilityNames(facility: number): string[] {
  return idx().hresultFacilities.get(facility) ?? [];
}

/** `FACILITY_*` names of an NTSTATUS facility number. */
export function ntStatusFacilityNames(facility: number): string[] {
  return idx().ntFacilities.get(facility) ?? [];
}

/** Every entry of the table (for coverage reports and tests). */
export function allNamedCodes(): readonly NamedCode[] {
  return idx().all;
}

/** How the hover names a source: the file, its project and licence. */
export function sourceLabel(source: string): string {
  if (source === 'curated') {
    return 'curated by this project (data/error-codes)';
  }
  if (source.startsWith('winapi-rs ')) {
    return `${source.slice('winapi-rs '.length)} (winapi-rs, MIT/Apache-2.0)`;
  }
  return `${source} (mingw-w64, public domain)`;
}
