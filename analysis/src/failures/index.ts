// findFailures: the diagnostics of a document, ranked (verdict, root cause, chain, noise) and
// linked. Computed once per LogDocument and options, then memoized.

import type { Failure } from '../model.js';
import type { LogDocument } from '../document.js';
import { lineAt } from '../document.js';
import { findFamilyFailures } from './family.js';
import { findSetupapiFailures } from './setupapi.js';
import { findWindowsUpdateFailures } from './windowsUpdate.js';
import { findSetupDiagFailures } from './setupDiag.js';
import { findExcerptFailures } from './excerpt.js';
import { findNoiseRule } from './noise.js';
import { gradeSteps } from './grade.js';
import { codeLabel, sameCode } from './label.js';
import { phrase, say, textOf, type Lang } from '../messages/index.js';
import { operationSteps } from '../operations/index.js';
import { infoOf } from '../documentInfo.js';
import { compileUserPatterns, type LinearPattern } from '../linearRegex.js';

export interface FailureOptions {
  /** Extra noise patterns (regular expression sources) from the user's settings. */
  noisePatterns?: readonly string[];
}

/** One computation per document and noise settings, advanced by whoever asks for it first. */
export interface FailuresMemo {
  key: string;
  failures?: readonly Failure[];
  phases?: Generator<void, readonly Failure[]>;
  error?: unknown;
}

export function findFailures(doc: LogDocument, options: FailureOptions = {}): readonly Failure[] {
  const memo = memoOf(doc, options);
  while (!memo.failures) {
    advance(memo);
  }
  return memo.failures;
}

/**
 * `findFailures` in steps (line rules, operations, grading) with a pause (yield) between them, so
 * that a server can answer requests meanwhile. A `findFailures` of the same document during a
 * pause finishes the same computation instead of starting another.
 */
export function* findFailuresSteps(doc: LogDocument, options: FailureOptions = {}): Generator<void, readonly Failure[]> {
  const memo = memoOf(doc, options);
  while (!memo.failures) {
    advance(memo);
    if (!memo.failures) {
      yield;
    }
  }
  return memo.failures;
}

function memoOf(doc: LogDocument, options: FailureOptions): FailuresMemo {
  const noisePatterns = options.noisePatterns ?? [];
  const key = JSON.stringify(noisePatterns);
  const info = infoOf(doc);
  if (info.failures?.key !== key) {
    info.failures = { key, phases: phases(doc, noisePatterns) };
  }
  return info.failures;
}

function advance(memo: FailuresMemo): void {
  if (memo.error !== undefined) {
    throw memo.error;
  }
  try {
    const next = memo.phases!.next();
    if (next.done) {
      memo.failures = next.value;
      memo.phases = undefined;
    }
  } catch (error) {
    // Every caller of this computation hears of the failure, none waits on it forever.
    memo.error = error;
    throw error;
  }
}

/** Lines of the CBS family judged between two pauses (a few milliseconds of work). */
const LINES_PER_STEP = 16384;

function* phases(doc: LogDocument, noisePatterns: readonly string[]): Generator<void, Failure[]> {
  const noise = compilePatterns(noisePatterns);
  let collected: Failure[];
  if (doc.kind === 'cbs' || doc.kind === 'dism' || doc.kind === 'panther') {
    collected = [];
    for (let from = 0; from < doc.lines.count; from += LINES_PER_STEP) {
      collected.push(...markNoise(doc, findFamilyFailures(doc, from, Math.min(doc.lines.count, from + LINES_PER_STEP)), noise));
      yield;
    }
  } else {
    collected = collectFailures(doc, noise);
    yield;
  }
  const operations = yield* operationSteps(doc);
  yield;
  return yield* gradeSteps(collected, operations, { label: (value) => codeLabel(doc, value, 'any'), lineCount: doc.lines.count });
}

/** The user's noise patterns that compile; the server tells the user about the others (settings.ts). */
export function compilePatterns(sources: readonly string[]): LinearPattern[] {
  return compileUserPatterns(sources).patterns;
}

/** The part of the analysis that needs only the lines of `doc`: rules and noise, no chains. */
export function collectFailures(doc: LogDocument, userNoise: readonly LinearPattern[]): Failure[] {
  let failures: Failure[];
  switch (doc.kind) {
    case 'cbs':
    case 'dism':
    case 'panther':
      failures = findFamilyFailures(doc);
      break;
    case 'setupapi':
      failures = findSetupapiFailures(doc);
      break;
    case 'windowsupdate':
      failures = findWindowsUpdateFailures(doc);
      break;
    case 'setupdiag':
      failures = findSetupDiagFailures(doc);
      break;
    default:
      failures = findExcerptFailures(doc);
  }
  return markNoise(doc, failures, userNoise);
}

/** Failures on routine lines become hints that say why they are routine (new values; a failure is never changed). */
function markNoise(doc: LogDocument, failures: readonly Failure[], userNoise: readonly LinearPattern[]): Failure[] {
  return failures.map((f) => {
    const rule = f.role === 'verdict' ? undefined : findNoiseRule(doc.kind, lineAt(doc, f.line), userNoise);
    return rule ? { ...f, severity: 'hint', role: 'noise', message: phrase('noise.routine', { message: f.message, why: phrase(rule.why) }) } : f;
  });
}

const RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

/** Cut a failure list to `max`, keeping the most severe (errors first), in line order. */
export function limitFailures(failures: readonly Failure[], max: number): readonly Failure[] {
  if (failures.length <= max) {
    return failures;
  }
  const kept = [...failures].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line).slice(0, max);
  return kept.sort((a, b) => a.line - b.line);
}

