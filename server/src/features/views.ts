// Data for the client's views: the Failures view (every failure of the bundle by log and
// operation), and read-only documents: the case timeline (failures and verdicts of every log in
// time order), a filtered view of one log (line numbers kept), the triage report. Every line of
// those documents links back to its source line.

import {
  BundleFailuresRequest,
  ViewRequest,
  type BundleFailuresResult,
  type BundleLog,
  type BundleOperation,
  type LineFilter,
  type ViewLink,
  type ViewParams,
  type ViewResult,
} from '../../../protocol/protocol.js';
import { componentOf, gradedOperations, must, timeAt, operationsOf, formatBundleReport, formatLocalTime, formatReport, getSummary, lineAt, say, textOf, type Lang, timelineOf, type BundleAnalysis, type Failure, type LogDocument } from '../../../analysis/src/index.js';
import { type ServerContext, getLogDocument, langOf, visibleFailures } from '../context.js';
import { toFailureItem } from '../convert.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { excerptLines, largeFailures, readExcerpt } from './excerpt.js';

const timeOrNull = (t: number): number | null => (Number.isNaN(t) ? null : t);

function logFailures(doc: LogDocument, name: string, failures: readonly Failure[], lang: Lang): BundleLog {
  const timeline = timelineOf(doc);
  const ops = gradedOperations(operationsOf(doc));
  const byOp = new Map<number, BundleOperation>();
  const outside: BundleOperation = { name: '', outcome: '', outcomeText: '', line: 0, failures: [] };
  for (const f of failures) {
    // The innermost operation holding the line: the last one that starts at or before it.
    let owner = -1;
    for (const [i, o] of ops.entries()) {
      if (o.startLine > f.line) {
        break;
      }
      if (o.endLine >= f.line) {
        owner = i;
      }
    }
    const item = { ...toFailureItem(f, lang), component: componentOf(doc, f.line), time: timeOrNull(timeAt(timeline, f.line)), count: f.count ?? 1 };
    if (owner < 0) {
      outside.failures.push(item);
      continue;
    }
    let op = byOp.get(owner);
    if (!op) {
      const o = must(ops[owner]);
      const name = textOf(lang, o.name);
      op = { name: o.subject ? `${name}: ${o.subject}` : name, outcome: o.outcome, outcomeText: say(lang, `outline.${o.outcome}`), line: o.startLine, failures: [] };
      byOp.set(owner, op);
    }
    op.failures.push(item);
  }
  const operations = [...byOp.entries()].sort((a, b) => a[0] - b[0]).map(([, op]) => op);
  if (outside.failures.length > 0) {
    operations.push(outside);
  }
  return { uri: doc.uri ?? '', name, kind: doc.kind, summary: getSummary(doc, failures, lang).text, operations };
}

export function bundleFailures(analysis: BundleAnalysis, lang: Lang): BundleFailuresResult {
  return { logs: analysis.docs.map((doc, i) => logFailures(doc, must(analysis.names[i]), must(analysis.failures[i]), lang)).filter((l) => l.uri) };
}

/** `2024-01-15 10:00:03  CBS.log:58  Error  message`, every failure and verdict of the bundle by time. */
export function caseTimeline(analysis: BundleAnalysis, lang: Lang): ViewResult {
  const rows: { time: number; doc: number; failure: Failure }[] = [];
  analysis.docs.forEach((doc, i) => {
    const timeline = timelineOf(doc);
    for (const f of must(analysis.failures[i])) {
      if (f.severity === 'error' || f.severity === 'warning') {
        rows.push({ time: timeAt(timeline, f.line), doc: i, failure: f });
      }
    }
  });
  // Lines without a clock sort last, in their log's order.
  rows.sort((a, b) => (Number.isNaN(a.time) ? 1 : 0) - (Number.isNaN(b.time) ? 1 : 0) || a.time - b.time || a.doc - b.doc || a.failure.line - b.failure.line);
  const withMs = analysis.docs.some((d) => timelineOf(d).resolutionMs === 1);
  const lines = [say(lang, 'view.timelineHead', { logs: analysis.docs.length, rows: rows.length }), ''];
  const links: ViewLink[] = [];
  for (const row of rows) {
    const time = Number.isNaN(row.time) ? say(lang, 'view.noTime').padEnd(withMs ? 23 : 19) : formatLocalTime(row.time, withMs);
    const where = `${analysis.names[row.doc]}:${row.failure.line + 1}`;
    const label = say(lang, row.failure.role === 'verdict' ? 'view.verdict' : row.failure.severity === 'error' ? 'view.error' : 'view.warning');
    const prefix = `${time}  `;
    links.push({ line: lines.length, start: prefix.length, end: prefix.length + where.length, uri: must(analysis.docs[row.doc]).uri ?? '', targetLine: row.failure.line, targetCharacter: row.failure.start });
    lines.push(`${prefix}${where}  ${label.padEnd(7)}  ${textOf(lang, row.failure.message)}`);
  }
  return { title: say(lang, 'view.timelineTitle'), text: lines.join('\n') + '\n', links };
}

