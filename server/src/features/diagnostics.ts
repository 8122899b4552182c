// Diagnostics: pull (textDocument/diagnostic) when the client supports it, push otherwise, so
// every LSP client gets them. A settings change asks the client to pull again.

import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver/node';
import { type ServerContext, getLogDocument, visibleFailures } from '../context';
import { toDiagnostic } from '../convert';

async function computeDiagnostics(ctx: ServerContext, uri: string): Promise<Diagnostic[]> {
  const doc = getLogDocument(ctx, uri);
  if (!doc) {
    return [];
  }
  const settings = await ctx.settings.get(uri);
  return visibleFailures(doc, settings).map((f) => toDiagnostic(f, uri));
}

export function registerDiagnostics(ctx: ServerContext, pull: boolean): { refresh(): void } {
  const { connection, documents } = ctx;
  if (pull) {
    connection.languages.diagnostics.on(async (params, token) => {
      const items = await computeDiagnostics(ctx, params.textDocument.uri).catch((error: unknown) => {
        connection.console.error(`diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return [];
      });
      if (token.isCancellationRequested) {
        return new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
      }
      return { kind: DocumentDiagnosticReportKind.Full, items };
    });
    return { refresh: () => void connection.languages.diagnostics.refresh() };
  }
  const timers = new Map<string, NodeJS.Timeout>();
  const push = (uri: string): void => {
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
          (error: unknown) => connection.console.error(`diagnostics failed: ${String(error)}`),
        );
      }, 150),
    );
  };
  documents.onDidOpen((e) => push(e.document.uri));
  documents.onDidChangeContent((e) => push(e.document.uri));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return { refresh: () => documents.all().forEach((d) => push(d.uri)) };
}
