#!/usr/bin/env node
// Generates analysis/src/codes/errorCodes.generated.ts: the names and numbers of Windows error
// codes, read from the public-domain mingw-w64 headers (Debian package mingw-w64-common; only
// headers that Debian's copyright file lists as public domain: not the Wine-derived winhttp.h), from
// winapi-rs (MIT/Apache-2.0, Debian package librust-winapi-dev, optional) and from our curated
// TSV files in data/error-codes/. Names and numbers only: the headers carry no message text and
// we copy none. No dependencies; the functions below are pure apart from reading the inputs.
//
//   node tools/generate-error-codes.mjs            write the generated file
//   node tools/generate-error-codes.mjs --stdout   print it instead
//   node tools/generate-error-codes.mjs --check    exit 1 if the committed file differs
//   options: --mingw DIR (or MINGW_INCLUDE), --winapi DIR (or WINAPI_SRC), --no-winapi
//
// Output format (kept compact on purpose, parsed once at load by analysis/src/codes/tables.ts):
// one string per (table, source) chunk, lines `hex:NAME` sorted by value, names of equal value
// in header order. See docs/error-codes-coverage.md for the counts.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'analysis/src/codes/errorCodes.generated.ts');
export const DATA_DIR = join(ROOT, 'data/error-codes');
const DEFAULT_MINGW = '/usr/share/mingw-w64/include';
const CARGO_REGISTRY = '/usr/share/cargo/registry';

/** Table names, in the order the generated file lists them. */
export const TABLES = ['win32', 'hresult', 'ntstatus', 'setupapi', 'wu', 'dism', 'cbs', 'setup'];

// ---------------------------------------------------------------------------------------------
// Locating the inputs

/** The winapi-rs source directory of the newest 0.3.x crate in the Debian cargo registry. */
function findWinapi() {
  if (!existsSync(CARGO_REGISTRY)) {
    return undefined;
  }
  const dirs = readdirSync(CARGO_REGISTRY)
    .filter((d) => /^winapi-0\.3\.\d+$/.test(d))
    .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]));
  const last = dirs.at(-1);
  return last === undefined ? undefined : join(CARGO_REGISTRY, last, 'src');
}

/** Where the inputs are, from options, then environment, then the Debian default paths. */
export function resolveSources(options = {}, env = process.env) {
  const mingw = options.mingw ?? env.MINGW_INCLUDE ?? DEFAULT_MINGW;
  let winapi = options.winapi ?? env.WINAPI_SRC ?? findWinapi();
  if (options.noWinapi || (winapi !== undefined && !existsSync(join(winapi, 'shared/winerror.rs')))) {
    winapi = undefined;
  }
  return {
    mingw: existsSync(join(mingw, 'winerror.h')) ? mingw : undefined,
    winapi,
    data: options.data ?? DATA_DIR,
  };
}

// ---------------------------------------------------------------------------------------------
// A tiny evaluator for the constant expressions the headers use:
// 1009, 0x800F0219L, __MSABI_LONG(5), _HRESULT_TYPEDEF_(0x80004005L), ((HRESULT)0x1),
// (WSABASEERR + 4), (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x219), HRESULT_FROM_WIN32(x),
// and Rust's `APPLICATION_ERROR_MASK | ERROR_SEVERITY_ERROR | 0x219`, `NO_ERROR as i32`.

const TRANSPARENT_MACROS = new Set(['__MSABI_LONG', '_HRESULT_TYPEDEF_', '_NDIS_ERROR_TYPEDEF_']);
const CASTS = /\(\s*(?:HRESULT|NTSTATUS|DWORD|LONG|ULONG|SCODE|unsigned\s+long|unsigned\s+__LONG32|long|int|UINT)\s*\)/g;

function hresultFromWin32(x) {
  return (x | 0) <= 0 ? x >>> 0 : ((x & 0xffff) | 0x80070000) >>> 0;
}

function tokenize(text) {
  const tokens = [];
  const rx = /\s*(0[xX][0-9A-Fa-f_]+|\d[\d_]*|[A-Za-z_]\w*|<<|>>|[()|&+\-~])/y;
  let at = 0;
  text = text.replace(CASTS, ' ').replace(/\bas\s+(?:i32|u32|HRESULT|DWORD|NTSTATUS)\b/g, ' ');
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) {
      break;
    }
    rx.lastIndex = at;
    const m = rx.exec(text);
    if (!m) {
      return undefined;
    }
    tokens.push(m[1]);
    at = rx.lastIndex;
  }
  return tokens;
}

