// The structured findings of a bundle analysis (the CLI's `--format json`): per log its errors and
// warnings with decoded codes and related lines (same log and other logs), and the known issues.
// Lines are 1-based here, as people read them; files are the bundle's display names.

import type { Failure } from '../model.js';
import { describeCode } from '../codes/describe.js';
import { relatedText, textOf } from '../messages/index.js';
import { getSummary } from '../failures/index.js';
import type { BundleAnalysis } from '../bundle/analyze.js';
import { must } from '../must.js';

export interface FindingRelated {
  file: string;
  line: number;
  message: string;
}

export interface Finding {
  line: number;
  column: number;
  severity: string;
  code: string;
  role: string;
  message: string;
  errorCode?: string;
  errorName?: string;
  related: FindingRelated[];
}

export interface LogFindings {
  file: string;
  kind: string;
  lines: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  summary: string;
  notes: string[];
  /** Errors and warnings (information and hints are only counted). */
  findings: Finding[];
}

export interface KnownIssueFindings {
  id: string;
  title: string;
  severity: string;
  confidence: string;
  count: number;
  lines: { file: string; line: number }[];
  companion?: { file: string; line: number };
  explanation: string;
  nextSteps: string[];
}

export interface BundleFindings {
  logs: LogFindings[];
  knownIssues: KnownIssueFindings[];
}

export function bundleFindings(analysis: BundleAnalysis): BundleFindings {
  const { docs, names } = analysis;
  const at = (l: { docIndex: number; line: number }): { file: string; line: number } => ({ file: must(names[l.docIndex]), line: l.line + 1 });
  const logs = docs.map((doc, docIndex): LogFindings => {
    const failures = must(analysis.failures[docIndex]);
    const count = (severity: Failure['severity']): number => failures.filter((f) => f.severity === severity).length;
    const links = new Map(analysis.links.filter((l) => l.docIndex === docIndex).map((l) => [`${l.line}:${l.code}`, l] as const));
    const findings = failures
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f): Finding => {
        const d = f.value !== undefined ? describeCode(f.value, 'any', doc.learnedNames.get(f.value)) : undefined;
        const related: FindingRelated[] = f.related.filter((r) => r.uri === undefined).map((r) => ({ file: must(names[docIndex]), line: r.line + 1, message: relatedText('en', r) }));
        for (const link of links.get(`${f.line}:${f.code}`)?.links ?? []) {
          related.push({ file: must(names[link.docIndex]), line: link.line + 1, message: textOf('en', link.message) });
        }
        return {
          line: f.line + 1,
          column: f.start + 1,
          severity: f.severity,
          code: f.code,
          role: f.role,
          message: textOf('en', f.message),
          ...(d ? { errorCode: d.hex, ...(d.name ? { errorName: d.name } : {}) } : {}),
          related,
        };
      });
    return {
      file: must(names[docIndex]),
      kind: doc.kind,
      lines: doc.lines.count,
      errors: count('error'),
      warnings: count('warning'),
      information: count('information'),
      hints: count('hint'),
      summary: getSummary(doc, failures, 'en').text,
      notes: doc.notes.map((note) => textOf('en', note)),
      findings,
    };
  });
  const knownIssues = analysis.knownIssues.map((m) => ({
    id: m.id,
    title: m.title,
    severity: m.severity,
    confidence: m.confidence,
    count: m.count,
    lines: m.lines.map(at),
    ...(m.companion ? { companion: at(m.companion) } : {}),
    explanation: m.explanation,
    nextSteps: [...m.nextSteps],
  }));
  return { logs, knownIssues };
}
