// findFailures: the diagnostics of a document, ranked (verdict, root cause, chain, noise) and
// linked. Computed once per LogDocument and options, then memoized.

import type { Failure } from '../model';
import type { LogDocument } from '../document';
import { lineAt } from '../document';
import { findFamilyFailures, summarizeStoreCorruption } from './family';
import { findSetupapiFailures } from './setupapi';
import { findSetupDiagFailures, findWindowsUpdateFailures } from './other';
import { findNoiseRule } from './noise';
import { chainContextOf, linkChains } from './chain';
import { codeLabel, sameCode } from './label';

export interface FailureOptions {
  /** Extra noise patterns (regular expression sources) from the user's settings. */
  noisePatterns?: readonly string[];
}

const cache = new WeakMap<LogDocument, { key: string; failures: Failure[] }>();

export function findFailures(doc: LogDocument, options: FailureOptions = {}): Failure[] {
  const key = JSON.stringify(options.noisePatterns ?? []);
  const hit = cache.get(doc);
  if (hit && hit.key === key) {
    return hit.failures;
  }
  const failures = computeFailures(doc, compilePatterns(options.noisePatterns ?? []));
  cache.set(doc, { key, failures });
  return failures;
}

export function compilePatterns(sources: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const source of sources) {
    try {
      out.push(new RegExp(source));
    } catch {
      // An invalid user pattern is ignored; the server reports it once.
    }
  }
  return out;
}

function computeFailures(doc: LogDocument, userNoise: RegExp[]): Failure[] {
  const failures = collectFailures(doc, userNoise);
  finishFailures(failures);
  linkChains(chainContextOf(doc), failures);
  return failures;
}

/** The part of the analysis that needs only the lines of `doc`: rules and noise, no chains. */
export function collectFailures(doc: LogDocument, userNoise: readonly RegExp[]): Failure[] {
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
      failures = [];
  }
  for (const f of failures) {
    if (f.role === 'verdict') {
      continue;
    }
    const rule = findNoiseRule(doc.kind, lineAt(doc, f.line), userNoise);
    if (rule) {
      f.severity = 'hint';
      f.role = 'noise';
      f.message = `${f.message} — routine: ${rule.why}`;
    }
  }
  return failures;
}

/** Whole-document passes over collected failures (before chains are linked). */
export function finishFailures(failures: Failure[]): void {
  summarizeStoreCorruption(failures);
}

const RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

/** Cut a failure list to `max`, keeping the most severe (errors first), in line order. */
export function limitFailures(failures: readonly Failure[], max: number): Failure[] {
  if (failures.length <= max) {
    return [...failures];
  }
  const kept = [...failures].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line).slice(0, max);
  return kept.sort((a, b) => a.line - b.line);
}

export interface Summary {
  errors: number;
  warnings: number;
  text: string;
  /** Line of the root cause of the last verdict, else of the first error. */
  focusLine?: number;
}

/** What a summary needs of a document: its learned code names and what a line is about. */
export interface SummarySource {
  learnedNames: ReadonlyMap<number, string>;
  subjectAt(line: number): string | undefined;
}

/** `uncountedWarnings`: warnings a streamed analysis counted but did not keep. */
export function getSummary(source: LogDocument | SummarySource, failures: readonly Failure[], uncountedWarnings = 0): Summary {
  const doc: SummarySource = 'subjectAt' in source ? source : { learnedNames: source.learnedNames, subjectAt: (line) => subjectOf(lineAt(source, line)) };
  const errors = failures.filter((f) => f.severity === 'error').length;
  const warnings = failures.filter((f) => f.severity === 'warning').length + uncountedWarnings;
  const verdict = [...failures].reverse().find((f) => f.role === 'verdict');
  const root = verdict ? failures.find((f) => f.role === 'root-cause' && verdict.related.some((r) => r.line === f.line)) : undefined;
  const focus = root ?? verdict ?? failures.find((f) => f.severity === 'error');
  const count = `${errors} failure${errors === 1 ? '' : 's'}${warnings ? ` · ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
  if (!focus) {
    return { errors, warnings, text: errors + warnings === 0 ? 'No failures found' : count };
  }
  // The root cause often prints the verdict's code in another form (`result 1009` for 0x800703F1):
  // name it the way the verdict does.
  const value = root && verdict?.value !== undefined && root.value !== undefined && sameCode(root.value, verdict.value) ? verdict.value : focus.value;
  const words = focus.message.replace(/^Root cause: /, '');
  const what = value !== undefined ? codeLabel(doc, value, 'any') : words.length > 80 ? `${words.slice(0, 79)}…` : words;
  const subject = doc.subjectAt(focus.line);
  const label = root ? 'root cause' : verdict ? 'result' : 'first failure';
  return { errors, warnings, text: `${count} · ${label}: ${what} at line ${focus.line + 1}${subject ? ` (${subject})` : ''}`, focusLine: focus.line };
}

/** The thing a failure is about: an INF, a KB or package, a file. */
export function subjectOf(line: string): string | undefined {
  return (
    /\b[\w.-]+\.inf\b/i.exec(line)?.[0] ??
    /\bKB\d{6,7}\b/.exec(line)?.[0] ??
    /\bPackage_[\w.-]+?(?=~)/.exec(line)?.[0] ??
    /['"]([^'"\\/]+\.\w{2,4})['"]/.exec(line)?.[1]
  );
}
