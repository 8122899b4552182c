// Severity from outcomes (operations.md §1): every failure the line rules found is judged by the
// operation it belongs to. The verdict of a failed operation and its root cause are Errors; the
// rest of its chain is related information on the verdict. An attempt redone successfully is a
// Warning that says where; failures inside an operation that succeeded are Information; an
// operation whose outcome is unknown gives at most Warnings, unless a verdict phrase says more.
// A failure repeated inside one operation is one diagnostic with a count.

import type { Failure, Operation, RelatedLine, Severity } from '../model.js';
import { DiagnosticCode as C } from './catalog.js';
import { codeSuffix, sameCode } from './label.js';
import { logText, phrase, textOf, type Phrase } from '../messages/index.js';
import { gradedOperations } from '../operations/index.js';
import { must } from '../must.js';
import { runSteps } from '../document.js';

/** How many lines of a chain or a group a diagnostic lists as related information. */
const MAX_RELATED = 20;

export interface GradeContext {
  /** Decoded label of a code, as diagnostic messages name it (`0x800F081F CBS_E_SOURCE_MISSING`). */
  label(value: number): string;
  /** Lines of the document: a short one without operations is an excerpt (unset: a streamed file). */
  lineCount?: number;
}

/** Longer than this, a text without operations is a log that states no outcome, not a paste. */
const EXCERPT_LINES = 50;

interface Slot {
  op?: Operation;
  members: Failure[];
}

export function gradeFailures(candidates: readonly Failure[], operations: readonly Operation[], context: GradeContext): Failure[] {
  return runSteps(gradeSteps(candidates, operations, context));
}

/** Operations graded between two pauses of `gradeSteps`. */
const SLOTS_PER_STEP = 256;