function parseNumber(tok) {
  const clean = tok.replace(/_/g, '');
  return /^0x/i.test(clean) ? parseInt(clean.slice(2), 16) : parseInt(clean, 10);
}

/** Evaluates `text`; `lookup(name)` resolves other constants. Undefined if not a constant. */
export function evaluate(text, lookup) {
  const tokens = tokenize(text.replace(/\b(0[xX][0-9A-Fa-f]+|\d+)(?:[uU]?[lL]{0,2}|i32|u32)\b/g, '$1'));
  if (!tokens || tokens.length === 0) {
    return undefined;
  }
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  // Precedence climbing over | & << >> + - (enough for these headers).
  const PREC = { '|': 1, '&': 2, '<<': 3, '>>': 3, '+': 4, '-': 4 };
  function primary() {
    const t = next();
    if (t === undefined) {
      throw new Error('end');
    }
    if (t === '(') {
      const v = expr(0);
      if (next() !== ')') {
        throw new Error('paren');
      }
      return v;
    }
    if (t === '~') {
      return ~primary() >>> 0;
    }
    if (t === '-') {
      return -primary() >>> 0;
    }
    if (/^\d|^0x/i.test(t)) {
      return parseNumber(t);
    }
    if (peek() === '(' && (TRANSPARENT_MACROS.has(t) || t === 'HRESULT_FROM_WIN32' || t === '__HRESULT_FROM_WIN32')) {
      next();
      const v = expr(0);
      if (next() !== ')') {
        throw new Error('call');
      }
      return TRANSPARENT_MACROS.has(t) ? v : hresultFromWin32(v);
    }
    const v = lookup(t);
    if (v === undefined) {
      throw new Error(`unknown ${t}`);
    }
    return v;
  }
  function expr(minPrec) {
    let left = primary();
    for (;;) {
      const op = peek();
      const prec = PREC[op];
      if (prec === undefined || prec < minPrec) {
        return left >>> 0;
      }
      next();
      const right = expr(prec + 1);
      switch (op) {
        case '|': left = (left | right) >>> 0; break;
        case '&': left = (left & right) >>> 0; break;
        case '<<': left = (left << right) >>> 0; break;
        case '>>': left = left >>> right; break;
        case '+': left = (left + right) >>> 0; break;
        case '-': left = (left - right) >>> 0; break;
      }
    }
  }
  try {
    const v = expr(0);
    return i === tokens.length ? v >>> 0 : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading definitions

/** `#define NAME expr` lines of a C header (object-like macros only), in file order. */
export function readCDefines(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*#\s*define\s+([A-Za-z_]\w*)(?!\()\s+(.+?)\s*(?:\/\/.*|\/\*.*)?$/.exec(line);
    if (m) {
      out.push({ name: m[1], expr: m[2] });
    }
  }
  return out;
}

/** `pub const NAME: TYPE = expr;` items of a Rust file (may span lines), in file order. */
export function readRustConsts(text) {
  const out = [];
  const rx = /pub const ([A-Za-z_]\w*): ([A-Za-z_]\w*) = ([^;]+);/g;
  let m;
  while ((m = rx.exec(text)) !== null) {
    out.push({ name: m[1], type: m[2], expr: m[3].replace(/\s+/g, ' ').trim() });
  }
  return out;
}

const NOT_A_CODE = /^(?:FACILITY_|SEVERITY_|STATUS_SEVERITY_|ERROR_SEVERITY_|APPLICATION_ERROR_MASK$|_)|_(?:FIRST|LAST|BASE|MASK)$|^WSABASEERR$|^NOERROR$/;
const HRESULT_SPELLING = /_HRESULT_TYPEDEF_|\(\s*HRESULT\s*\)|HRESULT_FROM_WIN32/;

/**
 * Evaluates the defines of one file against `known` (all constants seen so far, any file) and
 * returns [name, value, expr] for those that evaluate.
 */
function evaluateAll(defs, known) {
  const out = [];
  for (const d of defs) {
    const v = evaluate(d.expr, (n) => known.get(n));
    if (v !== undefined) {
      if (!known.has(d.name)) {
        known.set(d.name, v);
      }
      out.push({ ...d, value: v });
    }
  }
  return out;
}

function readText(dir, file) {
  const p = join(dir, file);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

/** Parses a curated TSV: `value<TAB>name<TAB>family<TAB>provenance`, `#` comments. */
export function readCuratedTsv(text, file) {
  const rows = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) {
      return;
    }
    const cols = line.split('\t');
    if (cols[0] === 'value') {
      return; // header row
    }
    const [hex, name, family, provenance] = cols;
    if (!/^0x[0-9A-F]{8}$/.test(hex ?? '') || !/^[A-Z][A-Z0-9_]*$/.test(name ?? '') || !TABLES.includes(family) || !provenance) {
      throw new Error(`${file}:${i + 1}: expected "0xHHHHHHHH<TAB>NAME<TAB>family<TAB>provenance", got ${JSON.stringify(line)}`);
    }
    rows.push({ value: parseInt(hex.slice(2), 16) >>> 0, name, table: family, provenance });
  });
  return rows;
}