/** The lines of `doc` that pass `filter`, each prefixed with its own line number (linked back). */
export function filteredView(doc: LogDocument, uri: string, name: string, failures: readonly Failure[], filter: LineFilter, lang: Lang): ViewResult {
  const worst = new Map<number, Failure>();
  for (const f of failures) {
    const seen = worst.get(f.line);
    if (!seen || f.severity === 'error' || (f.severity === 'warning' && seen.severity !== 'error')) {
      worst.set(f.line, f);
    }
  }
  const timeline = timelineOf(doc);
  const width = String(doc.lines.count).length;
  const describe = [
    filter.errorsOnly ? say(lang, 'view.errorsOnly') : '',
    filter.hideRoutine ? say(lang, 'view.hideRoutine') : '',
    filter.component ? say(lang, 'view.component', { name: filter.component }) : '',
    filter.from !== undefined || filter.to !== undefined
      ? say(lang, 'view.range', { from: formatLocalTime(filter.from ?? NaN) || say(lang, 'view.start'), to: formatLocalTime(filter.to ?? NaN) || say(lang, 'view.end') })
      : '',
  ].filter(Boolean);
  const described = describe.join(say(lang, 'view.separator')) || say(lang, 'view.allLines');
  const lines = [`${name}: ${described}`, ''];
  const links: ViewLink[] = [];
  for (let line = 0; line < doc.lines.count; line++) {
    const f = worst.get(line);
    if (filter.errorsOnly && f?.severity !== 'error') {
      continue;
    }
    if (filter.hideRoutine && (f?.role === 'noise' || f?.severity === 'hint' || f?.severity === 'information')) {
      continue;
    }
    if (filter.component && componentOf(doc, line) !== filter.component) {
      continue;
    }
    const t = timeAt(timeline, line);
    if ((filter.from !== undefined && !(t >= filter.from)) || (filter.to !== undefined && !(t <= filter.to))) {
      continue;
    }
    const number = String(line + 1).padStart(width);
    links.push({ line: lines.length, start: 0, end: number.length, uri, targetLine: line, targetCharacter: f?.start ?? 0 });
    lines.push(`${number}  ${lineAt(doc, line)}`);
  }
  if (lines.length === 2) {
    lines.push(say(lang, 'view.noLine'));
  }
  return { title: `${name} (${described})`, text: lines.join('\n') + '\n', links };
}

/** `name:123` references of a report, linked to their logs. */
function reportLinks(text: string, analysis: BundleAnalysis): ViewLink[] {
  const byName = new Map(analysis.names.map((n, i) => [n, must(analysis.docs[i]).uri ?? ''] as const));
  const links: ViewLink[] = [];
  text.split('\n').forEach((row, line) => {
    for (const m of row.matchAll(/([\w.\-\\/]+):(\d+)/g)) {
      const [whole, ref = '', number] = m;
      const name = ref.trim().replace(/^`/, '');
      const uri = byName.get(name);
      if (uri) {
        const start = m.index + whole.indexOf(name);
        links.push({ line, start, end: m.index + whole.length, uri, targetLine: Number(number) - 1, targetCharacter: 0 });
      }
    }
  });
  return links;
}

export function registerViews(ctx: ServerContext): void {
  ctx.connection.onRequest(BundleFailuresRequest, (): BundleFailuresResult => bundleFailures(ctx.bundle.analyze(), langOf(ctx)));
  ctx.connection.onRequest(ViewRequest, async (params: ViewParams): Promise<ViewResult | null> => {
    const analysis = ctx.bundle.analyze();
    const lang = langOf(ctx);
    if (params.kind === 'timeline') {
      return caseTimeline(analysis, lang);
    }
    if (params.kind === 'excerpt') {
      const large = largeFailures.get(params.uri);
      if (!large) {
        return null;
      }
      const { text, lines } = await readExcerpt(large.file, large.ansi, excerptLines(large.failures));
      const title = say(lang, 'view.excerptTitle', { name: params.uri.split('/').pop() ?? params.uri, lines: lines.length, failures: large.failures.length });
      return { title, text, links: [], source: { uri: params.uri, lines } };
    }
    const doc = getLogDocument(ctx, params.uri) ?? analysis.docs.find((d) => d.uri === params.uri);
    if (!doc) {
      return null;
    }
    const index = analysis.docs.indexOf(doc);
    const name = analysis.names[index] ?? params.uri.split('/').pop() ?? params.uri;
    const failures = analysis.failures[index] ?? visibleFailures(doc, await ctx.settings.get(params.uri).catch(() => DEFAULT_SETTINGS));
    if (params.kind === 'filter') {
      return filteredView(doc, params.uri, name, failures, params.filter, lang);
    }
    const text = analysis.docs.length > 0 ? formatBundleReport(analysis, lang) : formatReport(doc, failures, lang);
    return { title: say(lang, 'view.reportTitle'), text, links: reportLinks(text, analysis) };
  });
}
