// Operations while they are being read: builders open, amend and close drafts line by line (the
// same way for a whole document and for a file streamed in windows), then `finishDrafts` turns
// them into frozen `Operation` values with attempts counted.

import type { Operation, OperationKind, Outcome } from '../model.js';
import { must } from '../must.js';
import { phrase, type Phrase } from '../messages/index.js';

export interface Draft {
  kind: OperationKind;
  name: Phrase;
  subject?: string;
  startLine: number;
  endLine: number;
  outcome?: Outcome;
  code?: number;
  verdictLine?: number;
  /** The line that explains a failure, when the builder knows it better than the line rules. */
  rootLine?: number;
  rootWords?: string;
  /** Line of the next attempt, when this one failed as a user's mistake (a mistyped command). */
  retriedAt?: number;
  /** How strongly the verdict line states the outcome: a stronger line replaces a weaker one. */
  verdictRank?: number;
  why?: Phrase;
  container: boolean;
  open: boolean;
  children: Draft[];
}

export interface DraftTree {
  readonly top: Draft[];
  /** Open drafts, oldest first. */
  readonly open: Draft[];
  start(kind: OperationKind, name: Phrase, line: number, parent?: Draft, container?: boolean): Draft;
  /** Close `d` at `line`; what is still open inside it closes as unknown. */
  end(d: Draft, line: number, why?: Phrase): void;
  /** The newest open draft of one of `kinds`. */
  latest(...kinds: OperationKind[]): Draft | undefined;
  /** Everything still open: closed at `line`, outcome unknown unless already stated. */
  endAll(line: number, why: Phrase): void;
  /**
   * `to` takes the end `from` was given (its end line, outcome and verdict) and `from` is open
   * again: an END paired with the wrong one of several calls that look alike.
   */
  moveEnd(from: Draft, to: Draft): void;
}

export function createDraftTree(): DraftTree {
  const top: Draft[] = [];
  const open: Draft[] = [];
  const end = (d: Draft, line: number, why?: Phrase): void => {
    for (const child of d.children) {
      if (child.open) {
        end(child, line, why ?? (d.kind === 'cbs-ti-run' ? phrase('why.tiRunEnded') : phrase('why.parentEnded', { operation: d.name })));
      }
    }
    d.open = false;
    d.endLine = Math.max(d.startLine, line);
    if (d.outcome === undefined && !d.container) {
      d.outcome = 'unknown';
      d.why ??= why;
    }
    const k = open.indexOf(d);
    if (k >= 0) {
      open.splice(k, 1);
    }
  };
  return {
    top,
    open,
    start(kind, name, line, parent, container = false) {
      const d: Draft = { kind, name, startLine: line, endLine: line, container, open: true, children: [] };
      (parent ? parent.children : top).push(d);
      open.push(d);
      return d;
    },
    end,
    latest(...kinds) {
      for (let k = open.length - 1; k >= 0; k--) {
        const d = must(open[k]);
        if (kinds.includes(d.kind)) {
          return d;
        }
      }
      return undefined;
    },
    endAll(line, why) {
      for (let d = open[0]; d !== undefined; d = open[0]) {
        end(d, line, why);
      }
    },
    moveEnd(from, to) {
      to.outcome = from.outcome;
      to.code = from.code;
      to.verdictLine = from.verdictLine;
      to.verdictRank = from.verdictRank;
      to.rootLine = from.rootLine;
      to.rootWords = from.rootWords;
      to.why = from.why;
      end(to, from.endLine);
      Object.assign(from, { outcome: undefined, code: undefined, verdictLine: undefined, verdictRank: undefined, rootLine: undefined, rootWords: undefined, why: undefined, endLine: from.startLine, open: true });
      const at = open.findIndex((d) => d.startLine > from.startLine);
      open.splice(at < 0 ? open.length : at, 0, from);
    },
  };
}

/**
 * Set the outcome: the first line that states it wins over later echoes, unless a later line
 * states it with more authority (`rank`: CBS's `Exec: Processing complete` over the failure
 * report written before it).
 */
/** Name the line that explains the outcome, with its words. */
export function blame(d: Draft, line: number, message: string): void {
  d.rootLine = line;
  d.rootWords = message.trim().replace(/\s+/g, ' ').slice(0, 160);
}

export function settle(d: Draft, outcome: Outcome, line: number, code?: number, rank = 1): void {
  if (d.outcome !== undefined && d.outcome !== 'unknown' && d.outcome !== 'none' && (d.verdictRank ?? 1) >= rank) {
    return;
  }
  d.outcome = outcome;
  d.verdictLine = line;
  d.verdictRank = rank;
  d.code = code;
}

/**
 * Frozen operations, with attempts: operations of one kind and subject are attempts of the same
 * thing, and a failed attempt that a later attempt redid successfully says where.
 */
export function finishDrafts(drafts: readonly Draft[]): Operation[] {
  const bySubject = new Map<string, Draft[]>();
  const visit = (d: Draft): void => {
    if (!d.container && d.subject !== undefined) {
      const key = `${d.kind}|${d.subject}`;
      const list = bySubject.get(key) ?? [];
      list.push(d);
      bySubject.set(key, list);
    }
    d.children.forEach(visit);
  };
  drafts.forEach(visit);
  const attempts = new Map<Draft, { attempt: number; redoneAt?: number }>();
  for (const list of bySubject.values()) {
    list.sort((a, b) => a.startLine - b.startLine);
    // Walked from the end, so the first later attempt that worked is known without a rescan (a
    // subject can have thousands of attempts).
    let later: Draft | undefined;
    for (let k = list.length - 1; k >= 0; k--) {
      const d = must(list[k]);
      attempts.set(d, { attempt: k + 1, redoneAt: d.outcome === 'failed' && later ? (later.verdictLine ?? later.startLine) : undefined });
      if (d.outcome === 'succeeded' || d.outcome === 'reboot-pending') {
        later = d;
      }
    }
  }
  const freeze = (d: Draft): Operation => {
    const children = d.children.map(freeze);
    const a = attempts.get(d);
    return {
      kind: d.kind,
      name: d.name,
      subject: d.subject,
      startLine: d.startLine,
      endLine: d.endLine,
      outcome: d.outcome ?? (d.container ? worstOf(children) : 'unknown'),
      code: d.code,
      verdictLine: d.verdictLine,
      rootLine: d.rootLine,
      rootWords: d.rootWords,
      why: d.why,
      attempt: a?.attempt ?? 1,
      redoneAt: a?.redoneAt ?? d.retriedAt,
      container: d.container,
      children,
    };
  };
  return drafts.map(freeze);
}

const WORST: readonly Outcome[] = ['failed', 'cancelled', 'unknown', 'reboot-pending', 'succeeded', 'not-applicable', 'none'];

/** A container's outcome: the worst of what ran inside it that was not redone. */
function worstOf(children: readonly Operation[]): Outcome {
  let worst: Outcome = 'none';
  for (const c of children) {
    const o = c.outcome === 'failed' && c.redoneAt !== undefined ? 'succeeded' : c.outcome;
    if (WORST.indexOf(o) < WORST.indexOf(worst)) {
      worst = o;
    }
  }
  return worst;
}