/**
 * Collects every (table, value, name, source) the inputs define. Pure apart from reading files.
 * Returns entries in a deterministic order plus facility names and notes about conflicts.
 */
export function collect(sources) {
  if (!sources.mingw) {
    throw new Error('mingw-w64 headers not found (install Debian package mingw-w64-common or pass --mingw DIR)');
  }
  const entries = [];
  const seen = new Map(); // name -> entry (first definition wins)
  const notes = [];
  const facilities = { hresult: [], ntstatus: [] };
  const add = (table, value, name, source) => {
    const prev = seen.get(name);
    if (prev) {
      if (prev.value !== value) {
        notes.push(`${name}: ${source} says 0x${hex8(value)}, ${prev.source} said 0x${hex8(prev.value)}; kept ${prev.source}`);
      }
      return;
    }
    const e = { table, value: value >>> 0, name, source };
    seen.set(name, e);
    entries.push(e);
  };

  // Constants from winnt.h that the setupapi definitions use.
  const known = new Map();
  const winnt = readText(sources.mingw, 'winnt.h') ?? '';
  for (const d of readCDefines(winnt)) {
    if (/^(?:APPLICATION_ERROR_MASK|ERROR_SEVERITY_\w+)$/.test(d.name)) {
      const v = evaluate(d.expr, () => undefined);
      if (v !== undefined) {
        known.set(d.name, v);
      }
    }
  }

  // mingw-w64 (public domain), in a fixed order.
  const mingwFile = (file, classify) => {
    const text = readText(sources.mingw, file);
    if (text === undefined) {
      return;
    }
    for (const d of evaluateAll(readCDefines(text), known)) {
      const table = classify(d);
      if (table) {
        add(table, d.value, d.name, file);
      }
    }
  };
  const winerrorText = readText(sources.mingw, 'winerror.h');
  for (const d of readCDefines(winerrorText)) {
    if (/^FACILITY_\w+$/.test(d.name) && d.name !== 'FACILITY_NT_BIT') {
      const v = evaluate(d.expr, () => undefined);
      if (v !== undefined) {
        facilities.hresult.push({ value: v, name: d.name, source: 'winerror.h' });
      }
    }
  }
  mingwFile('winerror.h', (d) => {
    if (NOT_A_CODE.test(d.name)) {
      return undefined;
    }
    if (d.name.startsWith('SPAPI_E_')) {
      return 'setupapi';
    }
    return HRESULT_SPELLING.test(d.expr) || d.value > 0xffff ? 'hresult' : 'win32';
  });
  mingwFile('wuerror.h', (d) => (/^WU_[ES]_/.test(d.name) ? 'wu' : undefined));
  const ntText = readText(sources.mingw, 'ntstatus.h') ?? '';
  for (const d of readCDefines(ntText)) {
    if (/^FACILITY_\w+$/.test(d.name) && d.name !== 'FACILITY_MAXIMUM_VALUE') {
      const v = evaluate(d.expr, () => undefined);
      if (v !== undefined) {
        facilities.ntstatus.push({ value: v, name: d.name, source: 'ntstatus.h' });
      }
    }
  }
  mingwFile('ntstatus.h', (d) => (NOT_A_CODE.test(d.name) ? undefined : 'ntstatus'));
  // setupapi.h: ERROR_x = APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|n, plus a few old alias names.
  const isSetupapiValue = (d) => /^ERROR_/.test(d.name) && (d.value & 0xffff0000) >>> 0 === 0xe0000000;
  mingwFile('setupapi.h', (d) => (isSetupapiValue(d) ? 'setupapi' : undefined));
  mingwFile('dismapi.h', (d) => (/^DISMAPI_[ES]_/.test(d.name) ? 'dism' : undefined));
  mingwFile('wininet.h', (d) => (/^ERROR_(?:INTERNET|FTP|GOPHER|HTTP)_/.test(d.name) ? 'win32' : undefined));
  // winhttp.h of mingw-w64 comes from Wine (LGPL-2.1+): ERROR_WINHTTP_* is taken from winapi-rs instead.
  mingwFile('vsserror.h', (d) => (/^VSS_[ES]_/.test(d.name) ? 'hresult' : undefined));
  mingwFile('slerror.h', (d) => (/^SL_[ES]_/.test(d.name) ? 'hresult' : undefined));
  mingwFile('bitsmsg.h', (d) => (/^BG_[ES]_/.test(d.name) ? 'hresult' : undefined));
  // WMI status codes are an enum (WBEMSTATUS) in wbemcli.h, not #defines.
  const wbem = readText(sources.mingw, 'wbemcli.h');
  if (wbem !== undefined) {
    for (const m of wbem.matchAll(/^\s*(WBEM_[ES]_\w+)\s*=\s*(0x[0-9A-Fa-f]+|\d+)\s*,?\s*$/gm)) {
      add('hresult', evaluate(m[2], () => undefined), m[1], 'wbemcli.h');
    }
  }

  // winapi-rs (MIT/Apache-2.0): more recent SDK names.
  if (sources.winapi) {
    const rustFile = (file, classify) => {
      const text = readText(sources.winapi, file);
      if (text === undefined) {
        return;
      }
      const src = `winapi-rs ${file.split('/').pop()}`;
      for (const d of evaluateAll(readRustConsts(text), known)) {
        if (/^FACILITY_\w+$/.test(d.name) && d.name !== 'FACILITY_NT_BIT' && d.name !== 'FACILITY_MAXIMUM_VALUE') {
          const list = file.endsWith('ntstatus.rs') ? facilities.ntstatus : facilities.hresult;
          list.push({ value: d.value, name: d.name, source: src });
          continue;
        }
        const table = classify(d);
        if (table) {
          add(table, d.value, d.name, src);
        }
      }
    };
    rustFile('shared/winerror.rs', (d) => {
      if (NOT_A_CODE.test(d.name) || !['DWORD', 'HRESULT', 'SCODE', 'LONG'].includes(d.type)) {
        return undefined;
      }
      if (d.name.startsWith('SPAPI_E_')) {
        return 'setupapi';
      }
      return d.type === 'HRESULT' || d.value > 0xffff ? 'hresult' : 'win32';
    });
    rustFile('shared/ntstatus.rs', (d) => (NOT_A_CODE.test(d.name) || d.type !== 'NTSTATUS' ? undefined : 'ntstatus'));
    rustFile('um/setupapi.rs', (d) => (isSetupapiValue(d) ? 'setupapi' : undefined));
    rustFile('um/winhttp.rs', (d) => (/^ERROR_WINHTTP_/.test(d.name) && !NOT_A_CODE.test(d.name) ? 'win32' : undefined));
  }

  // Our curated tables (names and numbers that no header has).
  if (existsSync(sources.data)) {
    for (const file of readdirSync(sources.data).filter((f) => f.endsWith('.tsv')).sort()) {
      for (const row of readCuratedTsv(readFileSync(join(sources.data, file), 'utf8'), file)) {
        const prev = seen.get(row.name);
        if (prev && prev.value === row.value) {
          notes.push(`${row.name} (data/error-codes/${file}) is already in ${prev.source}; the curated row is redundant`);
          continue;
        }
        if (prev) {
          notes.push(`${row.name}: data/error-codes/${file} says 0x${hex8(row.value)}, ${prev.source} says 0x${hex8(prev.value)}; kept the curated value as well`);
        }
        // Curated names may repeat a header name with another value (different builds); keep both.
        entries.push({ table: row.table, value: row.value, name: row.name, source: 'curated' });
        if (!prev) {
          seen.set(row.name, entries.at(-1));
        }
      }
    }
  }
  return { entries, facilities, notes };
}

