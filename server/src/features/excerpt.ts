// The excerpt of a log over 50 MB: the lines around each failure found by Analyze Large Log, in
// file order, as one read-only document the client opens and the server analyses like any log
// (hover, summary, report). Unchanged lines, no markers between the pieces, so every parser rule
// applies as it would to the file.

import { textOf, type Failure } from '../../../analysis/src/index.js';
import type { AnsiCodePage } from '../../../analysis/src/index.js';
import { isProblem, readLogText } from '../files/read.js';

/** Lines kept before and after each failure line. */
const CONTEXT_LINES = 3;
/** Failures the excerpt is built around, errors first (the rest stay in the Failures view). */
const MAX_FAILURES = 2000;

const RANK: Record<Failure['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The last analysis of each large file, kept for its excerpt. */
export const largeFailures = new Map<string, { file: string; ansi: AnsiCodePage; failures: readonly Failure[] }>();

export function excerptLines(failures: readonly Failure[]): Set<number> {
  const chosen = [...failures].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line).slice(0, MAX_FAILURES);
  const wanted = new Set<number>();
  for (const f of chosen) {
    for (let l = Math.max(0, f.line - CONTEXT_LINES); l <= f.line + CONTEXT_LINES; l++) {
      wanted.add(l);
    }
  }
  return wanted;
}

/** Read `file` once and keep the `wanted` lines (0-based), in order. */
export async function readExcerpt(file: string, ansi: AnsiCodePage, wanted: ReadonlySet<number>): Promise<{ text: string; lines: number[] }> {
  const kept: string[] = [];
  const lines: number[] = [];
  let line = 0;
  let carry = '';
  const take = (text: string, final: boolean): void => {
    const parts = (carry + text).split('\n');
    carry = final ? '' : (parts.pop() ?? '');
    for (const part of parts) {
      if (wanted.has(line)) {
        kept.push(part.replace(/\r$/, ''));
        lines.push(line);
      }
      line++;
    }
  };
  // The one read path: regular files only, never a FIFO, decoded as the analysis decoded them.
  const read = await readLogText(file, (text) => take(text, false), { ansi });
  if (isProblem(read)) {
    throw new Error(`${file}: ${textOf('en', read.reason)}`);
  }
  take('', true);
  return { text: kept.join('\n') + '\n', lines };
}
