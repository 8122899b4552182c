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

import type { LogDocument } from '../document.js';
import { scanKeys, visitKeys, type KeySpan } from './keyScan.js';
import { infoOf } from '../documentInfo.js';
import { must } from '../must.js';

export { scanKeys, visitKeys, type KeyKind, type KeySpan, type KeyVisitor } from './keyScan.js';

/** The keys of one line, with columns. */
export function keysOfLine(doc: LogDocument, line: number): KeySpan[] {
  const start = doc.lines.starts[line];
  const end = doc.lines.ends[line];
  if (start === undefined || end === undefined) {
    return [];
  }
  return scanKeys(doc.text, start, end).map((k) => ({ ...k, start: k.start - start, end: k.end - start }));
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

/** The key index of a document: one scan of the whole text, built on first use, kept in its info. */
export function keyIndexOf(doc: LogDocument): KeyIndex {
  const info = infoOf(doc);
  info.keyIndex ??= buildKeyIndex(doc);
  return info.keyIndex;
}

function buildKeyIndex(doc: LogDocument): KeyIndex {
  const index = new Map<string, number[]>();
  if (doc.kind === 'plain') {
    return index;
  }
  const starts = doc.lines.starts;
  const count = doc.lines.count;
  // Each scanner reports keys in text order; the line cursor restarts when a new scanner begins.
  let line = 0;
  let previousStart = -1;
  visitKeys(doc.text, 0, doc.text.length, (_kind, key, start) => {
    if (start < previousStart) {
      line = 0;
    }
    previousStart = start;
    while (line + 1 < count && must(starts[line + 1]) <= start) {
      line++;
    }
    const lines = index.get(key);
    if (!lines) {
      index.set(key, [line]);
    } else if (lines[lines.length - 1] !== line) {
      lines.push(line);
    }
  });
  return index;
}

/** The short value of a key (`oposdrv.inf`, `KB5016623`), for messages. */
export function keyValue(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