/** `gradeFailures` in steps, pausing (yield) every few hundred operations so a server can answer requests. */
export function* gradeSteps(candidates: readonly Failure[], operations: readonly Operation[], context: GradeContext): Generator<void, Failure[]> {
  const graded = gradedOperations(operations);
  const slots = assign(candidates, graded);
  const out: Failure[] = [];
  const failedRoots = new Map<Operation, Failure>();
  // Inner operations first (a shorter span never holds a longer one): a failed child's root
  // cause is its failed parent's root cause too.
  const span = (op: Operation | undefined): number => (op ? op.endLine - op.startLine : Infinity);
  const order = [...slots.values()].sort((a, b) => span(a.op) - span(b.op));
  // An excerpt (a paste of a few lines, no operation in it): every line that failed or names what
  // broke stays visible; the summary picks the most telling.
  if (graded.length === 0 && context.lineCount !== undefined && context.lineCount <= EXCERPT_LINES) {
    return gradeUnknown(slots.get(undefined)!.members, undefined)
      .map((f) => (f.severity === 'information' && f.role !== 'noise' && (f.value !== undefined || f.clue === 'cause') ? { ...f, severity: 'warning' as const } : f))
      .sort((a, b) => a.line - b.line || a.start - b.start);
  }
  for (const [k, slot] of order.entries()) {
    out.push(...gradeSlot(slot, failedRoots, context));
    if (k % SLOTS_PER_STEP === SLOTS_PER_STEP - 1) {
      yield;
    }
  }
  return out.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Each candidate goes to the innermost graded operation around its line (the latest started). */
function assign(candidates: readonly Failure[], ops: readonly Operation[]): Map<Operation | undefined, Slot> {
  const slots = new Map<Operation | undefined, Slot>();
  for (const op of ops) {
    slots.set(op, { op, members: [] });
  }
  slots.set(undefined, { members: [] });
  // The root cause the operation model names is its operation's, wherever the line ran (a
  // handler's result logged inside the deployment call that the failed install call waited on).
  const named = new Map<number, Operation>();
  for (const op of ops) {
    if (op.outcome === 'failed' && op.rootLine !== undefined) {
      named.set(op.rootLine, op);
    }
  }
  const active: Operation[] = [];
  let next = 0;
  for (const f of candidates) {
    for (let op = ops[next]; op !== undefined && op.startLine <= f.line; op = ops[++next]) {
      active.push(op);
    }
    // The newest operation around the line; one that states an outcome before one that needs none
    // (a query session opened while an install runs does not own the install's lines).
    let best: Operation | undefined;
    for (let k = active.length - 1; k >= 0; k--) {
      const op = must(active[k]);
      if (op.endLine < f.line) {
        active.splice(k, 1);
      } else if (owns(op, best, f.line)) {
        best = op;
      }
    }
    slots.get((named.size > 0 ? named.get(f.line) : undefined) ?? cutShortBy(best, active, f.line) ?? best)!.members.push(f);
  }
  // A failed operation whose verdict line no rule flagged still gets its verdict.
  return slots;
}

/**
 * An operation still running when the one around it failed (Setup's WinPE phase when the Safe OS
 * phase gave up) has no outcome of its own; its failures just before that verdict are the verdict's
 * chain, not failures of their own.
 */
function cutShortBy(op: Operation | undefined, active: readonly Operation[], line: number): Operation | undefined {
  if (op?.outcome !== 'unknown') {
    return undefined;
  }
  return active.find((p) => p !== op && p.outcome === 'failed' && p.verdictLine !== undefined && p.verdictLine >= line && p.verdictLine - line <= VERDICT_GAP && op.endLine >= p.verdictLine && p.startLine <= op.startLine);
}

function owns(op: Operation, best: Operation | undefined, line: number): boolean {
  if (!best) {
    return true;
  }
  // An operation's verdict line is its own, whatever ran inside it until then.
  if ((op.verdictLine === line) !== (best.verdictLine === line)) {
    return op.verdictLine === line;
  }
  if ((op.outcome === 'none') !== (best.outcome === 'none')) {
    return best.outcome === 'none';
  }
  // TrustedInstaller executes one session at a time: a session opened while another runs waits
  // in the execution queue, so the lines until the running one ends are the running one's.
  if (op.kind === 'cbs-session' && best.kind === 'cbs-session') {
    return op.startLine < best.startLine;
  }
  return op.startLine > best.startLine;
}

function gradeSlot(slot: Slot, failedRoots: Map<Operation, Failure>, context: GradeContext): Failure[] {
  const { op, members } = slot;
  if (!op) {
    return gradeUnknown(members, undefined);
  }
  switch (op.outcome) {
    case 'failed':
      return gradeFailed(op, members, failedRoots, context);
    case 'cancelled':
      return gradeEnded(op, members, 'warning', phrase('grade.cancelled', { operation: op.name, at: codeSuffix(op.code !== undefined ? context.label(op.code) : '') }));
    case 'unknown':
      return gradeUnknown(members, op);
    default:
      return gradeQuiet(op, members);
  }
}

/** The verdict and root cause of a failed operation; its chain hangs on the verdict. */
function gradeFailed(op: Operation, members: Failure[], failedRoots: Map<Operation, Failure>, context: GradeContext): Failure[] {
  const verdictLine = op.verdictLine ?? op.endLine;
  const live = members.filter((f) => f.role !== 'noise');
  const verdictCandidate = live.find((f) => f.line === verdictLine) ?? [...live].reverse().find((f) => f.role === 'verdict' && f.line <= verdictLine);
  const verdictBase: Failure = verdictCandidate ?? {
    line: verdictLine,
    start: 0,
    end: 0,
    severity: 'error',
    code: C.operationFailed,
    message: phrase('grade.failed', { operation: op.name, at: codeSuffix(op.code !== undefined ? context.label(op.code) : ''), why: whyOf(op) }),
    role: 'verdict',
    value: op.code,
    related: [],
  };
  // The root cause of a failed operation inside this one, if it comes before this verdict.
  const childRoot = descendants(op)
    .map((child) => failedRoots.get(child))
    .filter((r): r is Failure => r !== undefined && r.line <= verdictLine)
    .sort((a, b) => a.line - b.line)
    .pop();
  const root = childRoot ?? findRoot(live, verdictBase, op);
  const redone = op.redoneAt;
  const rejected = op.why?.key === 'why.rejected';
  const severity: Severity = redone !== undefined ? 'warning' : 'error';
  const redoneKey = rejected ? 'grade.retyped' : 'grade.redone';
  const chain = live.filter((f) => f !== verdictCandidate && f !== root && f.line <= op.endLine);
  const [rootGroup, rest] = partition(chain, (f) => root !== undefined && f.code === root.code && f.value === root.value && f.role !== 'verdict');
  const related: RelatedLine[] = [];
  const out: Failure[] = [];
  let rootOut: Failure | undefined;
  if (root && root !== verdictCandidate && root.line !== verdictBase.line) {
    const count = rootGroup.length;
    rootOut = {
      ...root,
      value: chainCode(root, live, verdictBase) ?? root.value,
      // A redone attempt's cause is still worth a look (it may strike again): a Warning, like its verdict.
      severity: redone !== undefined ? 'warning' : 'error',
      role: 'root-cause',
      message: count > 0 ? phrase('grade.moreLikeIt', { message: root.message, count }) : root.message,
      related: [{ line: verdictBase.line, message: verdictBase.message, role: 'leads-to' }, ...rootGroup.slice(0, MAX_RELATED).map((f) => ({ line: f.line, message: f.message }))],
      count: count + 1,
    };
    related.push({ line: root.line, message: root.message, role: 'root-cause' });
    if (!childRoot) {
      out.push(rootOut);
    }
  }
  for (const f of rest.slice(0, MAX_RELATED)) {
    related.push({ line: f.line, message: f.message });
  }
  const firstLeftOut = rest[MAX_RELATED];
  if (firstLeftOut) {
    related.push({ line: firstLeftOut.line, message: phrase('grade.moreOfChain', { count: rest.length - MAX_RELATED }) });
  }
  const verdict: Failure = {
    ...verdictBase,
    severity,
    role: 'verdict',
    message: redone !== undefined ? phrase(redoneKey, { message: verdictBase.message, line: redone + 1 }) : verdictBase.message,
    related: [...verdictBase.related, ...related.sort((a, b) => a.line - b.line)],
  };
  out.push(verdict);
  // The chain stays visible, quietly, each line pointing at its verdict.
  for (const f of [...rootGroup, ...rest]) {
    out.push({ ...f, severity: f.role === 'noise' ? 'hint' : 'information', role: 'chain', related: [...f.related, { line: verdict.line, message: verdict.message, role: 'part-of' }] });
  }
  out.push(...members.filter((f) => f.role === 'noise'));
  // A failed operation inside a failed one (Setup's operation inside its phase): both verdicts
  // stand, and they share this root cause, stated once.
  failedRoots.set(op, rootOut ?? root ?? verdict);
  return out;
}

/** CBS_E_SOURCE_MISSING and its kin: the cause is a source that could not be used. */
const SOURCE_MISSING = new Set([0x800f081f, 0x800f0906, 0x800f0907, 0x800f0950, 0x800f0954]);
/** Matched against a message's English words: what the line says, in the one language the rules read. */
const RX_SOURCE_CLUE = /[Ss]ource|AddSource|replacement (?:file|payload)/;

/**
 * Root cause: the line the operation model names; else a cause with the verdict's code (or, for a
 * missing source, a source that could not be used); else the earliest line with the verdict's code;
 * else the earliest cause; else the earliest error.
 */
function findRoot(members: readonly Failure[], verdict: Failure, op: Operation): Failure | undefined {
  if (op.rootLine !== undefined) {
    const named = members.find((f) => f.line === op.rootLine);
    return named ?? namedRoot(op);
  }
  const before = members.filter((f) => f.line < verdict.line || (f.line === verdict.line && f !== verdict));
  const same = (f: Failure): boolean => f.value !== undefined && verdict.value !== undefined && sameCode(f.value, verdict.value);
  const sourceCase = verdict.value !== undefined && SOURCE_MISSING.has(verdict.value);
  return (
    before.find((f) => f.clue === 'cause' && (f.value === undefined || same(f) || (sourceCase && RX_SOURCE_CLUE.test(textOf('en', f.message))))) ??
    (verdict.value !== undefined && GENERIC.has(verdict.value) ? firstOfBurst(before, verdict) : undefined) ??
    causeInsideChain(before, same) ??
    before.find(same) ??
    before.find((f) => f.clue === 'cause') ??
    before.find((f) => f.severity === 'error') ??
    (op.kind === 'setupapi-section' ? before.find((f) => f.severity === 'warning') : undefined)
  );
}

/**
 * A line that names what broke amid (or heading) the lines carrying the verdict's code, whatever code it prints
 * itself (Setup's `SPWIMCallback: Error in apply of <file>` shows only the thread's last error).
 */
function causeInsideChain(before: readonly Failure[], same: (f: Failure) => boolean): Failure | undefined {
  const first = before.findIndex(same);
  if (first < 0) {
    return undefined;
  }
  let last = first;
  before.forEach((f, k) => {
    if (same(f)) {
      last = k;
    }
  });
  // …or just before it: the line naming the file, then the stack unwinding with the code.
  return before.slice(Math.max(0, first - 1), last).find((f) => f.clue === 'cause');
}

/** The verdict's code, for a cause line amid its chain that prints only a thread's last error. */
function chainCode(root: Failure, members: readonly Failure[], verdict: Failure): number | undefined {
  const code = verdict.value;
  if (root.clue !== 'cause' || code === undefined || root.value === undefined || sameCode(root.value, code)) {
    return undefined;
  }
  return members.some((f) => f.line < root.line && f.value !== undefined && sameCode(f.value, code)) ? code : undefined;
}

/** Codes that say only "it failed": the specific code is further down the chain. */
const GENERIC = new Set([0x80004005, 0x8000ffff, 0x80004001]);
/** Failures further apart than this, in lines, are not one chain. */
const BURST_LINES = 40;

/**
 * In the unbroken run of failures that ends at the verdict: the specific code the Error lines
 * closest to the verdict carry, at its first line (the cascade of a locked hive is Error lines with
 * its code, and the first line with it names the hive); else the earliest specific failure.
 */
function firstOfBurst(before: readonly Failure[], verdict: Failure): Failure | undefined {
  const burst: Failure[] = [];
  let previous = verdict.line;
  for (let k = before.length - 1; k >= 0; k--) {
    const f = must(before[k]);
    if (previous - f.line > BURST_LINES) {
      break;
    }
    previous = f.line;
    if (f.role !== 'noise' && f.value !== undefined && !GENERIC.has(f.value)) {
      burst.push(f);
    }
  }
  const cascade = burst.find((f) => f.severity === 'error');
  const code = cascade?.value;
  return (code !== undefined ? burst.filter((f) => sameCode(f.value!, code)).pop() : undefined) ?? burst[burst.length - 1];
}

/** The root cause the operation model names on a line that no line rule flagged. */
function namedRoot(op: Operation): Failure | undefined {
  if (op.rootLine === undefined || op.rootLine === op.verdictLine) {
    return undefined;
  }
  const message = op.rootWords !== undefined ? logText(op.rootWords) : phrase('grade.explains', { operation: op.name });
  return { line: op.rootLine, start: 0, end: 0, severity: 'error', code: C.operationFailed, message, role: 'root-cause', related: [] };
}

/** Cancelled: the verdict is a Warning, and so is the line that says why (the user cancelled); the rest is information. */
function gradeEnded(op: Operation, members: Failure[], severity: Severity, words: Phrase): Failure[] {
  const verdictLine = op.verdictLine ?? op.endLine;
  const why = [...members].reverse().find((f) => f.role !== 'noise' && f.clue === 'cause' && f.line < verdictLine);
  const out = members.map((f) =>
    f.line === verdictLine
      ? { ...f, severity, role: 'verdict' as const, related: why ? [...f.related, { line: why.line, message: why.message, role: 'root-cause' as const }] : f.related }
      : f === why
        ? { ...f, severity, role: 'root-cause' as const, related: [...f.related, { line: verdictLine, message: words, role: 'leads-to' as const }] }
        : quiet(f, op),
  );
  if (!out.some((f) => f.line === verdictLine)) {
    out.push({ line: verdictLine, start: 0, end: 0, severity, code: C.operationFailed, message: words, role: 'verdict', value: op.code, related: [] });
  }
  return group(out);
}

/** Succeeded, reboot pending, not applicable, or no outcome needed: nothing inside it failed it. */
function gradeQuiet(op: Operation, members: Failure[]): Failure[] {
  return group(members.map((f) => (f.clue === 'finding' && f.role !== 'noise' ? { ...f, severity: 'warning' as const, role: 'failure' as const } : quiet(f, op))));
}

function quiet(f: Failure, op: Operation): Failure {
  if (f.role === 'noise') {
    return f;
  }
  const how = op.outcome === 'none' ? (op.why ? phrase('grade.noneWhy', { why: op.why }) : phrase('grade.outcome.none')) : phrase(`grade.outcome.${op.outcome}`, { at: op.verdictLine !== undefined ? phrase('grade.atLine', { line: op.verdictLine + 1 }) : '' });
  return { ...f, severity: 'information', role: 'failure', message: phrase('grade.inside', { message: f.message, operation: op.name, how }) };
}

/** ` (why)` after a message, when the operation says why its outcome is what it is. */
function whyOf(op: Operation): Phrase | '' {
  return op.why ? phrase('grade.why', { why: op.why }) : '';
}

/**
 * Outcome unknown (the log ends or starts inside the operation, or it is an excerpt): at most
 * Warnings, except a verdict phrase Windows writes, which is an Error with its root cause.
 */
function gradeUnknown(members: Failure[], op: Operation | undefined): Failure[] {
  const out: Failure[] = [];
  const used = new Set<Failure>();
  // Verdict phrases far apart are separate failures (an excerpt or a log without operations).
  const verdicts = members.filter((f) => f.role === 'verdict' && f.severity === 'error');
  const groups: Failure[][] = [];
  for (const v of verdicts) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && v.line - previous.line <= VERDICT_GAP) {
      group.push(v);
    } else {
      groups.push([v]);
    }
  }
  let from = -1;
  for (const group of groups) {
    const last = must(group.at(-1), 'a group holds its first verdict');
    const scope = members.filter((f) => f.line > from && f.line <= last.line && !used.has(f));
    from = last.line;
    const root = findRoot(scope.filter((f) => f.role !== 'noise' && f.role !== 'verdict'), last, op ?? PSEUDO);
    const echoes = group.slice(0, -1);
    const chain = scope.filter((f) => f !== last && f !== root && f.role !== 'noise' && (echoes.includes(f) || (last.value !== undefined && f.value !== undefined && sameCode(f.value, last.value))));
    const related: RelatedLine[] = [];
    if (root) {
      out.push({ ...root, severity: 'error', role: 'root-cause', related: [...root.related, { line: last.line, message: last.message, role: 'leads-to' }] });
      related.push({ line: root.line, message: root.message, role: 'root-cause' });
      used.add(root);
    }
    for (const f of chain.slice(0, MAX_RELATED)) {
      related.push({ line: f.line, message: f.message });
    }
    out.push({ ...last, related: [...last.related, ...related.sort((a, b) => a.line - b.line)] });
    used.add(last);
    for (const f of chain) {
      out.push({ ...f, severity: 'information', role: 'chain', related: [...f.related, { line: last.line, message: last.message, role: 'part-of' }] });
      used.add(f);
    }
  }
  const unknown = (message: Phrase): Phrase => (op ? phrase('grade.unknown', { message, operation: op.name, why: whyOf(op) }) : message);
  for (const f of members) {
    if (used.has(f)) {
      continue;
    }
    if (f.role === 'noise') {
      out.push(f);
    } else if (f.severity === 'error') {
      out.push({ ...f, severity: 'warning', role: 'failure', message: unknown(f.message) });
    } else {
      out.push(f);
    }
  }
  return group(out);
}

