// The triage report of one log, as Markdown: verdict, root-cause chain with decoded codes, the
// other failures, and what was set aside as routine noise.

import type { Failure } from '../model';
import type { LogDocument } from '../document';
import { lineAt } from '../document';
import { getSummary } from '../failures/index';
import { describeCode } from '../codes/describe';
import { markdownCode, markdownText as md } from './escape';

export const KIND_NAMES: Record<string, string> = {
  cbs: 'CBS log',
  dism: 'DISM log',
  panther: 'Windows Setup (Panther) log',
  setupapi: 'SetupAPI log',
  windowsupdate: 'WindowsUpdate.log',
  setupdiag: 'SetupDiag report',
  plain: 'not a recognised servicing log',
};

function fileName(uri: string | undefined): string {
  if (!uri) {
    return '(untitled)';
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

export function formatReport(doc: LogDocument, failures: readonly Failure[], options: ReportOptions = {}): string {
  const summary = getSummary(doc, failures);
  const name = md(options.name ?? fileName(doc.uri));
  const h = '#'.repeat(options.headingLevel ?? 2);
  const out: string[] = [`${h} ${name} — ${KIND_NAMES[doc.kind]}`, '', `**${md(summary.text)}**`, ''];
  for (const note of doc.notes) {
    out.push(`> ${md(note)}`, '');
  }
  const verdicts = failures.filter((f) => f.role === 'verdict');
  for (const verdict of verdicts) {
    out.push(`${h}# Verdict, line ${verdict.line + 1}: ${md(verdict.message)}`, '', quote(doc, verdict.line), '');
    const root = failures.find((f) => f.role === 'root-cause' && verdict.related.some((r) => r.line === f.line));
    if (root) {
      out.push(`**Root cause, line ${root.line + 1}:** ${md(root.message.replace(/^Root cause: /, ''))}`, '', quote(doc, root.line), '');
      if (root.value !== undefined) {
        const d = describeCode(root.value, 'any', doc.learnedNames.get(root.value));
        if (d.explanation) {
          out.push(`*${d.name ?? d.hex}:* ${d.explanation.meaning}`, '');
          out.push('What to check next:', ...d.explanation.next.map((step) => `- ${step}`), '');
        }
      }
    }
    const chain = verdict.related.filter((r) => !root || r.line !== root.line);
    if (chain.length > 0) {
      out.push('Chain:', ...chain.map((r) => `- line ${r.line + 1}: ${md(r.message)}`), '');
    }
  }
  const others = failures.filter((f) => f.severity === 'error' && f.role === 'failure');
  if (others.length > 0) {
    out.push(`${h}# Other errors (${others.length})`, '');
    out.push(...others.slice(0, 30).map((f) => `- line ${f.line + 1}: ${md(f.message)}`));
    if (others.length > 30) {
      out.push(`- … ${others.length - 30} more`);
    }
    out.push('');
  }
  const noise = failures.filter((f) => f.role === 'noise').length;
  if (noise > 0) {
    out.push(`_${noise} routine failure${noise === 1 ? '' : 's'} set aside as noise (shown as hints in the editor)._`, '');
  }
  return out.join('\n');
}
