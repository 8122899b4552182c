// Read-only documents made by the server (the case timeline, filtered views of a log, the triage
// report, the excerpt of a large log), served under one scheme, with links from each line back to
// its source line. The excerpt's text stays the log's own lines (the server analyses it like the
// log), so its source line numbers are inlay hints at the start of each line, not text.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ViewRequest, type LineFilter, type ViewParams, type ViewResult } from '../../protocol/protocol.js';

export const VIEW_SCHEME = 'servicing-logs-view';

/** A log line as a link target: VS Code opens `file:…#L12,5` at line 12, column 5. */
export function lineTarget(uri: string, line: number, character: number): vscode.Uri {
  return vscode.Uri.parse(uri).with({ fragment: `L${line + 1},${character + 1}` });
}

export function registerViews(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): { open(params: ViewParams, name: string): Promise<vscode.TextEditor | undefined> } {
  const views = new Map<string, ViewResult>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let counter = 0;

  const open = async (params: ViewParams, name: string): Promise<vscode.TextEditor | undefined> => {
    const client = getClient();
    if (!client) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Servicing Logs: the language server is not running.'));
      return undefined;
    }
    const result = await client.sendRequest(ViewRequest, params);
    if (!result) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Servicing Logs: this document is not a servicing log the server knows.'));
      return undefined;
    }
    const uri = vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/${++counter}/${name}` });
    views.set(uri.toString(), result);
    changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(doc, { preview: false });
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, { onDidChange: changed.event, provideTextDocumentContent: (uri) => views.get(uri.toString())?.text ?? '' }),
    vscode.languages.registerDocumentLinkProvider({ scheme: VIEW_SCHEME }, {
      provideDocumentLinks: (doc) =>
        (views.get(doc.uri.toString())?.links ?? []).map((l) => {
          const link = new vscode.DocumentLink(new vscode.Range(l.line, l.start, l.line, l.end), lineTarget(l.uri, l.targetLine, l.targetCharacter));
          link.tooltip = vscode.l10n.t('Go to line {0} of the log', l.targetLine + 1);
          return link;
        }),
    }),
    vscode.languages.registerInlayHintsProvider({ scheme: VIEW_SCHEME }, {
      provideInlayHints: (doc, range) => {
        const source = views.get(doc.uri.toString())?.source;
        return source ? sourceLineHints(source, range) : [];
      },
    }),
    vscode.commands.registerCommand('servicingLogs.showTimeline', () => open({ kind: 'timeline' }, 'Case timeline.log')),
    vscode.commands.registerCommand('servicingLogs.openTriageReport', () => {
      const editor = activeLog();
      return editor ? open({ kind: 'report', uri: editor.document.uri.toString() }, 'Triage report.md') : undefined;
    }),
    vscode.commands.registerCommand('servicingLogs.filterLog', async (filter?: LineFilter) => {
      const editor = activeLog();
      if (!editor) {
        return undefined;
      }
      const chosen = filter ?? (await pickFilter(editor));
      if (!chosen) {
        return undefined;
      }
      const name = editor.document.uri.path.split('/').pop() ?? 'log';
      return open({ kind: 'filter', uri: editor.document.uri.toString(), filter: chosen }, `${name} (filtered)`);
    }),
  );
  return { open };
}

/** `830132` before each line of an excerpt: its line in the log, Ctrl+click opens the log there. */
function sourceLineHints(source: NonNullable<ViewResult['source']>, range: vscode.Range): vscode.InlayHint[] {
  const name = vscode.Uri.parse(source.uri).path.split('/').pop() ?? '';
  const width = String((source.lines[source.lines.length - 1] ?? 0) + 1).length;
  const hints: vscode.InlayHint[] = [];
  for (let line = range.start.line; line <= Math.min(range.end.line, source.lines.length - 1); line++) {
    const target = source.lines[line] ?? 0;
    const part = new vscode.InlayHintLabelPart(String(target + 1).padStart(width));
    part.tooltip = vscode.l10n.t('Line {0} of {1}: Ctrl+click opens the log at this line.', target + 1, name);
    part.command = { title: vscode.l10n.t('Open line {0} of {1}', target + 1, name), command: 'servicingLogs.openLocation', arguments: [source.uri, target, 0] };
    const hint = new vscode.InlayHint(new vscode.Position(line, 0), [part]);
    hint.paddingRight = true;
    hints.push(hint);
  }
  return hints;
}

/** The active editor if it shows a log; otherwise a message saying what the command needs. */
export function activeLog(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme === VIEW_SCHEME) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Servicing Logs: open a servicing log in the editor first (this command works on the active log).'));
    return undefined;
  }
  return editor;
}

async function pickFilter(editor: vscode.TextEditor): Promise<LineFilter | undefined> {
  const items: (vscode.QuickPickItem & { make: () => Promise<LineFilter | undefined> })[] = [
    { label: vscode.l10n.t('Errors only'), make: async () => ({ errorsOnly: true }) },
    { label: vscode.l10n.t('Hide routine lines'), make: async () => ({ hideRoutine: true }) },
    {
      label: vscode.l10n.t('One component…'),
      make: async () => {
        const component = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Component (the column after the level: CBS, CSI, DISM, SP, …)') });
        return component ? { component: component.trim() } : undefined;
      },
    },
    {
      label: vscode.l10n.t('Time window…'),
      make: async () => {
        const text = await vscode.window.showInputBox({ prompt: vscode.l10n.t('From and to, local time of the log: 2024-01-15 10:00:00 - 2024-01-15 10:05:00') });
        const [from, to] = (text ?? '').split(/\s+-\s+|\s+to\s+/).map(parseLocal);
        return from !== undefined || to !== undefined ? { from, to } : undefined;
      },
    },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter {0}', editor.document.uri.path.split('/').pop() ?? '') });
  return picked?.make();
}

/** `2024-01-15 10:00:00` as the timeline's clock (fields read as UTC: see analysis/src/bundle/timeline.ts). */
export function parseLocal(text: string | undefined): number | undefined {
  const m = /(\d{4})[-/.](\d{2})[-/.](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text ?? '');
  if (!m) {
    return undefined;
  }
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '0'] = m;
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
}
