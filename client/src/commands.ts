// Commands: walk failures (errors only, skipping noise), jump to the root cause, list failures,
// decode a code typed by the user, copy the triage report.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DecodeRequest,
  BundleFailuresRequest,
  FailuresRequest,
  MomentRequest,
  ReportRequest,
  type FailureItem,
  type FailuresResult,
} from '../../protocol/protocol.js';

import { activeLog } from './views.js';

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
    vscode.commands.registerCommand('servicingLogs.openLocation', openLocation),
    vscode.commands.registerCommand('servicingLogs.decodeErrorCode', async (input?: string) => {
      const text = input ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Error code to decode'), placeHolder: '0x800703f1, 2147943409, 1009, ERROR_BADDB' }));
      const client = getClient();
      if (!text || !client) {
        return undefined;
      }
      const result = await client.sendRequest(DecodeRequest, { text });
      if (!result) {
        void vscode.window.showWarningMessage(vscode.l10n.t('"{0}" is not an error code this extension can read.', text));
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
  return client ? client.sendRequest(FailuresRequest, { uri }) : undefined;
}

async function reveal(editor: vscode.TextEditor, line: number, character = 0): Promise<void> {
  const position = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function stepFailure(getClient: ClientGetter, direction: 1 | -1): Promise<void> {
  const editor = activeLog();
  if (!editor) {
    return;
  }
  const result = await fetchFailures(getClient, editor.document.uri.toString());
  const errors = (result?.failures ?? []).filter((f) => f.severity === 'error');
  const first = errors[0];
  const last = errors.at(-1);
  if (!first || !last) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No failures (errors) in this log: nowhere to go.'));
    return;
  }
  const current = editor.selection.active.line;
  const ahead = direction === 1 ? errors.find((f) => f.line > current) : [...errors].reverse().find((f) => f.line < current);
  const next = ahead ?? (direction === 1 ? first : last);
  if (!ahead) {
    void vscode.window.showInformationMessage(
      direction === 1 ? vscode.l10n.t('Past the last failure: back to the first (line {0}).', next.line + 1) : vscode.l10n.t('Before the first failure: on to the last (line {0}).', next.line + 1),
    );
  }
  await reveal(editor, next.line, next.character);
}

async function goToRootCause(getClient: ClientGetter, uri?: string, line?: number): Promise<void> {
  let editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  if (uri && editor?.document.uri.toString() !== uri) {
    editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  } else if (!uri) {
    editor = activeLog();
  }
  if (!editor) {
    return;
  }
  const result = await fetchFailures(getClient, editor.document.uri.toString());
  const target = line ?? result?.focusLine;
  if (target === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No failures in this log: no root cause to go to.'));
    return;
  }
  // On the code of the failure, not at column 1.
  const failure = result?.failures.find((f) => f.line === target);
  await reveal(editor, target, failure?.character ?? 0);
}

/**
 * Open a log at a line with the cursor on `character` (the Failures view, the excerpt's line
 * numbers). A file over 50 MB is opened by the editor alone: VS Code does not hand it to
 * extensions, so `showTextDocument` fails, but `vscode.open` shows it at the line (VS Code asks
 * first for a file that large). A file that is gone is said so.
 */
export async function openLocation(uri: string, line: number, character: number): Promise<void> {
  const target = vscode.Uri.parse(uri);
  try {
    await reveal(await vscode.window.showTextDocument(target, { preview: false }), line, character);
    return;
  } catch (error) {
    if (!(await exists(target))) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Servicing Logs: {0} cannot be opened ({1}).', vscode.workspace.asRelativePath(target), error instanceof Error ? error.message : String(error)),
      );
      return;
    }
  }
  const position = new vscode.Position(line, character);
  await vscode.commands.executeCommand('vscode.open', target, { preview: false, selection: new vscode.Range(position, position) });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

const ICONS: Record<FailureItem['severity'], string> = {
  error: '$(error)',
  warning: '$(warning)',
  information: '$(info)',
  hint: '$(light-bulb)',
};

/** Every error and warning of every log of the bundle, in a quick pick. */
async function showFailures(getClient: ClientGetter): Promise<void> {
  const client = getClient();
  if (!client) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Servicing Logs: the language server is not running.'));
    return;
  }
  const result = await client.sendRequest(BundleFailuresRequest, {});
  const items = result.logs.flatMap((log) =>
    log.operations.flatMap((op) =>
      op.failures
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .map((f) => ({ label: `${ICONS[f.severity]} ${f.message}`, description: `${log.name}:${f.line + 1}`, detail: f.role === 'root-cause' || f.role === 'verdict' ? f.role : undefined, uri: log.uri, failure: f })),
    ),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Failures of the case ({0} logs)', result.logs.length),
    matchOnDescription: true,
    placeHolder: items.length ? vscode.l10n.t('Go to failure') : vscode.l10n.t('No failures'),
  });
  if (picked) {
    await openLocation(picked.uri, picked.failure.line, picked.failure.character);
  }
}

async function copyReport(getClient: ClientGetter): Promise<void> {
  const editor = activeLog();
  const client = getClient();
  if (!editor || !client) {
    return;
  }
  const result = await client.sendRequest(ReportRequest, { uri: editor.document.uri.toString() });
  if (result) {
    await vscode.env.clipboard.writeText(result.markdown);
    void vscode.window.showInformationMessage(vscode.l10n.t('Triage report copied to the clipboard (Markdown).'));
  }
}

/** Peek at the lines of every other log of the bundle written at the cursor line's moment. */
async function showMoment(getClient: ClientGetter): Promise<vscode.Location[] | undefined> {
  const editor = activeLog();
  const client = getClient();
  if (!editor || !client) {
    return undefined;
  }
  const position = editor.selection.active;
  const moments = await client.sendRequest(MomentRequest, { uri: editor.document.uri.toString(), line: position.line });
  if (moments.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No other log of this bundle has a line at this moment (open or add the other logs of the case to the workspace).'));
    return [];
  }
  const locations = moments.map((m) => new vscode.Location(vscode.Uri.parse(m.uri), new vscode.Position(m.line, 0)));
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, position, locations);
  return locations;
}