function hex8(v) {
  return (v >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** Renders the TypeScript module. Deterministic: same input, same bytes. */
export function render(collected, sources) {
  const { entries, facilities } = collected;
  // Chunks by (table, source), in table order then source order.
  const chunks = new Map();
  entries.forEach((e, index) => {
    const key = `${e.table}\u0000${e.source}`;
    if (!chunks.has(key)) {
      chunks.set(key, { table: e.table, source: e.source, rows: [] });
    }
    chunks.get(key).rows.push({ ...e, index });
  });
  // Sources in the order they were read (mingw-w64, then winapi-rs, then curated).
  const sourceRank = new Map();
  entries.forEach((e) => sourceRank.has(e.source) || sourceRank.set(e.source, sourceRank.size));
  const ordered = [...chunks.values()].sort(
    (a, b) => TABLES.indexOf(a.table) - TABLES.indexOf(b.table) || sourceRank.get(a.source) - sourceRank.get(b.source),
  );
  const counts = {};
  for (const t of TABLES) {
    counts[t] = entries.filter((e) => e.table === t).length;
  }
  const lines = [];
  lines.push('// Generated by tools/generate-error-codes.mjs: do not edit. Run `npm run generate:codes`.');
  lines.push('//');
  lines.push('// Names and numbers of Windows error codes (facts; no message text).');
  lines.push('// Sources and licences:');
  lines.push('//   - mingw-w64 headers winerror.h, wuerror.h, ntstatus.h, setupapi.h, dismapi.h, wininet.h,');
  lines.push('//     vsserror.h, slerror.h, bitsmsg.h, wbemcli.h (Debian package mingw-w64-common):');
  lines.push('//     public domain.');
  if (sources.winapi) {
    lines.push('//   - winapi-rs shared/winerror.rs, shared/ntstatus.rs, um/setupapi.rs, um/winhttp.rs');
    lines.push('//     (Debian package librust-winapi-dev): MIT OR Apache-2.0.');
  }
  lines.push('//   - data/error-codes/*.tsv: curated by this project from names and numbers that real logs');
  lines.push('//     print and Microsoft documents (provenance per row in the TSV).');
  lines.push(`// Counts: ${TABLES.map((t) => `${t} ${counts[t]}`).join(', ')}.`);
  lines.push('//');
  lines.push('// Format: each chunk is `hex:NAME` lines sorted by value (names of equal value in source order).');
  lines.push('');
  lines.push("export type GeneratedTable = 'win32' | 'hresult' | 'ntstatus' | 'setupapi' | 'wu' | 'dism' | 'cbs' | 'setup';");
  lines.push('');
  lines.push('export interface GeneratedChunk {');
  lines.push('  readonly table: GeneratedTable;');
  lines.push('  readonly source: string;');
  lines.push('  readonly data: string;');
  lines.push('}');
  lines.push('');
  const chunkText = (rows) =>
    rows
      .sort((a, b) => a.value - b.value || a.index - b.index)
      .map((r) => `${r.value.toString(16).toUpperCase()}:${r.name}`)
      .join('\n');
  lines.push('export const CODE_CHUNKS: readonly GeneratedChunk[] = [');
  for (const c of ordered) {
    lines.push(`  {\n    table: '${c.table}',\n    source: '${c.source}',\n    data: \`${chunkText(c.rows)}\`,\n  },`);
  }
  lines.push('];');
  lines.push('');
  const facilityText = (list) => {
    const byName = new Map();
    for (const f of list) {
      if (!byName.has(f.name)) {
        byName.set(f.name, f);
      }
    }
    return [...byName.values()]
      .sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : 1))
      .map((f) => `${f.value.toString(16).toUpperCase()}:${f.name}`)
      .join('\n');
  };
  lines.push('/** HRESULT facilities (`FACILITY_*` of winerror.h / winerror.rs), `hex:NAME` lines. */');
  lines.push(`export const HRESULT_FACILITIES = \`${facilityText(facilities.hresult)}\`;`);
  lines.push('');
  lines.push('/** NTSTATUS facilities (`FACILITY_*` of ntstatus.h / ntstatus.rs), `hex:NAME` lines. */');
  lines.push(`export const NTSTATUS_FACILITIES = \`${facilityText(facilities.ntstatus)}\`;`);
  lines.push('');
  return lines.join('\n');
}

