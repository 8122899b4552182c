// Diagnostics: pull (textDocument/diagnostic) when the client supports it, push otherwise, so
// every LSP client gets them. A settings change asks the client to pull again.

import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver/node';
import { bundleRelatedLines, findFailuresSteps, type Failure, type RelatedLine } from '../../../analysis/src/index.js';
import { groupProblems, groupedFailure } from './problems.js';
import { type ServerContext, langOf, visibleFailures } from '../context.js';
import { toDiagnostic } from '../convert.js';
import { nextTurn } from '../documentCache.js';

/** Thrown when a newer version of the document arrived while the work was under way. */
class Stale extends Error {}

/**
 * Diagnostics in steps (settings, the parse in slices, the failures in phases) with a turn of the
 * event loop between them: requests are answered meanwhile, and a cancellation or a newer version
 * of the document is noticed and stops the older work.
 */
async function computeDiagnostics(ctx: ServerContext, uri: string, isCancelled: () => boolean = () => false): Promise<Diagnostic[]> {
  const version = ctx.documents.get(uri)?.version;
  const check = async (): Promise<void> => {
    await nextTurn();
    if (isCancelled() || ctx.documents.get(uri)?.version !== version) {
      throw new Stale();
    }
  };
  const settings = await ctx.settings.get(uri);
  await check();
  const source = ctx.documents.get(uri);
  const doc = source && (await ctx.cache.load(source));
  if (!doc) {
    return [];
  }
  await check();
  const steps = findFailuresSteps(doc, { noisePatterns: settings.noisePatterns });
  while (steps.next().done !== true) {
    await check();
  }
  const failures = visibleFailures(doc, settings);
  await check();
  const bundle = ctx.bundle.analysisFor(uri);
  const index = bundle ? bundle.docs.findIndex((d) => d.uri === uri) : -1;
  // The lines of the other logs go under the verdict only (under the root cause when the log has no
  // verdict), not under every error of the chain; the Problems panel names their file already.
  const hasVerdict = failures.some((f) => f.role === 'verdict');
  const crossLog = (f: Failure): RelatedLine[] =>
    bundle && index >= 0 && (f.role === 'verdict' || (!hasVerdict && f.role === 'root-cause'))
      ? bundleRelatedLines(bundle, index, f)
      : [];
  return groupProblems(failures, settings.maxDiagnostics).map((group) => {
    const f = groupedFailure(group);
    return toDiagnostic(f, uri, langOf(ctx), crossLog(f));
  });
}

export function registerDiagnostics(ctx: ServerContext, pull: boolean): { refresh(): void } {
  const { connection, documents } = ctx;
  if (pull) {
    connection.languages.diagnostics.on(async (params, token) => {
      try {
        const items = await computeDiagnostics(ctx, params.textDocument.uri, () => token.isCancellationRequested);
        return { kind: DocumentDiagnosticReportKind.Full, items };
      } catch (error) {
        if (error instanceof Stale) {
          // The client cancelled: it does not want this answer, so it must not be asked to retry.
          return token.isCancellationRequested
            ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled')
            : new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer version', { retriggerRequest: true });
        }
        connection.console.error(`diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      }
    });
    return { refresh: () => void connection.languages.diagnostics.refresh() };
  }
  const timers = new Map<string, NodeJS.Timeout>();
  const push = (uri: string, delay = 150): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const doc = documents.get(uri);
        if (!doc) {
          return;
        }
        void computeDiagnostics(ctx, uri).then(
          (diagnostics) => connection.sendDiagnostics({ uri, version: doc.version, diagnostics }),
          (error: unknown) => {
            if (!(error instanceof Stale)) {
              connection.console.error(`diagnostics failed: ${String(error)}`);
            }
          },
        );
      }, delay),
    );
  };
  // An open is answered at once; edits are debounced. TextDocuments reports a content change right
  // after each open, which is not an edit.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    push(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (!justOpened.delete(e.document.uri)) {
      push(e.document.uri);
    }
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return { refresh: () => documents.all().forEach((d) => push(d.uri)) };
}
