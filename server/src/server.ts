// startServer: capabilities, feature registration, document sync. Domain logic lives in analysis/.

import { MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BundleChangedNotification, DetectedNotification, type DetectedParams } from '../../protocol/protocol.js';
import { describeCode, say, scanCodes, textOf } from '../../analysis/src/index.js';
import { DocumentCache } from './documentCache.js';
import { SettingsStore } from './settings.js';
import { type ServerContext, langOf, languageIdOf } from './context.js';
import { registerDiagnostics } from './features/diagnostics.js';
import { registerHover } from './features/hover.js';
import { registerStructure } from './features/structure.js';
import { registerSummary } from './features/summary.js';
import { registerRequests } from './features/requests.js';
import { registerLargeFile } from './features/largeFile.js';
import { registerCrossLog } from './features/crossLog.js';
import { LogBundle } from './bundle.js';
import { VERSION } from './version.js';
import { registerReferences } from './features/references.js';
import { registerViews } from './features/views.js';
import { withSafeHandlers } from './runSafe.js';

export const SERVER_INFO = { name: 'servicing-logs', version: VERSION };

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const ctx = { connection: withSafeHandlers(connection, (uri) => documents.get(uri)?.lineCount), documents, cache: new DocumentCache(16), settings: new SettingsStore(connection, () => langOf(ctx)), locale: 'en' } as ServerContext;
  ctx.bundle = new LogBundle(ctx);
  let refreshDiagnostics = (): void => undefined;
  let codeLensRefresh = false;
  let folderEvents = false;

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    ctx.locale = params.locale?.toLowerCase() || 'en';
    connection.console.info(`display language: ${ctx.locale}`);
    ctx.settings.supportsConfiguration = capabilities.workspace?.configuration === true;
    codeLensRefresh = capabilities.workspace?.codeLens?.refreshSupport === true;
    folderEvents = capabilities.workspace?.workspaceFolders === true;
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    refreshDiagnostics = registerDiagnostics(ctx, pull).refresh;
    registerHover(ctx);
    registerStructure(ctx, capabilities.textDocument?.foldingRange?.rangeLimit);
    registerSummary(ctx);
    registerRequests(ctx);
    registerLargeFile(ctx);
    registerCrossLog(ctx);
    registerReferences(ctx);
    registerViews(ctx);
    ctx.bundle.setRoots([...(params.workspaceFolders ?? []).map((f) => f.uri), ...(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : [])]);
    return {
      serverInfo: SERVER_INFO,
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        foldingRangeProvider: true,
        documentSymbolProvider: { label: 'Servicing log' },
        codeLensProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
    };
  });

  connection.onInitialized(() => {
    // Build the error-code tables and compile the code scanner now, not inside the first open.
    setImmediate(() => {
      describeCode(0x80070002, 'hresult');
      scanCodes('[HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND] hr=0x80070002 Error: 0x2');
    });
    ctx.bundle.onAnalyzed = () => {
      refreshDiagnostics();
      void connection.sendNotification(BundleChangedNotification, {});
    };
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        ctx.bundle.changeRoots(
          e.added.map((f) => f.uri),
          e.removed.map((f) => f.uri),
        );
        if (indexed) {
          void indexBundle(ctx);
        }
      });
    }
  });
  // The workspace is searched for the other logs of the case once a servicing log is open: a
  // workspace without one (the extension also starts for plain text files) is never walked.
  let indexed = false;
  connection.onDidChangeWatchedFiles((params) => {
    // One bad change (a malformed URI) is logged; the rest of the batch is still applied.
    for (const change of params.changes ?? []) {
      try {
        ctx.bundle.fileChanged(change.uri, change.type === 3);
      } catch (error) {
        connection.console.error(`file change ${JSON.stringify(change.uri)} ignored: ${String(error)}`);
      }
    }
    refreshDiagnostics();
  });

  connection.onDidChangeConfiguration(() => {
    ctx.settings.clear();
    refreshDiagnostics();
    if (codeLensRefresh) {
      void connection.sendRequest('workspace/codeLens/refresh');
    }
  });

  // Parsed in steps: requests are answered while a big log is parsed.
  documents.onDidOpen((e) => {
    ctx.cache.load(e.document).then(
      (doc) => {
        if (doc) {
          const params: DetectedParams = { uri: e.document.uri, languageId: languageIdOf(doc), notes: doc.notes.map((note) => textOf(langOf(ctx), note)) };
          void connection.sendNotification(DetectedNotification, params);
          if (!indexed && doc.kind !== 'plain') {
            indexed = true;
            void indexBundle(ctx);
          }
        }
      },
      (error: unknown) => connection.console.error(`parse failed for ${e.document.uri}: ${String(error)}`),
    );
  });
  documents.onDidClose((e) => ctx.cache.drop(e.document.uri));

  documents.listen(connection);
  connection.listen();
}

/** Find the logs of the workspace folders in the background, with progress. */
async function indexBundle(ctx: ServerContext): Promise<void> {
  const progress = await ctx.connection.window.createWorkDoneProgress().catch(() => undefined);
  const lang = langOf(ctx);
  progress?.begin(say(lang, 'progress.indexing'), undefined, say(lang, 'progress.looking'));
  try {
    const found = await ctx.bundle.index((read, total) => progress?.report(say(lang, 'progress.read', { read, total })));
    if (found > 0) {
      ctx.connection.console.info(`log bundle: ${found} servicing logs in the workspace`);
      ctx.bundle.onAnalyzed();
    }
    const leftOut = ctx.bundle.leftOut();
    if (leftOut.length > 0) {
      const lines = leftOut.map((l) => say(lang, 'file.named', { name: l.name, reason: l.reason }));
      ctx.connection.console.info(`log bundle: left out of correlation:\n${lines.join('\n')}`);
      const more = lines.length > 3 ? say(lang, 'bundle.leftOutMore', { count: lines.length - 3 }) : '';
      const message = say(lang, 'bundle.leftOut', { count: lines.length, list: lines.slice(0, 3).join(say(lang, 'bundle.leftOutSeparator')), more });
      void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    }
  } catch (error) {
    ctx.connection.console.error(`indexing the workspace failed: ${String(error)}`);
  } finally {
    progress?.done();
  }
}
