// Known issues: findings that match a rule of knownIssues/rules.ts, with our explanation and next
// steps. Works on one log (hover) or on a bundle (report, CLI). Pure; rules are plain data.

import type { Failure, FailureRole, Severity } from '../model.js';
import { codesAt, lineAt, type LogDocument } from '../document.js';
import { sameCode } from '../failures/label.js';
import { KNOWN_ISSUES, type KnownIssueRule, type LinePattern } from './rules.js';
import { bundleNames } from '../bundle/names.js';
import { markdownText } from '../output/escape.js';
import zhCn from './zh-cn.json' with { type: 'json' };

export { KNOWN_ISSUES, type KnownIssueRule, type LinePattern } from './rules.js';

import type { Lang } from '../messages/index.js';
import { must } from '../must.js';

/** What a known issue says: the English is in the rule, the other languages in <lang>.json by rule id. */
export interface KnownIssueText {
  title: string;
  explanation: string;
  nextSteps: readonly string[];
}

export const KNOWN_ISSUE_TEXTS: Record<Exclude<Lang, 'en'>, Readonly<Record<string, KnownIssueText>>> = { 'zh-cn': zhCn };

/** A rule's or a match's text in `lang`; the English text when `lang` has none (rules a caller made up). */
export function knownIssueText(issue: KnownIssueText & { id: string }, lang: Lang = 'en'): KnownIssueText {
  return (lang !== 'en' && KNOWN_ISSUE_TEXTS[lang][issue.id]) || issue;
}

export interface KnownIssueLine {
  docIndex: number;
  uri?: string;
  line: number;
}

export interface KnownIssueMatch {
  id: string;
  title: string;
  severity: Severity;
  explanation: string;
  nextSteps: readonly string[];
  /** `confirmed` when a companion line in another log agrees; `likely` when the rule has a companion that is absent; `matched` otherwise. */
  confidence: 'confirmed' | 'likely' | 'matched';
  /** The matching lines, most telling first (verdicts and root causes), at most MAX_LINES. */
  lines: readonly KnownIssueLine[];
  /** How many findings matched in all. */
  count: number;
  /** The companion line found in another log. */
  companion?: KnownIssueLine;
}

const MAX_LINES = 8;
const ROLE_ORDER: Record<FailureRole, number> = { verdict: 0, 'root-cause': 1, chain: 2, failure: 3, noise: 4 };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const compiled = new Map<string, RegExp>();

function regexOf(source: string): RegExp {
  let rx = compiled.get(source);
  if (!rx) {
    rx = new RegExp(source, 'i');
    compiled.set(source, rx);
  }
  return rx;
}

function patternMatches(p: LinePattern, doc: LogDocument, failure: Failure, text: () => string): boolean {
  if (!p.logs.includes(doc.kind)) {
    return false;
  }
  if (p.diagnostics && !p.diagnostics.includes(failure.code)) {
    return false;
  }
  if (p.codes && !hasCode(p.codes, doc, failure)) {
    return false;
  }
  return !p.pattern || regexOf(p.pattern).test(text());
}

function hasCode(codes: readonly number[], doc: LogDocument, failure: Failure): boolean {
  const values = failure.value !== undefined ? [failure.value] : [];
  for (const c of codesAt(doc, failure.line)) {
    values.push(c.value);
  }
  return values.some((v) => codes.some((c) => sameCode(v, c)));
}

/**
 * The known issues of a bundle (or of one log: pass `[doc]`). One match per rule, with the lines
 * of every log where it matched, most severe rules first.
 */
export function matchKnownIssues(
  docs: readonly LogDocument[],
  failuresOf: (doc: LogDocument) => readonly Failure[],
  rules: readonly KnownIssueRule[] = KNOWN_ISSUES,
): readonly KnownIssueMatch[] {
  const found = new Map<KnownIssueRule, { failure: Failure; docIndex: number }[]>();
  const failures = docs.map((doc) => failuresOf(doc));
  docs.forEach((doc, docIndex) => {
    const kindRules = rules.filter((r) => r.match.some((p) => p.logs.includes(doc.kind)));
    if (kindRules.length === 0) {
      return;
    }
    for (const failure of must(failures[docIndex])) {
      let text: string | undefined;
      const lineText = (): string => (text ??= lineAt(doc, failure.line));
      for (const rule of kindRules) {
        if (rule.match.some((p) => patternMatches(p, doc, failure, lineText))) {
          let list = found.get(rule);
          if (!list) {
            list = [];
            found.set(rule, list);
          }
          list.push({ failure, docIndex });
        }
      }
    }
  });
  const out: KnownIssueMatch[] = [];
  for (const [rule, hits] of found) {
    const ranked = dedupe(hits).sort(
      (a, b) => ROLE_ORDER[a.failure.role] - ROLE_ORDER[b.failure.role] || SEVERITY_ORDER[a.failure.severity] - SEVERITY_ORDER[b.failure.severity] || a.docIndex - b.docIndex || a.failure.line - b.failure.line,
    );
    const matchedDocs = new Set(ranked.map((h) => h.docIndex));
    const companion = rule.companion ? findCompanion(rule.companion, docs, failures, matchedDocs) : undefined;
    out.push({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      explanation: rule.explanation,
      nextSteps: rule.nextSteps,
      confidence: companion ? 'confirmed' : rule.companion ? 'likely' : 'matched',
      lines: ranked.slice(0, MAX_LINES).map((h) => ({ docIndex: h.docIndex, uri: must(docs[h.docIndex]).uri, line: h.failure.line })),
      count: ranked.length,
      companion,
    });
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || firstLineOrder(a, b));
}

