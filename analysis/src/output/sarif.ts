// SARIF 2.1.0 view of a bundle analysis: one run, the diagnostic codes and the known issues as
// rules, one result per error, warning and information finding (hints are left out), chains and
// cross-log links as related locations. The quiet lines of a failed operation's chain are not
// results of their own: one failure, one result, so they are related locations of their verdict,
// every one of them (an SFC run's 700 unrepaired files are one result). Columns are UTF-16 code
// units, as in LSP.

import type { Artifact, Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Failure, Severity } from '../model.js';
import { DiagnosticCode, DIAGNOSTIC_DESCRIPTIONS } from '../failures/catalog.js';
import { describeCode } from '../codes/describe.js';
import { relatedText, textOf } from '../messages/index.js';
import type { BundleAnalysis } from '../bundle/analyze.js';
import { KNOWN_ISSUES } from '../knownIssues/match.js';
import { must } from '../must.js';

export interface SarifOptions {
  /** URI of each log relative to `baseUri` (forward slashes, percent-encoded); default: the names. */
  relativeUris?: readonly string[];
  /** Absolute `file:` URI of the folder the relative URIs start from, ending in `/`. */
  baseUri?: string;
  toolVersion?: string;
  /** Things to tell about the run: files skipped, for example. */
  notifications?: readonly { message: string; level: 'note' | 'warning' | 'error'; uri?: string }[];
}

const BASE_ID = 'LOGROOT';
const KNOWN_ISSUE_PREFIX = 'known-issue.';
const LEVEL: Record<Severity, Result.level | undefined> = { error: 'error', warning: 'warning', information: 'note', hint: undefined };

export function toSarif(analysis: BundleAnalysis, options: SarifOptions = {}): Log {
  const uris = analysis.docs.map((_, i) => options.relativeUris?.[i] ?? encodeURI(must(analysis.names[i]).replace(/\\/g, '/')));
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  const where = (docIndex: number, line: number, start = 0, end = 0, message?: string, id?: number): Location => ({
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: uris[docIndex], uriBaseId: options.baseUri ? BASE_ID : undefined, index: docIndex },
      region: { startLine: line + 1, startColumn: start + 1, ...(end > start ? { endColumn: end + 1 } : {}) },
    },
    ...(message ? { message: { text: message } } : {}),
  });
  const results: Result[] = [];
  analysis.docs.forEach((doc, docIndex) => {
    const links = new Map(analysis.links.filter((l) => l.docIndex === docIndex).map((l) => [`${l.line}:${l.code}`, l] as const));
    const failures = must(analysis.failures[docIndex]);
    const chains = chainsByVerdict(failures);
    for (const f of failures) {
      const level = LEVEL[f.severity];
      const folded = verdictOf(f);
      if (!level || (folded !== undefined && chains.has(folded))) {
        continue;
      }
      const own = f.related.filter((r) => r.uri === undefined);
      const shown = new Set(own.map((r) => r.line));
      const chain = f.role === 'verdict' ? (chains.get(f.line) ?? []).filter((c) => !shown.has(c.line)) : [];
      const related: Location[] = [
        ...own.map((r) => where(docIndex, r.line, 0, 0, relatedText('en', r))),
        ...chain.map((c) => where(docIndex, c.line, c.start, c.end, textOf('en', c.message))),
      ];
      for (const link of links.get(`${f.line}:${f.code}`)?.links ?? []) {
        related.push(where(link.docIndex, link.line, 0, 0, textOf('en', link.message)));
      }
      results.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level,
        message: { text: textOf('en', f.message) },
        locations: [where(docIndex, f.line, f.start, f.end)],
        ...(related.length > 0 ? { relatedLocations: related.map((r, i) => ({ ...r, id: i + 1 })) } : {}),
        properties: properties(f, doc.learnedNames.get(f.value ?? -1)),
      });
    }
  });
  for (const match of analysis.knownIssues) {
    const level = LEVEL[match.severity] ?? 'note';
    const [first, ...rest] = match.lines;
    const at = must(first, 'a match has a line');
    const others = [...rest, ...(match.companion ? [match.companion] : [])];
    results.push({
      ruleId: KNOWN_ISSUE_PREFIX + match.id,
      ruleIndex: ruleIndex.get(KNOWN_ISSUE_PREFIX + match.id),
      level,
      message: { text: `${match.title}. ${match.explanation}` },
      locations: [where(at.docIndex, at.line)],
      ...(others.length > 0 ? { relatedLocations: others.map((l, i) => where(l.docIndex, l.line, 0, 0, undefined, i + 1)) } : {}),
      properties: { confidence: match.confidence, count: match.count, nextSteps: [...match.nextSteps] },
    });
  }
  const artifacts: Artifact[] = analysis.docs.map((doc, i) => ({
    location: { uri: uris[i], ...(options.baseUri ? { uriBaseId: BASE_ID } : {}) },
    properties: { logKind: doc.kind, lines: doc.lines.count },
  }));
  const notifications: Notification[] = (options.notifications ?? []).map((n) => ({
    level: n.level,
    message: { text: n.message },
    ...(n.uri ? { locations: [{ physicalLocation: { artifactLocation: { uri: n.uri, ...(options.baseUri ? { uriBaseId: BASE_ID } : {}) } } }] } : {}),
  }));
  return {
    version: '2.1.0',
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'servicing-logs',
            ...(options.toolVersion ? { version: options.toolVersion, semanticVersion: options.toolVersion } : {}),
            rules,
          },
        },
        ...(options.baseUri ? { originalUriBaseIds: { [BASE_ID]: { uri: options.baseUri } } } : {}),
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The verdict line a quiet chain line belongs to, if it is one. */
function verdictOf(f: Failure): number | undefined {
  return f.role === 'chain' && f.severity === 'information' ? f.related.find((r) => r.role === 'part-of' && r.uri === undefined)?.line : undefined;
}

