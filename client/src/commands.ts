// Commands: walk failures (errors only, skipping noise), jump to the root cause, list failures,
// decode a code typed by the user, copy the triage report.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DecodeRequest,
  FailuresRequest,
  MomentRequest,
  type MomentResult,
  ReportRequest,
  type DecodeResult,
  type FailureItem,
  type FailuresResult,
  type ReportResult,
} from '../../protocol/protocol';

type ClientGetter = () => LanguageClient | undefined;

const CODE_SCHEME = 'servicing-logs-code';

export function registerCommands(context: vscode.ExtensionContext, getClient: ClientGetter): void {
  const codeCards = new Map<string, string>();
  const cardChanged = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(CODE_SCHEME, {
      onDidChange: cardChanged.event,
      provideTextDocumentContent: (uri) => codeCards.get(uri.path) ?? '',
    }),
    vscode.commands.registerCommand('servicingLogs.nextFailure', () => stepFailure(getClient, 1)),
    vscode.commands.registerCommand('servicingLogs.previousFailure', () => stepFailure(getClient, -1)),
    vscode.commands.registerCommand('servicingLogs.goToRootCause', (uri?: string, line?: number) => goToRootCause(getClient, uri, line)),
    vscode.commands.registerCommand('servicingLogs.showFailures', () => showFailures(getClient)),
    vscode.commands.registerCommand('servicingLogs.copyTriageReport', () => copyReport(getClient)),
    vscode.commands.registerCommand('servicingLogs.showMomentInOtherLogs', () => showMoment(getClient)),
    vscode.commands.registerCommand('servicingLogs.decodeErrorCode', async (input?: string) => {
      const text = input ?? (await vscode.window.showInputBox({ prompt: 'Error code to decode', placeHolder: '0x800703f1, 2147943409, 1009 or ERROR_BADDB' }));
      const client = getClient();
      if (!text || !client) {
        return undefined;
      }
      const result = await client.sendRequest<DecodeResult>(DecodeRequest, { text });
      if (!result) {
        void vscode.window.showWarningMessage(`"${text}" is not an error code this extension can read.`);
        return undefined;
      }
      const path = `/${text.trim().replace(/[^\w-]+/g, '_')}.md`;
      codeCards.set(path, result.markdown);
      const uri = vscode.Uri.from({ scheme: CODE_SCHEME, path });
      cardChanged.fire(uri);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return result.markdown;
    }),
  );
}

async function fetchFailures(getClient: ClientGetter, uri: string): Promise<FailuresResult | undefined> {
  const client = getClient();
  return client ? client.sendRequest<FailuresResult>(FailuresRequest, { uri }) : undefined;
}

async function reveal(editor: vscode.TextEditor, line: number, character = 0): Promise<void> {
  const position = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function stepFailure(getClient: ClientGetter, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const result = await fetchFailures(getClient, editor.document.uri.toString());
  const errors = (result?.failures ?? []).filter((f) => f.severity === 'error');
  if (errors.length === 0) {
    void vscode.window.setStatusBarMessage('No failures in this log', 3000);
    return;
  }
  const current = editor.selection.active.line;
  const next =
    direction === 1
      ? (errors.find((f) => f.line > current) ?? errors[0])
      : ([...errors].reverse().find((f) => f.line < current) ?? errors[errors.length - 1]);
  await reveal(editor, next.line, next.character);
}

async function goToRootCause(getClient: ClientGetter, uri?: string, line?: number): Promise<void> {
  let editor = vscode.window.activeTextEditor;
  if (uri && editor?.document.uri.toString() !== uri) {
    editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  }
  if (!editor) {
    return;
  }
  const target = line ?? (await fetchFailures(getClient, editor.document.uri.toString()))?.focusLine;
  if (target === undefined) {
    void vscode.window.setStatusBarMessage('No failures in this log', 3000);
    return;
  }
  await reveal(editor, target);
}

const ICONS: Record<FailureItem['severity'], string> = {
  error: '$(error)',
  warning: '$(warning)',
  information: '$(info)',
  hint: '$(light-bulb)',
};

async function showFailures(getClient: ClientGetter): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const result = await fetchFailures(getClient, editor.document.uri.toString());
  const items = (result?.failures ?? [])
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ label: `${ICONS[f.severity]} ${f.message}`, description: `line ${f.line + 1}`, detail: f.role === 'root-cause' || f.role === 'verdict' ? f.role : undefined, failure: f }));
  const picked = await vscode.window.showQuickPick(items, { title: result?.summary || 'Failures', matchOnDescription: true, placeHolder: items.length ? 'Go to failure' : 'No failures' });
  if (picked) {
    await reveal(editor, picked.failure.line, picked.failure.character);
  }
}

async function copyReport(getClient: ClientGetter): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const client = getClient();
  if (!editor || !client) {
    return;
  }
  const result = await client.sendRequest<ReportResult>(ReportRequest, { uri: editor.document.uri.toString() });
  if (result) {
    await vscode.env.clipboard.writeText(result.markdown);
    void vscode.window.showInformationMessage('Triage report copied to the clipboard (Markdown).');
  }
}

/** Peek at the lines of every other log of the bundle written at the cursor line's moment. */
async function showMoment(getClient: ClientGetter): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const client = getClient();
  if (!editor || !client) {
    return;
  }
  const position = editor.selection.active;
  const moments = await client.sendRequest<MomentResult>(MomentRequest, { uri: editor.document.uri.toString(), line: position.line });
  if (moments.length === 0) {
    void vscode.window.showInformationMessage('No other log of this bundle has a line at this moment (open or add the other logs of the case to the workspace).');
    return;
  }
  const locations = moments.map((m) => new vscode.Location(vscode.Uri.parse(m.uri), new vscode.Position(m.line, 0)));
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, position, locations);
}