/** Verdict phrases further apart than this, in lines, state separate failures. */
const VERDICT_GAP = 50;

const PSEUDO: Operation = { kind: 'cbs-session', name: logText(''), startLine: 0, endLine: 0, outcome: 'unknown', attempt: 1, container: false, children: [] };

/**
 * One failure repeated inside one operation is one diagnostic: the first, with a count and the
 * others as related lines. Verdicts and root causes are never folded.
 */
function group(failures: Failure[]): Failure[] {
  const key = (f: Failure): string => `${f.code}|${f.value ?? ''}|${f.severity}|${f.role}`;
  const lists = new Map<string, Failure[]>();
  const out: Failure[] = [];
  for (const f of failures) {
    if (f.role === 'verdict' || f.role === 'root-cause' || f.severity === 'error') {
      out.push(f);
      continue;
    }
    const list = lists.get(key(f));
    if (list) {
      list.push(f);
    } else {
      lists.set(key(f), [f]);
    }
  }
  for (const list of lists.values()) {
    // The line that names what broke stands for the group; the others are its related lines.
    const lead = list.find((f) => f.clue === 'cause') ?? must(list[0], 'a list holds its first failure');
    if (list.length === 1) {
      out.push(lead);
      continue;
    }
    const more = list.filter((f) => f !== lead);
    out.push({
      ...lead,
      count: list.length,
      message: phrase('grade.repeated', { message: lead.message, count: list.length }),
      related: [...lead.related, ...more.slice(0, MAX_RELATED).map((m) => ({ line: m.line, message: m.message }))],
    });
  }
  return out;
}

/** What runs inside `op` as Windows nests it (calls that merely overlap in time are not inside). */
function descendants(op: Operation): Operation[] {
  return op.children.flatMap((c) => [c, ...descendants(c)]);
}

function partition<T>(items: readonly T[], test: (t: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const t of items) {
    (test(t) ? yes : no).push(t);
  }
  return [yes, no];
}
