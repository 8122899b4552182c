// Folding ranges and the Outline, derived from the sections of a LogDocument.

import type { Failure, Section } from './model.js';
import type { LogDocument } from './document.js';
import { firstAtLeast } from './search.js';

export interface FoldRange {
  startLine: number;
  endLine: number;
  /** Contains an error: kept first when the client's range limit cuts the list. */
  failing: boolean;
}

/** Every foldable range, outermost first. `limit` keeps failing ranges, then the largest. */
export function getFoldRanges(doc: LogDocument, failures: readonly Failure[], limit = Infinity): readonly FoldRange[] {
  const errorLines = failures.filter((f) => f.severity === 'error').map((f) => f.line);
  const ranges: FoldRange[] = [];
  const visit = (sections: readonly Section[]): void => {
    for (const s of sections) {
      if (s.endLine > s.startLine) {
        ranges.push({ startLine: s.startLine, endLine: s.endLine, failing: s.failed || containsAny(errorLines, s.startLine, s.endLine) });
      }
      visit(s.children);
    }
  };
  visit(doc.sections);
  if (ranges.length <= limit) {
    return ranges;
  }
  const ranked = [...ranges].sort((a, b) => Number(b.failing) - Number(a.failing) || b.endLine - b.startLine - (a.endLine - a.startLine));
  return ranked.slice(0, limit).sort((a, b) => a.startLine - b.startLine);
}

/** Sorted `lines` has an entry in [from, to]. */
function containsAny(lines: readonly number[], from: number, to: number): boolean {
  const at = firstAtLeast(lines, from, (line) => line);
  const first = lines[at];
  return first !== undefined && first <= to;
}

const OUTLINE_KINDS = new Set<Section['kind']>([
  'setupapi-section',
  'setupapi-block',
  'setupapi-header',
  'cbs-trusted-installer',
  'cbs-session',
  'cbs-sfc',
  'cbs-sur-report',
  'cbs-advanced-installer',
  'dism-session',
  'wu-operation',
]);

/**
 * The Outline: sections with the kinds worth navigating (not every multi-line record), marked
 * failed when an error lies inside. At most `limit` symbols, breadth first.
 */
export function getOutline(doc: LogDocument, failures: readonly Failure[], limit = 10000): readonly Section[] {
  const errorLines = failures.filter((f) => f.severity === 'error').map((f) => f.line).sort((a, b) => a - b);
  let budget = limit;
  const copy = (sections: readonly Section[]): Section[] => {
    const out: Section[] = [];
    for (const s of sections) {
      if (!OUTLINE_KINDS.has(s.kind) || budget <= 0) {
        continue;
      }
      budget--;
      out.push({ ...s, failed: s.failed || containsAny(errorLines, s.startLine, s.endLine), children: [] });
    }
    let k = 0;
    for (const s of sections) {
      const entry = out[k];
      if (OUTLINE_KINDS.has(s.kind) && entry && entry.startLine === s.startLine && entry.kind === s.kind) {
        entry.children = copy(s.children);
        k++;
      }
    }
    return out;
  };
  return copy(doc.sections);
}
