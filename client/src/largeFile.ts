// Logs over VS Code's 50 MB sync limit: the editor opens them but never hands them to extensions.
// "Analyze Large Log…" has the server read the file from disk instead; the failures land in the
// Problems panel for that file, and "Open Excerpt" opens the lines around each failure as a
// read-only log the server analyses like any other (hover, summary, report). A large servicing log that
// becomes the active tab is analysed the same way, once per file and size.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalyzeFileRequest, type AnalyzeFileResult, type ViewParams } from '../../protocol/protocol.js';

const SYNC_LIMIT = 50 * 1024 * 1024;
const LOG_NAME = /^(?:cbs(?:\.persist)?|cbspersist_\d+|dism|setupapi\.\w+|setup(?:act|err)|windowsupdate.*)\.log$/i;

type OpenView = (params: ViewParams, name: string) => Promise<vscode.TextEditor | undefined>;

export function registerLargeFile(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, openView: OpenView): { analyseActiveTab(): void } {
  const openExcerpt = (uri: vscode.Uri): Promise<vscode.TextEditor | undefined> =>
    openView({ kind: 'excerpt', uri: uri.toString() }, `excerpt/${uri.path.split('/').pop() ?? 'log'}`);
  const analysed = new Set<string>();
  const run = async (uri: vscode.Uri): Promise<AnalyzeFileResult | undefined> => {
    const client = getClient();
    if (!client) {
      return undefined;
    }
    const result = await client.sendRequest(AnalyzeFileRequest, { uri: uri.toString() });
    if (result.problem) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Servicing Logs: {0}', result.problem));
    } else {
      const excerpt = vscode.l10n.t('Open Excerpt');
      const failures = vscode.l10n.t('Show Failures');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('{0}: {1} ({2} lines, {3}). VS Code does not show files over 50 MB to extensions: the excerpt holds the lines around each failure.', vscode.workspace.asRelativePath(uri), result.summary ?? '', result.lineCount?.toLocaleString() ?? '?', result.encoding ?? ''),
          excerpt,
          failures,
        )
        .then((choice) => (choice === excerpt ? openExcerpt(uri) : choice === failures ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
    }
    return result;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('servicingLogs.analyzeLargeLog', async (target?: vscode.Uri) => {
      const uri =
        target ??
        unsyncedActiveTab() ??
        (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Analyze', filters: { Logs: ['log', 'txt'], All: ['*'] } }))?.[0];
      return uri ? run(uri) : undefined;
    }),
    vscode.commands.registerCommand('servicingLogs.openExcerpt', async (target?: vscode.Uri) => {
      const uri = target ?? unsyncedActiveTab();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Servicing Logs: run Analyze Large Log on a log over 50 MB first; its excerpt opens from there.'));
        return undefined;
      }
      return openExcerpt(uri);
    }),
    vscode.window.tabGroups.onDidChangeTabs(analyseActiveTab),
  );
  /** The active tab's log, if it is a servicing log over 50 MB not analysed yet at this size. */
  function analyseActiveTab(): void {
    const uri = unsyncedActiveTab();
    if (!uri || uri.scheme !== 'file' || !LOG_NAME.test(uri.path.split('/').pop() ?? '')) {
      return;
    }
    if (!vscode.workspace.getConfiguration('servicingLogs').get<boolean>('largeFiles.autoAnalyze', true)) {
      return;
    }
    let size = 0;
    try {
      size = fs.statSync(uri.fsPath).size;
    } catch {
      return;
    }
    const key = `${uri.toString()}:${size}`;
    if (size > SYNC_LIMIT && !analysed.has(key)) {
      analysed.add(key);
      void run(uri);
    }
  }
  // A tab opened (or restored) before the extension started has no tab event of its own.
  return { analyseActiveTab };
}

/** The active tab's file when VS Code did not hand its text to extensions (too large). */
function unsyncedActiveTab(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (!(input instanceof vscode.TabInputText)) {
    return undefined;
  }
  const synced = vscode.workspace.textDocuments.some((d) => d.uri.toString() === input.uri.toString());
  return synced ? undefined : input.uri;
}
