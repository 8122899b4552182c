// Custom requests used by the client's commands: the failure list, decoding typed codes, and the
// triage report.

import {
  DecodeRequest,
  FailuresRequest,
  ReportRequest,
  type DecodeParams,
  type DecodeResult,
  type FailuresParams,
  type FailuresResult,
  type ReportParams,
  type ReportResult,
} from '../../../protocol/protocol.js';
import { describeCode, formatBundleReport, formatCodeCard, formatReport, getSummary, parseCodeInput, describeName } from '../../../analysis/src/index.js';
import { type ServerContext, getLogDocument, langOf, visibleFailures } from '../context.js';
import { toFailureItem } from '../convert.js';
import { runSafe } from '../runSafe.js';

export function registerRequests(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onRequest(FailuresRequest, async (params: FailuresParams, token): Promise<FailuresResult> => {
    const empty: FailuresResult = { failures: [], summary: '' };
    const doc = getLogDocument(ctx, params.uri);
    if (!doc) {
      return empty;
    }
    const settings = await ctx.settings.get(params.uri);
    const result = runSafe(connection, token, empty, 'failures', () => {
      const failures = visibleFailures(doc, settings);
      const lang = langOf(ctx);
      const summary = getSummary(doc, failures, lang);
      return { failures: failures.map((f) => toFailureItem(f, lang)), summary: summary.text, focusLine: summary.focusLine };
    });
    return 'failures' in result ? result : empty;
  });
  connection.onRequest(DecodeRequest, (params: DecodeParams): DecodeResult => {
    const byName = describeName(params.text.trim());
    const value = byName ? byName.value : parseCodeInput(params.text);
    if (value === undefined) {
      return null;
    }
    return { markdown: formatCodeCard(byName ?? describeCode(value, 'any', undefined, langOf(ctx)), langOf(ctx)) };
  });
  connection.onRequest(ReportRequest, async (params: ReportParams): Promise<ReportResult> => {
    const doc = getLogDocument(ctx, params.uri);
    if (!doc) {
      return null;
    }
    const bundle = ctx.bundle.analyze();
    const lang = langOf(ctx);
    return { markdown: bundle.docs.length > 0 ? formatBundleReport(bundle, lang) : formatReport(doc, visibleFailures(doc, await ctx.settings.get(params.uri)), lang) };
  });
}