export interface Summary {
  errors: number;
  warnings: number;
  /** Failed operations that no later attempt redid. */
  failedOperations: number;
  text: string;
  /** Line of the root cause of the last failed operation, else of the most telling failure. */
  focusLine?: number;
}

/** What a summary needs of a document: its learned code names and what a line is about. */
export interface SummarySource {
  learnedNames: ReadonlyMap<number, string>;
  subjectAt(line: number): string | undefined;
}

/**
 * The summary names the root cause of the last failed operation that was not redone, and how
 * many failed. With no failed operation (a log of successes, or an excerpt without its
 * operation's end), it names the most telling failure line, if there is one.
 * `uncountedWarnings`: warnings a streamed analysis counted but did not keep.
 */
export function getSummary(source: LogDocument | SummarySource, failures: readonly Failure[], lang: Lang, uncountedWarnings = 0): Summary {
  const doc: SummarySource = 'subjectAt' in source ? source : { learnedNames: source.learnedNames, subjectAt: (line) => subjectOf(lineAt(source, line)) };
  const errors = failures.filter((f) => f.severity === 'error').length;
  const warnings = failures.filter((f) => f.severity === 'warning').length + uncountedWarnings;
  const verdicts = failures.filter((f) => f.role === 'verdict' && f.severity === 'error');
  const verdict = verdicts[verdicts.length - 1];
  const root = verdict ? rootOf(failures, verdict) : undefined;
  const focus = root ?? verdict ?? mostTelling(failures);
  const failed = verdicts.length;
  const head = say(lang, failed === 0 ? 'summary.noFailedOperation' : failed === 1 ? 'summary.failedOne' : 'summary.failedMany', { count: failed });
  const count = warnings ? `${head} · ${say(lang, warnings === 1 ? 'summary.warningOne' : 'summary.warningMany', { count: warnings })}` : head;
  if (!focus) {
    return { errors, warnings, failedOperations: 0, text: errors + warnings === 0 ? say(lang, 'summary.noFailures') : count };
  }
  // The root cause often prints the verdict's code in another form (`result 1009` for 0x800703F1):
  // name it the way the verdict does.
  const value = root && verdict?.value !== undefined && root.value !== undefined && sameCode(root.value, verdict.value) ? verdict.value : focus.value;
  const words = textOf(lang, focus.message);
  const what = value !== undefined ? codeLabel(doc, value, 'any') : words.length > 80 ? `${words.slice(0, 79)}…` : words;
  const subject = doc.subjectAt(focus.line);
  const label = say(lang, root ? 'summary.rootCause' : verdict ? 'summary.result' : 'summary.mostTelling');
  const text = `${count} · ${say(lang, 'summary.focus', { label, what, line: focus.line + 1 })}${subject ? ` (${subject})` : ''}`;
  return { errors, warnings, failedOperations: failed, text, focusLine: focus.line };
}

/** The root cause a verdict names in its related lines. */
export function rootOf(failures: readonly Failure[], verdict: Failure): Failure | undefined {
  const line = verdict.related.find((r) => r.uri === undefined && r.role === 'root-cause')?.line;
  return line === undefined ? undefined : failures.find((f) => f.line === line && f.role === 'root-cause');
}

// What makes a failure line tell more than the echoes around it: it says what could not be
// found, opened, resolved, staged or repaired (matched against a message's English words).
const RX_TELLING = /\b(?:not found|could not|cannot|can't|unable to|missing|not able to|[Ff]ailed to (?:find|open|resolve|stage|download|load|copy|create|read|apply|import|install))\b/;

const RX_FALLBACK = /\b(?:assuming|[Aa]ssume |ignoring|[Cc]ontinuing|will not be available|[Ww]ill (?:try|attempt) later|using (?:default|old|cached))/;

/** With no failed operation, the failure most worth reading first (excerpts, unknown outcomes). */
function mostTelling(failures: readonly Failure[]): Failure | undefined {
  let best: Failure | undefined;
  let bestScore = 0;
  for (const f of failures) {
    if (f.role === 'noise' || f.severity === 'hint' || f.severity === 'information') {
      continue;
    }
    // What the line says outranks its level column: a failing code on a line that says what could
    // not be found or staged tells more than the generic Error echo above it.
    // A line that says what it does instead (assuming…, ignoring…) was handled where it was written;
    // the result Windows states (a run cancelled, an attempt redone) tells more than any step of it.
    const score =
      (f.role === 'verdict' ? 4 : 0) +
      (f.severity === 'error' ? 2 : 1) +
      (f.value !== undefined ? 2 : 0) +
      (RX_TELLING.test(textOf('en', f.message)) ? 3 : 0) +
      (f.clue === 'cause' ? 3 : 0) -
      (RX_FALLBACK.test(textOf('en', f.message)) ? 3 : 0);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/** `Package_…` ending where a `~` follows; a run that ends otherwise is skipped whole (no rescan). */
function packageBeforeTilde(line: string): string | undefined {
  const rx = /\bPackage_[\w.-]+/g;
  for (let m = rx.exec(line); m; m = rx.exec(line)) {
    if (line[rx.lastIndex] === '~') {
      return m[0];
    }
  }
  return undefined;
}

/** The thing a failure is about: an INF, a KB or package, a file. */
export function subjectOf(line: string): string | undefined {
  return (
    // The name runs from the first word character of its run of name characters.
    /(?<![\w.-])[.-]*(\w[\w.-]*\.inf)\b/i.exec(line)?.[1] ??
    /\bKB\d{6,7}\b/.exec(line)?.[0] ??
    packageBeforeTilde(line) ??
    /['"]([^'"\\/]+\.\w{2,4})['"]/.exec(line)?.[1]
  );
}
