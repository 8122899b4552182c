// The triage report of a log bundle, as Markdown: the verdicts, the root-cause chain across logs
// (with times, `file:line` references and decoded codes), the known issues, then each log's own
// report (report.ts). Lines are referred to as `name:line`, 1-based, with the names the bundle
// was given (relative paths in the CLI).

import type { Failure, LogKind, RelatedLine } from '../model.js';
import { lineAt } from '../document.js';
import { getSummary, subjectOf } from '../failures/index.js';
import { codeLabel, win32Of } from '../failures/label.js';
import { describeCode } from '../codes/describe.js';
import { formatReport, kindName } from './logReport.js';
import { formatKnownIssue } from '../knownIssues/match.js';
import type { BundleAnalysis } from '../bundle/analyze.js';
import { timeAt, timelineOf, formatLocalTime } from '../bundle/timeline.js';
import { shortLine } from '../bundle/names.js';
import type { BundleLink } from '../bundle/correlate.js';
import { markdownCode, markdownText as md } from './escape.js';
import { relatedText, say, textOf, type Lang, type MessageKey, type Phrase } from '../messages/index.js';
import { must } from '../must.js';

export interface BundleReportOptions {
  /** Files looked at but not analysed (binary, not a servicing log), with the reason. */
  skipped?: readonly { name: string; reason: Phrase }[];
  /** Most stories told in full (default 5); the other verdicts are listed. */
  maxStories?: number;
  /** Leave out the per-log sections. */
  withoutLogSections?: boolean;
}

interface Entry {
  docIndex: number;
  line: number;
  time: number;
  message: string;
  value?: number;
  isVerdict: boolean;
  /** The line grading named the root cause of the verdict. */
  isRoot?: boolean;
  /** Why a line of another log is in the chain (`same second, oposdrv.inf`). */
  why?: string;
}

interface Story {
  verdict: Entry;
  entries: Entry[];
}

// Which log's verdict tells the story when several do: Setup and CBS outcomes first; setupapi
// usually holds the detail of a CBS failure.
const KIND_RANK: Record<LogKind, number> = { panther: 0, setupdiag: 1, cbs: 2, dism: 3, windowsupdate: 4, setupapi: 5, plain: 6 };
const MAX_CROSS_LOG_ENTRIES = 6;
const MAX_SAME_LOG_ENTRIES = 8;

/**
 * The sections, in the order a case summary is written: the problem (verdict, root cause, the
 * logs), the analysis (each failure chain), the advice (known issues and their next steps), then
 * the evidence of each log. A heading the language leaves empty is not written.
 */
