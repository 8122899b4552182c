// Our own explanations of the codes that matter in servicing: what the code means, what usually
// causes it in CBS / DISM / SetupAPI / Windows Update / Setup, and what to check next. Written by
// this project; no Microsoft or Wine message text.
//
// The texts live in ./explain/*.ts as small documents in this format, parsed once on first use:
//
//   @ NAME_ONE NAME_TWO 0x800F081F      keys: symbolic names and/or 8-digit hex values
//   ~ One-line summary for the hover header (optional)
//   = What the code means (one paragraph)
//   - A common cause (one or more)
//   > What to check next (one or more)
//
// A line that starts with two spaces continues the line above it.

import { CBS_EXPLANATIONS } from './explain/cbs';
import { CBS_EXEC_EXPLANATIONS } from './explain/cbs2';
import { CBS_MORE_EXPLANATIONS } from './explain/cbs3';
import { COM_EXPLANATIONS } from './explain/com';
import { NTSTATUS_EXPLANATIONS } from './explain/ntstatus';
import { SETUP_EXPLANATIONS } from './explain/setup';
import { SETUPAPI_EXPLANATIONS } from './explain/setupapi';
import { WIN32_EXPLANATIONS } from './explain/win32';
import { WIN32_MORE_EXPLANATIONS } from './explain/win32more';
import { WU_EXPLANATIONS } from './explain/wu';

export interface Explanation {
  /** Symbolic names and/or `0x`-prefixed 8-digit upper-case hex values this entry covers. */
  keys: string[];
  summary?: string;
  meaning: string;
  causes: string[];
  next: string[];
}

const DOCUMENTS: readonly [string, string][] = [
  ['cbs', CBS_EXPLANATIONS],
  ['cbs2', CBS_EXEC_EXPLANATIONS],
  ['cbs3', CBS_MORE_EXPLANATIONS],
  ['win32', WIN32_EXPLANATIONS],
  ['win32more', WIN32_MORE_EXPLANATIONS],
  ['com', COM_EXPLANATIONS],
  ['wu', WU_EXPLANATIONS],
  ['setupapi', SETUPAPI_EXPLANATIONS],
  ['ntstatus', NTSTATUS_EXPLANATIONS],
  ['setup', SETUP_EXPLANATIONS],
];

/** Parses one explanation document. Throws on a malformed line (tests run every document). */
export function parseExplanations(text: string, documentName = 'explanations'): Explanation[] {
  const out: Explanation[] = [];
  let current: Explanation | undefined;
  // Where the next continuation line goes.
  let append: ((more: string) => void) | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      return;
    }
    if (line.startsWith('  ')) {
      if (!append) {
        throw new Error(`${documentName}:${i + 1}: continuation line without a line to continue`);
      }
      append(line.trim());
      return;
    }
    const tag = line[0];
    const body = line.slice(1).trim();
    if (tag === '@') {
      current = { keys: body.split(/\s+/).map(normalizeKey), meaning: '', causes: [], next: [] };
      out.push(current);
      append = undefined;
      return;
    }
    if (!current) {
      throw new Error(`${documentName}:${i + 1}: text before the first @ line`);
    }
    const entry = current;
    switch (tag) {
      case '~':
        entry.summary = body;
        append = (more) => (entry.summary += ' ' + more);
        break;
      case '=':
        entry.meaning = body;
        append = (more) => (entry.meaning += ' ' + more);
        break;
      case '-': {
        const at = entry.causes.push(body) - 1;
        append = (more) => (entry.causes[at] += ' ' + more);
        break;
      }
      case '>': {
        const at = entry.next.push(body) - 1;
        append = (more) => (entry.next[at] += ' ' + more);
        break;
      }
      default:
        throw new Error(`${documentName}:${i + 1}: unknown line tag ${JSON.stringify(tag)}`);
    }
  });
  return out;
}

/** `0x800f081f` -> `0x800F081F`; names unchanged. */
export function normalizeKey(key: string): string {
  return /^0x[0-9a-f]{1,8}$/i.test(key) ? '0x' + key.slice(2).toUpperCase().padStart(8, '0') : key;
}

let all: Explanation[] | undefined;
let byKey: Map<string, Explanation> | undefined;

function load(): Map<string, Explanation> {
  if (!byKey) {
    all = DOCUMENTS.flatMap(([name, text]) => parseExplanations(text, name));
    byKey = new Map();
    for (const e of all) {
      for (const k of e.keys) {
        if (!byKey.has(k)) {
          byKey.set(k, e);
        }
      }
    }
  }
  return byKey;
}

/** Every explanation entry (for tests and coverage). */
export function allExplanations(): readonly Explanation[] {
  load();
  return all!;
}

/** The names of the documents and their raw text (for tests). */
export function explanationDocuments(): readonly [string, string][] {
  return DOCUMENTS;
}

/** The first entry that covers any of the keys (names, or values as numbers), in key order. */
export function explanationFor(keys: readonly (string | number)[]): Explanation | undefined {
  const map = load();
  for (const k of keys) {
    const key = typeof k === 'number' ? '0x' + (k >>> 0).toString(16).toUpperCase().padStart(8, '0') : k;
    const e = map.get(key);
    if (e) {
      return e;
    }
  }
  return undefined;
}
