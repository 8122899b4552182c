// One analysis of a log bundle, shared by the CLI and the language server: the failures of each
// log, the links between logs, and the known issues. Everything else (report, JSON, SARIF) is a
// view of a BundleAnalysis.

import type { Failure } from '../model.js';
import type { LogDocument } from '../document.js';
import { findFailures } from '../failures/index.js';
import { correlate, type CorrelateOptions, type FailureLinks } from './correlate.js';
import { matchKnownIssues, type KnownIssueMatch } from '../knownIssues/match.js';
import { bundleNames } from './names.js';

export interface BundleOptions extends CorrelateOptions {
  /** The failures of a log; default `findFailures(doc)` (memoized per document). */
  failuresOf?: (doc: LogDocument) => readonly Failure[];
}

export interface BundleAnalysis {
  docs: readonly LogDocument[];
  /** Display name of each log (relative path in the CLI, file name by default). */
  names: readonly string[];
  failures: readonly (readonly Failure[])[];
  /** Cross-log links of the errors, per failure line. */
  links: readonly FailureLinks[];
  knownIssues: readonly KnownIssueMatch[];
}

export function analyzeBundle(docs: readonly LogDocument[], options: BundleOptions = {}): BundleAnalysis {
  const failuresOf = options.failuresOf ?? ((doc: LogDocument) => findFailures(doc));
  const names = bundleNames(docs, options.names);
  const failures = docs.map((doc) => failuresOf(doc));
  const byDoc = new Map(docs.map((doc, i) => [doc, failures[i]] as const));
  const lookup = (doc: LogDocument): readonly Failure[] => byDoc.get(doc) ?? failuresOf(doc);
  return {
    docs,
    names,
    failures,
    links: correlate(docs, lookup, { ...options, names }),
    knownIssues: matchKnownIssues(docs, lookup),
  };
}

/** The related lines a failure gets from the other logs (empty when it has none). */
export function bundleRelatedLines(analysis: BundleAnalysis, docIndex: number, failure: Failure): FailureLinks['related'] {
  const hit = analysis.links.find((l) => l.docIndex === docIndex && l.line === failure.line && l.code === failure.code);
  return hit ? hit.related : [];
}
