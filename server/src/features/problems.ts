// What goes to the Problems panel. VS Code keeps at most 1,000 diagnostics per file and drops the
// rest without a word, so a log with more failures than `cap` is grouped: the most repeated kind
// of failure (same severity and code) becomes one diagnostic at its first line, with the count
// and the other lines as related information, until the list fits. Nothing is dropped: every
// failure is still listed in the Failures view, and a grouped diagnostic says so.

import { must, phrase, type Failure, type Severity } from '../../../analysis/src/index.js';

/** VS Code's own limit of markers per file (MarkerService). */
export const PROBLEMS_PER_FILE = 1000;
/** Related lines shown under a grouped diagnostic (the rest are in the Failures view). */
const GROUP_LINES = 20;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface ProblemGroup {
  first: Failure;
  /** Every failure of the group, in line order (first included). */
  members: Failure[];
}

/** One entry per failure, or per group where grouping was needed; in line order. */
export function groupProblems(failures: readonly Failure[], cap = PROBLEMS_PER_FILE): ProblemGroup[] {
  const limit = Math.min(cap, PROBLEMS_PER_FILE);
  if (failures.length <= limit) {
    return failures.map((f) => ({ first: f, members: [f] }));
  }
  const kinds = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.severity}\u0000${f.code}`;
    const list = kinds.get(key);
    if (list) {
      list.push(f);
    } else {
      kinds.set(key, [f]);
    }
  }
  // Fold the least severe, most repeated kinds first; stop as soon as the list fits.
  const order = [...kinds.values()].sort((a, b) => RANK[must(b[0]).severity] - RANK[must(a[0]).severity] || b.length - a.length);
  const folded = new Set<Failure[]>();
  let total = failures.length;
  for (const list of order) {
    if (total <= limit) {
      break;
    }
    if (list.length > 1) {
      folded.add(list);
      total -= list.length - 1;
    }
  }
  const out: ProblemGroup[] = [];
  for (const list of kinds.values()) {
    if (folded.has(list)) {
      out.push({ first: must(list[0], 'a kind lists its first failure'), members: list });
    } else {
      out.push(...list.map((f) => ({ first: f, members: [f] })));
    }
  }
  // More distinct kinds than the cap: the most severe stay; the Failures view has the rest.
  return out
    .sort((a, b) => RANK[a.first.severity] - RANK[b.first.severity] || a.first.line - b.first.line)
    .slice(0, limit)
    .sort((a, b) => a.first.line - b.first.line);
}

/** The failure a group stands for: its first line, with the count in the message and the others related. */
export function groupedFailure(group: ProblemGroup): Failure {
  const { first, members } = group;
  if (members.length === 1) {
    return first;
  }
  const others = members.slice(1);
  const related = others.slice(0, GROUP_LINES).map((f) => ({ line: f.line, message: phrase('problems.alsoAt', { line: f.line + 1 }) }));
  const more = others.length > GROUP_LINES ? phrase('problems.more', { count: others.length - GROUP_LINES }) : '';
  return {
    ...first,
    message: phrase('problems.grouped', { message: first.message, count: members.length, others: others.length, more }),
    count: members.reduce((sum, f) => sum + (f.count ?? 1), 0),
    related: [...first.related, ...related],
  };
}