function firstLineOrder(a: KnownIssueMatch, b: KnownIssueMatch): number {
  const x = must(a.lines[0], 'a match has a line');
  const y = must(b.lines[0], 'a match has a line');
  return x.docIndex - y.docIndex || x.line - y.line;
}

/** One hit per line (a line can carry two findings). */
function dedupe(hits: { failure: Failure; docIndex: number }[]): { failure: Failure; docIndex: number }[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.docIndex}:${h.failure.line}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/**
 * A companion line in another log, of another kind than the first log the rule matched in (a
 * CbsPersist log does not confirm its CBS.log). Looked for among the findings of those logs.
 */
function findCompanion(
  patterns: readonly LinePattern[],
  docs: readonly LogDocument[],
  failures: readonly (readonly Failure[])[],
  matchedDocs: ReadonlySet<number>,
): KnownIssueLine | undefined {
  const firstMatched = Math.min(...matchedDocs);
  const firstKind = must(docs[firstMatched]).kind;
  for (const [docIndex, doc] of docs.entries()) {
    if (docIndex === firstMatched || doc.kind === firstKind) {
      continue;
    }
    if (!patterns.some((p) => p.logs.includes(doc.kind))) {
      continue;
    }
    for (const failure of must(failures[docIndex])) {
      let text: string | undefined;
      if (patterns.some((p) => patternMatches(p, doc, failure, () => (text ??= lineAt(doc, failure.line))))) {
        return { docIndex, uri: doc.uri, line: failure.line };
      }
    }
  }
  return undefined;
}

/** The known issues that name a given line (for hover). */
export function knownIssuesAt(matches: readonly KnownIssueMatch[], docIndex: number, line: number): readonly KnownIssueMatch[] {
  return matches.filter((m) => m.lines.some((l) => l.docIndex === docIndex && l.line === line) || (m.companion?.docIndex === docIndex && m.companion.line === line));
}

export interface KnownIssueFormat {
  /** Display names of the bundle's logs, for line references. */
  names?: readonly string[];
  /** Markdown heading level of the title (0 = bold text, no heading). */
  headingLevel?: number;
}

interface FormatWords {
  confidence: Record<KnownIssueMatch['confidence'], string>;
  titled: (title: string, confidence: string) => string;
  seen: (lines: readonly string[], more: number, companion: string | undefined) => string;
  nextSteps: string;
}

const WORDS: Record<Lang, FormatWords> = {
  en: {
    confidence: { confirmed: 'confirmed by another log', likely: 'likely; the companion line in another log is not in this bundle', matched: '' },
    titled: (title, confidence) => (confidence ? `${title} (${confidence})` : title),
    seen: (lines, more, companion) => `Seen at ${lines.join(', ')}${more ? ` and ${more} more` : ''}${companion ? `; confirmed by ${companion}` : ''}.`,
    nextSteps: 'Next steps:',
  },
  'zh-cn': {
    confidence: { confirmed: '已由另一份日志证实', likely: '可能；另一份日志中的佐证行不在此日志集中', matched: '' },
    titled: (title, confidence) => (confidence ? `${title}（${confidence}）` : title),
    seen: (lines, more, companion) => `出现位置：${lines.join('、')}${more ? `，另有 ${more} 处` : ''}${companion ? `；由 ${companion} 证实` : ''}。`,
    nextSteps: '下一步：',
  },
};

/** A known issue as Markdown, in `lang`: title, explanation, where it matched, next steps. */
export function formatKnownIssue(match: KnownIssueMatch, docs: readonly LogDocument[], options: KnownIssueFormat = {}, lang: Lang = 'en'): string {
  const names = bundleNames(docs, options.names);
  const level = options.headingLevel ?? 0;
  const words = WORDS[lang];
  const text = knownIssueText(match, lang);
  const where = (l: KnownIssueLine): string => `${markdownText(names[l.docIndex] ?? '?')}:${l.line + 1}`;
  const title = words.titled(text.title, words.confidence[match.confidence]);
  const out = [level > 0 ? `${'#'.repeat(level)} ${title}` : `**${title}**`, '', text.explanation, ''];
  out.push(words.seen(match.lines.map(where), match.count - match.lines.length, match.companion && where(match.companion)), '');
  out.push(words.nextSteps, ...text.nextSteps.map((s) => `- ${s}`), '');
  return out.join('\n');
}
