// The triage report of one log, as Markdown: verdict, root-cause chain with decoded codes, the
// other failures, and what was set aside as routine noise.

import type { Failure, LogKind } from '../model.js';
import type { LogDocument } from '../document.js';
import { lineAt } from '../document.js';
import { getSummary, rootOf } from '../failures/index.js';
import { describeCode } from '../codes/describe.js';
import { markdownCode, markdownText as md } from './escape.js';
import { relatedText, say, textOf, type Lang } from '../messages/index.js';

/** What kind of log it is, in words. */
export function kindName(lang: Lang, kind: LogKind): string {
  return say(lang, `report.kind.${kind}`);
}

function fileName(uri: string | undefined, lang: Lang): string {
  if (!uri) {
    return say(lang, 'report.untitled');
  }
  return decodeURIComponent(uri.split(/[\\/]/).pop() ?? uri);
}

function quote(doc: LogDocument, line: number): string {
  const text = lineAt(doc, line).trim();
  return markdownCode(text.length > 160 ? `${text.slice(0, 157)}…` : text);
}

export interface ReportOptions {
  /** Heading level of the log's title (default 2); its parts are one level below. */
  headingLevel?: number;
  /** Name shown for the log (default: the file name of its URI). */
  name?: string;
}

export function formatReport(doc: LogDocument, failures: readonly Failure[], lang: Lang, options: ReportOptions = {}): string {
  const summary = getSummary(doc, failures, lang);
  const name = md(options.name ?? fileName(doc.uri, lang));
  const h = '#'.repeat(options.headingLevel ?? 2);
  const out: string[] = [`${h} ${name} — ${kindName(lang, doc.kind)}`, '', `**${md(summary.text)}**`, ''];
  for (const note of doc.notes) {
    out.push(`> ${md(textOf(lang, note))}`, '');
  }
  const verdicts = failures.filter((f) => f.role === 'verdict');
  for (const verdict of verdicts) {
    out.push(`${h}# ${say(lang, 'report.verdictHeading', { line: verdict.line + 1, message: md(textOf(lang, verdict.message)) })}`, '', quote(doc, verdict.line), '');
    const root = rootOf(failures, verdict);
    if (root) {
      out.push(say(lang, 'report.rootCauseLine', { line: root.line + 1, message: md(textOf(lang, root.message)) }), '', quote(doc, root.line), '');
      if (root.value !== undefined) {
        const d = describeCode(root.value, 'any', doc.learnedNames.get(root.value), lang);
        if (d.explanation) {
          out.push(`*${d.name ?? d.hex}:* ${d.explanation.meaning}`, '');
          out.push(say(lang, 'report.checkNext'), ...d.explanation.next.map((step) => `- ${step}`), '');
        }
      }
    }
    const chain = verdict.related.filter((r) => !root || r.line !== root.line);
    if (chain.length > 0) {
      out.push(say(lang, 'report.chain'), ...chain.map((r) => `- ${say(lang, 'report.chainItem', { line: r.line + 1, message: md(relatedText(lang, r)) })}`), '');
    }
  }
  const others = failures.filter((f) => f.severity === 'error' && f.role === 'failure');
  if (others.length > 0) {
    out.push(`${h}# ${say(lang, 'report.otherErrors', { count: others.length })}`, '');
    out.push(...others.slice(0, 30).map((f) => `- ${say(lang, 'report.chainItem', { line: f.line + 1, message: md(textOf(lang, f.message)) })}`));
    if (others.length > 30) {
      out.push(`- ${say(lang, 'report.more', { count: others.length - 30 })}`);
    }
    out.push('');
  }
  const noise = failures.filter((f) => f.role === 'noise').length;
  if (noise > 0) {
    out.push(`_${say(lang, noise === 1 ? 'report.noiseOne' : 'report.noiseMany', { count: noise })}_`, '');
  }
  return out.join('\n');
}