/** Chain lines by the line of their verdict, for verdicts that are results themselves. */
function chainsByVerdict(failures: readonly Failure[]): Map<number, Failure[]> {
  const verdicts = new Set(failures.filter((f) => f.role === 'verdict' && LEVEL[f.severity] !== undefined).map((f) => f.line));
  const byVerdict = new Map<number, Failure[]>();
  for (const f of failures) {
    const line = verdictOf(f);
    if (line !== undefined && verdicts.has(line)) {
      const chain = byVerdict.get(line);
      if (chain) {
        chain.push(f);
      } else {
        byVerdict.set(line, [f]);
      }
    }
  }
  return byVerdict;
}

function properties(f: Failure, learnedName: string | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = { role: f.role };
  if (f.value !== undefined) {
    const d = describeCode(f.value, 'any', learnedName);
    props.errorCode = d.hex;
    if (d.name) {
      props.errorName = d.name;
    }
  }
  return props;
}

/** Our diagnostic codes and the known issues, as SARIF rules (the same order every run). */
function sarifRules(): ReportingDescriptor[] {
  const rules: ReportingDescriptor[] = Object.values(DiagnosticCode).map((id) => ({
    id,
    name: ruleName(id),
    shortDescription: { text: DIAGNOSTIC_DESCRIPTIONS[id] },
  }));
  for (const issue of KNOWN_ISSUES) {
    rules.push({
      id: KNOWN_ISSUE_PREFIX + issue.id,
      name: ruleName(issue.id),
      shortDescription: { text: `${issue.title}.` },
      fullDescription: { text: issue.explanation },
      help: { text: issue.nextSteps.join('\n'), markdown: issue.nextSteps.map((s) => `- ${s}`).join('\n') },
      defaultConfiguration: { level: LEVEL[issue.severity] ?? 'note' },
    });
  }
  return rules;
}

/** `cbs.driver-stage-failed` → `CbsDriverStageFailed` (SARIF rule names are identifiers). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}
