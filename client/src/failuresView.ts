// The Failures view: every failure of every log of the bundle, by log and operation, with counts
// and filters (errors / warnings / routine, component, time window, text). It lists what the
// Problems panel cannot hold (VS Code keeps 1,000 diagnostics per file): nothing is left out here.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BundleChangedNotification, BundleFailuresRequest, type BundleFailure, type BundleFailuresResult, type BundleLog, type BundleOperation } from '../../protocol/protocol.js';
import { parseLocal } from './views.js';

export type SeverityClass = 'errors' | 'warnings' | 'routine';
export interface FailureFilter {
  show: SeverityClass[];
  component?: string;
  from?: number;
  to?: number;
  text?: string;
}
const ALL: SeverityClass[] = ['errors', 'warnings', 'routine'];

export type FailureNode =
  | { type: 'log'; log: BundleLog; operations: { op: BundleOperation; failures: BundleFailure[] }[]; count: number }
  | { type: 'operation'; log: BundleLog; op: BundleOperation; failures: BundleFailure[] }
  | { type: 'failure'; log: BundleLog; failure: BundleFailure };

const classOf = (f: BundleFailure): SeverityClass => (f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'routine');

export function passes(f: BundleFailure, filter: FailureFilter): boolean {
  if (!filter.show.includes(classOf(f))) {
    return false;
  }
  if (filter.component && f.component.toLowerCase() !== filter.component.toLowerCase()) {
    return false;
  }
  if ((filter.from !== undefined && !(f.time !== null && f.time >= filter.from)) || (filter.to !== undefined && !(f.time !== null && f.time <= filter.to))) {
    return false;
  }
  return !filter.text || `${f.message} ${f.code}`.toLowerCase().includes(filter.text.toLowerCase());
}

const sum = (failures: readonly BundleFailure[]): number => failures.reduce((n, f) => n + f.count, 0);

export class FailuresProvider implements vscode.TreeDataProvider<FailureNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: BundleFailuresResult | undefined;
  filter: FailureFilter = { show: [...ALL] };

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  async refresh(): Promise<void> {
    const client = this.getClient();
    this.data = client ? await client.sendRequest(BundleFailuresRequest, {}) : undefined;
    this.changed.fire();
  }

  setFilter(filter: Partial<FailureFilter>): void {
    this.filter = { ...this.filter, ...filter };
    this.changed.fire();
  }

  /** What the filters leave, as the tree shows it (also what the e2e suite reads). */
  roots(): FailureNode[] {
    return (this.data?.logs ?? []).map((log): FailureNode => {
      const operations = log.operations.map((op) => ({ op, failures: op.failures.filter((f) => passes(f, this.filter)) })).filter((o) => o.failures.length > 0);
      return { type: 'log', log, operations, count: operations.reduce((n, o) => n + sum(o.failures), 0) };
    });
  }

  getChildren(node?: FailureNode): FailureNode[] {
    if (!node) {
      return this.roots();
    }
    if (node.type === 'log') {
      // Failures outside any operation sit directly under the log.
      return node.operations.flatMap((o): FailureNode[] =>
        o.op.name ? [{ type: 'operation', log: node.log, op: o.op, failures: o.failures }] : o.failures.map((failure) => ({ type: 'failure', log: node.log, failure })),
      );
    }
    return node.type === 'operation' ? node.failures.map((failure) => ({ type: 'failure', log: node.log, failure })) : [];
  }

  getTreeItem(node: FailureNode): vscode.TreeItem {
    if (node.type === 'log') {
      const item = new vscode.TreeItem(node.log.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = vscode.l10n.t('{0} shown · {1}', node.count, node.log.summary);
      item.resourceUri = vscode.Uri.parse(node.log.uri);
      item.contextValue = 'log';
      return item;
    }
    if (node.type === 'operation') {
      const item = new vscode.TreeItem(node.op.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.op.outcomeText ? `${node.op.outcomeText} · ${sum(node.failures)}` : String(sum(node.failures));
      item.iconPath = new vscode.ThemeIcon(node.op.outcome === 'failed' ? 'error' : 'symbol-event');
      item.command = { command: 'servicingLogs.openLocation', title: '', arguments: [node.log.uri, node.op.line, 0] };
      return item;
    }
    const f = node.failure;
    const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
    item.description = `${node.log.name}:${f.line + 1}${f.count > 1 ? ` ×${f.count}` : ''}`;
    item.tooltip = `${f.code} · ${f.role}${f.component ? ` · ${f.component}` : ''}`;
    item.iconPath = new vscode.ThemeIcon(f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info');
    item.command = { command: 'servicingLogs.openLocation', title: '', arguments: [node.log.uri, f.line, f.character] };
    return item;
  }
}

function describeFilter(filter: FailureFilter): string {
  const parts = [filter.show.length === ALL.length ? '' : filter.show.join('+'), filter.component ?? '', filter.text ? `“${filter.text}”` : '', filter.from !== undefined || filter.to !== undefined ? vscode.l10n.t('time window') : ''];
  return parts.filter(Boolean).join(' · ');
}

export function registerFailuresView(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): FailuresProvider {
  const provider = new FailuresProvider(getClient);
  const view = vscode.window.createTreeView('servicingLogs.failures', { treeDataProvider: provider, showCollapseAll: true });
  const update = (): void => {
    view.description = describeFilter(provider.filter);
  };
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('servicingLogs.failures.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('servicingLogs.failures.clearFilter', () => {
      provider.filter = { show: [...ALL] };
      provider.setFilter({});
      update();
    }),
    vscode.commands.registerCommand('servicingLogs.failures.filter', async (filter?: Partial<FailureFilter>) => {
      const chosen = filter ?? (await pickFilter(provider.filter));
      if (chosen) {
        provider.setFilter(chosen);
        update();
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => {
      if (view.visible) {
        void provider.refresh();
      }
    }),
    view.onDidChangeVisibility((e) => (e.visible ? provider.refresh() : undefined)),
  );
  // Indexing ends after the view may have been shown empty: the server says when the bundle changed.
  const client = getClient();
  if (client) {
    context.subscriptions.push(client.onNotification(BundleChangedNotification, () => (view.visible ? provider.refresh() : undefined)));
  }
  return provider;
}

async function pickFilter(current: FailureFilter): Promise<Partial<FailureFilter> | undefined> {
  const kinds = await vscode.window.showQuickPick(
    ALL.map((k) => ({ label: k, picked: current.show.includes(k) })),
    { canPickMany: true, title: vscode.l10n.t('Show which failures') },
  );
  if (!kinds) {
    return undefined;
  }
  const component = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Component (empty: all)'), value: current.component ?? '' });
  const text = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Text in the message or code (empty: any)'), value: current.text ?? '' });
  const window = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Time window, local time of the logs: 2024-01-15 10:00:00 - 2024-01-15 10:05:00 (empty: all)') });
  const [from, to] = (window ?? '').split(/\s+-\s+|\s+to\s+/).map(parseLocal);
  return { show: kinds.map((k) => k.label as SeverityClass), component: component || undefined, text: text || undefined, from, to };
}