export function formatBundleReport(analysis: BundleAnalysis, lang: Lang, options: BundleReportOptions = {}): string {
  const { docs, names } = analysis;
  const heading = (key: MessageKey, params: Record<string, number> = {}): string[] => {
    const text = say(lang, key, params);
    return text ? [`## ${text}`, ''] : [];
  };
  const out: string[] = [`# ${say(lang, 'bundle.title')}`, ''];
  const stories = buildStories(analysis, lang);
  const maxStories = options.maxStories ?? 5;
  out.push(...heading('bundle.problemHeading'), ...overview(analysis, stories, lang), '');
  if (options.skipped && options.skipped.length > 0) {
    out.push(say(lang, 'bundle.notAnalysed'), ...options.skipped.map((s) => `- ${markdownCode(s.name)}: ${md(textOf(lang, s.reason))}`), '');
  }
  if (stories.length > 0) {
    out.push(...heading('bundle.analysisHeading'));
  }
  stories.slice(0, maxStories).forEach((story, i) => {
    out.push(...formatStory(analysis, story, stories.length > 1 ? i + 1 : undefined, lang), '');
  });
  if (stories.length > maxStories) {
    out.push(...heading('bundle.otherVerdicts', { count: stories.length - maxStories }));
    out.push(...stories.slice(maxStories).map((s) => `- ${ref(names, s.verdict)}: ${md(s.verdict.message)}`), '');
  }
  if (analysis.knownIssues.length > 0) {
    out.push(...heading('bundle.knownIssues'));
    for (const match of analysis.knownIssues) {
      out.push(formatKnownIssue(match, docs, { names, headingLevel: 3 }, lang));
    }
  }
  if (!options.withoutLogSections) {
    out.push(...heading('bundle.logs'));
    docs.forEach((doc, i) => out.push(formatReport(doc, must(analysis.failures[i]), lang, { headingLevel: 3, name: names[i] })));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function ref(names: readonly string[], e: { docIndex: number; line: number }): string {
  return markdownCode(`${names[e.docIndex]}:${e.line + 1}`);
}

function overview(analysis: BundleAnalysis, stories: readonly Story[], lang: Lang): string[] {
  const { docs, names } = analysis;
  const out: string[] = [];
  const main = stories[0];
  if (main) {
    // The root cause grading named, not merely the earliest line of the chain; none when the verdict is its own cause.
    const root = main.entries.find((e) => e.isRoot && !e.isVerdict && e.docIndex === main.verdict.docIndex);
    const verdict = { verdict: md(main.verdict.message), where: ref(names, main.verdict) };
    out.push(root ? say(lang, 'bundle.verdictWithRoot', { ...verdict, root: md(root.message), rootWhere: ref(names, root) }) : say(lang, 'bundle.verdict', verdict), '');
    out.push(...problemStatement(analysis, main, root, lang));
  } else {
    const count = (severity: string): number => analysis.failures.reduce((n, list) => n + list.filter((f) => f.severity === severity).length, 0);
    const [errors, warnings] = [count('error'), count('warning')];
    // "No failures" only when there are none: warnings with no failed operation are said as such.
    const line =
      errors > 0
        ? say(lang, errors === 1 ? 'bundle.noResultOne' : 'bundle.noResult', { count: errors })
        : warnings > 0
          ? say(lang, warnings === 1 ? 'bundle.noFailedOperationOne' : 'bundle.noFailedOperation', { count: warnings })
          : say(lang, 'bundle.noFailures');
    out.push(line, '');
  }
  out.push(say(lang, 'bundle.tableHead'), `|---|---|---|`);
  docs.forEach((doc, i) => {
    const summary = md(getSummary(doc, must(analysis.failures[i]), lang).text);
    out.push(`| ${markdownCode(must(names[i])).replace(/\|/g, '\\|')} | ${kindName(lang, doc.kind)} | ${summary} |`);
  });
  return out;
}

/**
 * The problem in a sentence, as a case summary opens (in the languages whose catalog has it):
 * where the verdict is, what it is about, its code, where the root cause is.
 */
function problemStatement(analysis: BundleAnalysis, main: Story, root: Entry | undefined, lang: Lang): string[] {
  const { docs, names } = analysis;
  const focus = root ?? main.verdict;
  const value = main.verdict.value ?? focus.value;
  const about = subjectOf(lineAt(must(docs[focus.docIndex]), focus.line));
  const text = say(lang, 'bundle.problemStatement', {
    where: ref(names, main.verdict),
    subject: about ? say(lang, 'bundle.subject', { subject: md(about) }) : '',
    code: value !== undefined ? md(codeLabel(must(docs[main.verdict.docIndex]), value, 'any')) : '—',
    rootWhere: ref(names, focus),
  });
  return text ? [text, ''] : [];
}

function buildStories(analysis: BundleAnalysis, lang: Lang): Story[] {
  const { docs, failures } = analysis;
  const verdicts: { docIndex: number; failure: Failure }[] = [];
  failures.forEach((list, docIndex) => {
    for (const f of list) {
      if (f.role === 'verdict' && f.severity === 'error') {
        verdicts.push({ docIndex, failure: f });
      }
    }
  });
  verdicts.sort((a, b) => KIND_RANK[must(docs[a.docIndex]).kind] - KIND_RANK[must(docs[b.docIndex]).kind] || a.docIndex - b.docIndex || b.failure.line - a.failure.line);
  const told = new Set<string>();
  const stories: Story[] = [];
  for (const v of verdicts) {
    if (told.has(`${v.docIndex}:${v.failure.line}`)) {
      continue;
    }
    const story = storyOf(analysis, v.docIndex, v.failure, lang);
    for (const e of story.entries) {
      told.add(`${e.docIndex}:${e.line}`);
    }
    stories.push(story);
  }
  return stories;
}

/** The verdict's root cause: its related line with that role, else the failure that says it leads to the verdict. */
function rootOf(verdict: Failure, own: readonly RelatedLine[], list: readonly Failure[]): RelatedLine | undefined {
  const related = own.find((r) => r.role === 'root-cause');
  if (related) {
    return related;
  }
  const f = list.find((c) => c.role === 'root-cause' && c.related.some((r) => r.role === 'leads-to' && r.line === verdict.line));
  return f && { line: f.line, message: f.message, role: 'root-cause' };
}

function storyOf(analysis: BundleAnalysis, docIndex: number, verdict: Failure, lang: Lang): Story {
  const { docs, failures, links } = analysis;
  const entryOf = (d: number, f: Failure, why?: string): Entry => ({
    docIndex: d,
    line: f.line,
    time: timeAt(timelineOf(must(docs[d])), f.line),
    message: textOf(lang, f.message),
    value: f.value,
    isVerdict: f.role === 'verdict',
    why,
  });
  const verdictEntry = entryOf(docIndex, verdict);
  const entries: Entry[] = [];
  const list = must(failures[docIndex]);
  const byLine = new Map(list.map((f) => [f.line, f] as const));
  // The root cause always has its place in the chain, however long the chain is.
  const own = verdict.related.filter((r) => r.uri === undefined);
  const root = rootOf(verdict, own, list);
  const others = own.filter((r) => r.line !== root?.line).slice(0, MAX_SAME_LOG_ENTRIES - (root ? 1 : 0));
  const shown = (root ? [...others, root] : others).sort((a, b) => a.line - b.line);
  for (const r of shown) {
    const f = byLine.get(r.line);
    const entry = f ? entryOf(docIndex, f) : { docIndex, line: r.line, time: timeAt(timelineOf(must(docs[docIndex])), r.line), message: relatedText(lang, r), isVerdict: false };
    entries.push(r.role === 'root-cause' || f?.role === 'root-cause' ? { ...entry, isRoot: true } : entry);
  }
  // Lines of other logs linked to the verdict or to the failures of its chain, best first.
  const chainLines = new Set([verdict.line, ...entries.map((e) => e.line)]);
  const cross = new Map<string, BundleLink>();
  for (const fl of links) {
    if (fl.docIndex !== docIndex || !chainLines.has(fl.line)) {
      continue;
    }
    for (const link of fl.links) {
      const key = `${link.docIndex}:${link.line}`;
      const known = cross.get(key);
      if ((!known || known.score < link.score) && (link.failure || link.keys.length > 0)) {
        cross.set(key, link);
      }
    }
  }
  const best = [...cross.values()].sort((a, b) => b.score - a.score || a.docIndex - b.docIndex || a.line - b.line).slice(0, MAX_CROSS_LOG_ENTRIES);
  for (const link of best) {
    const why = link.why ? textOf(lang, link.why) : undefined;
    const message = link.failure ? textOf(lang, link.failure.message) : shortLine(lineAt(must(docs[link.docIndex]), link.line));
    entries.push({
      docIndex: link.docIndex,
      line: link.line,
      time: timeAt(timelineOf(must(docs[link.docIndex])), link.line),
      message,
      value: link.failure?.value,
      isVerdict: link.failure?.role === 'verdict',
      why,
    });
  }
  const unique = new Map<string, Entry>();
  for (const e of entries) {
    unique.set(`${e.docIndex}:${e.line}`, unique.get(`${e.docIndex}:${e.line}`) ?? e);
  }
  const ordered = [...unique.values()].filter((e) => !(e.docIndex === docIndex && e.line === verdict.line));
  ordered.sort((a, b) => byTime(a, b) || a.docIndex - b.docIndex || a.line - b.line);
  return { verdict: verdictEntry, entries: [...ordered, verdictEntry] };
}

function byTime(a: Entry, b: Entry): number {
  if (Number.isNaN(a.time) || Number.isNaN(b.time)) {
    return 0;
  }
  return a.time - b.time;
}

function formatStory(analysis: BundleAnalysis, story: Story, number: number | undefined, lang: Lang): string[] {
  const { docs, names } = analysis;
  const v = story.verdict;
  const date = formatLocalTime(v.time).slice(0, 10);
  const out = [`## ${number !== undefined ? `${number}. ` : ''}${md(must(names[v.docIndex]))}: ${md(v.message)}${date ? ` (${date})` : ''}`, ''];
  const logs = new Set(story.entries.map((e) => e.docIndex));
  out.push(say(lang, logs.size > 1 ? 'bundle.chainAcross' : 'bundle.chainOne'), '');
  story.entries.forEach((e, i) => {
    const timeline = timelineOf(must(docs[e.docIndex]));
    const time = Number.isNaN(e.time) ? '' : `\`${formatLocalTime(e.time, timeline.resolutionMs < 1000).slice(11)}\` `;
    const bullet = `${i + 1}. `;
    out.push(`${bullet}${time}${ref(names, e)}${e.isVerdict ? say(lang, 'bundle.verdictMark') : ''}: ${md(e.message)}${e.why ? ` _(${md(e.why)})_` : ''}`);
    // Indented to the item's text, so that the quote stays inside the list item.
    out.push(`${' '.repeat(bullet.length)}> ${quote(lineAt(must(docs[e.docIndex]), e.line))}`);
  });
  out.push('', ...decodedCodes(story.entries, lang));
  return out;
}

function quote(text: string): string {
  return markdownCode(shortLine(text, 200));
}

/** Each distinct code of the chain once: 0x800703F1 and 0x000003F1 (1009) are one Win32 error. */
function decodedCodes(entries: readonly Entry[], lang: Lang): string[] {
  const groups = new Map<number, number[]>();
  for (const e of entries) {
    if (e.value === undefined || e.value === 0) {
      continue;
    }
    const key = win32Of(e.value) ?? e.value;
    const list = groups.get(key) ?? [];
    if (!list.includes(e.value)) {
      list.push(e.value);
    }
    groups.set(key, list);
  }
  if (groups.size === 0) {
    return [];
  }
  const out = [say(lang, 'bundle.codes'), ''];
  for (const values of groups.values()) {
    // Name the group by its HRESULT form when there is one: that is what Windows Update shows.
    const main = values.find((v) => v > 0xffff) ?? must(values[0], 'a group holds its first code');
    const d = describeCode(main, 'any', undefined, lang);
    const forms = values.filter((v) => v !== main).map((v) => describeCode(v, 'win32').hex + (v < 0x10000 ? ` (${v})` : ''));
    const wraps = d.wraps ? say(lang, 'bundle.wraps', { kind: d.wraps.kind, value: d.wraps.value, name: d.wraps.name ? ` ${d.wraps.name}` : '' }) : '';
    out.push(`- **${d.hex}${d.name ? ` ${d.name}` : ''}**${forms.length ? say(lang, 'bundle.alsoWritten', { forms: forms.join(', ') }) : ''}: ${d.summary}.${wraps}${d.explanation ? ` ${d.explanation.meaning}` : ''}`);
  }
  out.push('');
  return out;
}
