// The VS Code client: starts the language server and adds the few commands the editor has no
// built-in for. All analysis happens in the server.

import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DecodeRequest, DetectedNotification, type DetectedParams } from '../../protocol/protocol.js';
import { registerCommands } from './commands.js';
import { registerLargeFile } from './largeFile.js';
import { registerFailuresView, type FailuresProvider } from './failuresView.js';
import { VIEW_SCHEME, registerViews } from './views.js';
import { crashPolicy, watchForHangs } from './watchdog.js';

export const LANGUAGES = ['cbs-log', 'setupapi-log', 'dism-log', 'panther-log', 'windowsupdate-log'];
/** Generic languages a servicing log is often opened as; the server decides by content. */
const GENERIC_LANGUAGES = ['log', 'plaintext'];

let client: LanguageClient | undefined;

/** What activate returns: the Failures view's data, read by the e2e suite. */
export interface Api {
  failures: FailuresProvider;
}

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const crashes = crashPolicy();
  const clientOptions: LanguageClientOptions = {
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: async () => {
        const { delayMs, message } = crashes.crashed(Date.now());
        if (message) {
          void vscode.window.showWarningMessage(message);
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return { action: CloseAction.Restart, handled: true };
      },
    },
    documentSelector: [
      ...[...LANGUAGES, ...GENERIC_LANGUAGES].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
        { scheme: 'vscode-remote', language },
      ]),
      // Excerpts of large logs are analysed like any log; the other views are not logs.
      { scheme: VIEW_SCHEME, pattern: '**/excerpt/*' },
    ],
    // The hover's "Full card" and "Every line of the case" links are command links.
    markdown: { isTrusted: { enabledCommands: ['servicingLogs.decodeErrorCode', 'editor.action.referenceSearch.trigger'] } },
    synchronize: {
      configurationSection: 'servicingLogs',
      // The bundle index follows logs appearing, changing and disappearing in the workspace.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{log,LOG,Log}'),
    },
  };
  client = new LanguageClient('servicingLogs', 'Windows Servicing Logs', serverOptions, clientOptions);
  client.onNotification(DetectedNotification, (params: DetectedParams) => void adoptLanguage(params));
  registerCommands(context, () => client);
  const views = registerViews(context, () => client);
  const largeFiles = registerLargeFile(context, () => client, views.open);
  const failures = registerFailuresView(context, () => client);
  await client.start();
  largeFiles.analyseActiveTab();
  const hangs = watchForHangs({
    ping: () => client!.sendRequest(DecodeRequest, { text: '0x80070002' }),
    running: () => client?.state === State.Running,
    tell: (message) => void vscode.window.showWarningMessage(message),
    restart: () => client!.restart(),
    setTimer: (run, ms) => {
      const timer = setTimeout(run, ms);
      return { dispose: () => clearTimeout(timer) };
    },
  });
  context.subscriptions.push(hangs);
  return { failures };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** A servicing log opened as plain text or `log` gets its own language once the server knows it. */
async function adoptLanguage(params: DetectedParams): Promise<void> {
  if (!params.languageId) {
    return;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === params.uri);
  if (doc && GENERIC_LANGUAGES.includes(doc.languageId)) {
    client?.outputChannel.appendLine(`${params.uri}: content is ${params.languageId}, switching from ${doc.languageId}`);
    await vscode.languages.setTextDocumentLanguage(doc, params.languageId);
  } else {
    client?.outputChannel.appendLine(`${params.uri}: content is ${params.languageId}${doc ? ` (language ${doc.languageId})` : ' (document not found)'}`);
  }
}
