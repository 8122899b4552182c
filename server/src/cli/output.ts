// What the CLI prints: the triage report (text), structured findings (json) or SARIF 2.1.0, each
// with the logs that were summarised by the streaming pass and those not analysed at all.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleFindings, formatBundleReport, forTerminal, markdownCode, markdownText, say, textOf, toSarif, type Lang, type Phrase, type BundleAnalysis, type Failure, type LogKind } from '../../../analysis/src/index.js';
import type { Format } from './args.js';
import { VERSION } from '../version.js';

export interface Skipped {
  name: string;
  reason: Phrase;
}

/** A log read in one streaming pass: too large to hold for correlation. */
export interface Summarised {
  name: string;
  why: Phrase;
  kind: LogKind;
  lines: number;
  bytes: number;
  errors: number;
  warnings: number;
  summary: string;
  /** Its errors, in line order (the first MAX_LISTED). */
  errorList: readonly Failure[];
}

export interface Collection {
  root: string;
  names: readonly string[];
  analysis: BundleAnalysis;
  skipped: readonly Skipped[];
  summarised: readonly Summarised[];
  /** The language of the text report (JSON and SARIF are English: tools read them). */
  lang: Lang;
}

export const MAX_LISTED = 50;

export function render(format: Format, c: Collection): string {
  if (format === 'json') {
    const skipped = c.skipped.map((s) => ({ name: s.name, reason: textOf('en', s.reason) }));
    const summarised = c.summarised.map(({ errorList, ...s }) => ({ ...s, why: textOf('en', s.why), errorList: errorList.map((f) => ({ line: f.line + 1, code: f.code, message: textOf('en', f.message) })) }));
    return JSON.stringify({ tool: 'servicing-logs', version: VERSION, root: c.root.split(path.sep).join('/'), ...bundleFindings(c.analysis), summarised, skipped }, null, 2) + '\n';
  }
  if (format === 'sarif') {
    const notes = [
      ...c.summarised.map((s) => ({ level: 'warning' as const, message: `Summarised ${s.name} (${textOf('en', s.why)}): ${s.summary}`, uri: encodeRelative(s.name) })),
      ...c.skipped.map((s) => ({ level: 'note' as const, message: `Skipped ${s.name}: ${textOf('en', s.reason)}`, uri: encodeRelative(s.name) })),
    ];
    const sarif = toSarif(c.analysis, {
      relativeUris: c.names.map(encodeRelative),
      baseUri: pathToFileURL(c.root + path.sep).href,
      toolVersion: VERSION,
      notifications: notes,
    });
    return JSON.stringify(sarif, null, 2) + '\n';
  }
  const report = c.analysis.docs.length > 0 || c.summarised.length === 0 ? formatBundleReport(c.analysis, c.lang, { skipped: c.skipped }) : '';
  return forTerminal([report, ...c.summarised.map((s) => formatSummarised(s, c.lang))].filter((s) => s.length > 0).join('\n\n')) + '\n';
}

function formatSummarised(s: Summarised, lang: Lang): string {
  const out = [
    `## ${say(lang, 'cli.summarisedHeading', { name: markdownCode(s.name), why: markdownText(textOf(lang, s.why)) })}`,
    '',
    say(lang, 'cli.summarisedLine', { kind: s.kind, lines: s.lines, size: (s.bytes / 1024 / 1024).toFixed(0), summary: markdownText(s.summary) }),
  ];
  if (s.errorList.length > 0) {
    out.push('', ...s.errorList.map((f) => `- ${say(lang, 'report.chainItem', { line: f.line + 1, message: markdownText(textOf(lang, f.message)) })}`));
    if (s.errors > s.errorList.length) {
      out.push(`- ${say(lang, 'cli.moreErrors', { count: s.errors - s.errorList.length })}`);
    }
  }
  return out.join('\n');
}

function encodeRelative(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