/** Collects and renders: the full text of the generated file for these sources. */
export function generateErrorCodes(options = {}) {
  const sources = resolveSources(options);
  const collected = collect(sources);
  return { text: render(collected, sources), notes: collected.notes, sources };
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        mingw: { type: 'string' },
        winapi: { type: 'string' },
        'no-winapi': { type: 'boolean' },
        stdout: { type: 'boolean' },
        check: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    }));
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  const opts = { ...values, noWinapi: values['no-winapi'] };
  let result;
  try {
    result = generateErrorCodes(opts);
  } catch (e) {
    process.stderr.write(`generate-error-codes: ${e.message}\n`);
    return 1;
  }
  if (opts.verbose) {
    for (const n of result.notes) {
      process.stderr.write(`note: ${n}\n`);
    }
  }
  if (!result.sources.winapi) {
    process.stderr.write('note: winapi-rs not found; generating from mingw-w64 and curated data only\n');
  }
  if (opts.stdout) {
    process.stdout.write(result.text);
    return 0;
  }
  if (opts.check) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (current !== result.text) {
      process.stderr.write('analysis/src/codes/errorCodes.generated.ts is stale: run `npm run generate:codes` and commit\n');
      return 1;
    }
    return 0;
  }
  writeFileSync(OUTPUT, result.text);
  process.stderr.write(`wrote ${OUTPUT} (${result.text.length} bytes)\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
