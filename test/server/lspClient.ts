// A minimal LSP client for tests: spawns dist/server.js over stdio with vscode-languageserver-protocol.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  CancellationTokenSource,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type NotificationType,
  type ProtocolConnection,
  type RequestType,
} from 'vscode-languageserver-protocol/node';
import { DetectedNotification } from '../../protocol/protocol.js';
import { REPO_ROOT } from '../support.js';

export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');

export interface LspClient {
  capabilities: Record<string, unknown>;
  /** Every window/logMessage text so far, in order (those sent while initializing are in by the time startServer resolves). */
  logMessages: string[];
  serverInfo?: { name: string; version?: string };
  /** Our own requests go by their typed object (protocol/protocol.ts), standard LSP ones by method name. */
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  request<T = unknown>(method: string, params: unknown): Promise<T>;
  /** Send a request and cancel it at once; resolves with the error the server answered. */
  requestAndCancel(method: string, params: unknown): Promise<{ code?: number } | 'completed'>;
  open(uri: string, languageId: string, text: string): Promise<void>;
  change(uri: string, version: number, at: { line: number; character: number }, insert: string): Promise<void>;
  waitForNotification<T>(type: NotificationType<T>, match: (params: T) => boolean): Promise<T>;
  waitForNotification<T>(method: string, match: (params: T) => boolean): Promise<T>;
  notify(method: string, params: unknown): Promise<void>;
  /** Resolves when the server sends a request with this method (answered with null). */
  waitForRequest(method: string): Promise<void>;
  stop(): Promise<void>;
  process: ChildProcess;
}

export async function startServer(options: { pull: boolean; settings?: Record<string, unknown>; workspaceFolder?: string; locale?: string }): Promise<LspClient> {
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection: ProtocolConnection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { method: string; match: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  const logMessages: string[] = [];
  // One handler per method (vscode-jsonrpc keeps only the last one registered).
  for (const method of [DetectedNotification.method, 'textDocument/publishDiagnostics', 'window/showMessage', 'window/logMessage']) {
    connection.onNotification(method, (params: unknown) => {
      if (method === 'window/logMessage') {
        logMessages.push((params as { message: string }).message);
      }
      for (const w of [...waiters]) {
        if (w.method === method && w.match(params)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(params);
        }
      }
    });
  }
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
  connection.onRequest('workspace/codeLens/refresh', () => null);
  const requestWaiters: { method: string; resolve: () => void }[] = [];
  const onServerRequest = (method: string) => () => {
    for (const w of requestWaiters.filter((x) => x.method === method)) {
      requestWaiters.splice(requestWaiters.indexOf(w), 1);
      w.resolve();
    }
    return null;
  };
  connection.onRequest('workspace/diagnostic/refresh', onServerRequest('workspace/diagnostic/refresh'));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const init = await connection.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }>('initialize', {
    processId: process.pid,
    rootUri: options.workspaceFolder ?? null,
    workspaceFolders: options.workspaceFolder ? [{ uri: options.workspaceFolder, name: 'case' }] : null,
    capabilities: {
      workspace: { configuration: true, codeLens: { refreshSupport: true }, workspaceFolders: true },
      textDocument: {
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        foldingRange: { rangeLimit: 5000 },
        hover: { contentFormat: ['markdown'] },
      },
    },
    clientInfo: { name: 'servicing-logs-tests' },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    capabilities: init.capabilities,
    logMessages,
    serverInfo: init.serverInfo,
    process: child,
    request: ((type: string | RequestType<unknown, unknown, void>, params: unknown) => connection.sendRequest(methodOf(type), params)) as LspClient['request'],
    requestAndCancel: (method, params) => {
      const source = new CancellationTokenSource();
      const pending = connection.sendRequest(method, params, source.token).then(
        () => 'completed' as const,
        (error: { code?: number }) => error,
      );
      source.cancel();
      return pending;
    },
    open: (uri, languageId, text) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }),
    change: (uri, version, at, insert) =>
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: insert }],
      }),
    notify: (method: string, params: unknown) => connection.sendNotification(method, params),
    waitForRequest: (method: string) => new Promise<void>((resolve) => requestWaiters.push({ method, resolve })),
    waitForNotification: ((type: string | NotificationType<unknown>, match: (params: unknown) => boolean) =>
      new Promise<unknown>((resolve) => waiters.push({ method: methodOf(type), match, resolve }))) as LspClient['waitForNotification'],
    stop: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
  };
}

const methodOf = (type: string | { method: string }): string => (typeof type === 'string' ? type : type.method);
