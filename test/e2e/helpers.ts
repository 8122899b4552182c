// Helpers shared by the end-to-end suites. Everything waits on events or polls with a
// deadline; nothing sleeps for a fixed time.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Repository root = the extension's development path (this file is out/e2e/helpers.js). */
export const ROOT = path.resolve(__dirname, '..', '..');
export const CASE_DIR = path.join(ROOT, 'examples', 'case');
export const FIXTURES_DIR = path.join(ROOT, 'test', 'e2e', 'fixtures');
export const EXTENSION_ID = 'servicing-logs.windows-servicing-logs';
export const SOURCE = 'servicing-logs';

export const caseUri = (name: string): vscode.Uri => vscode.Uri.file(path.join(CASE_DIR, name));
export const CBS = (): vscode.Uri => caseUri('CBS.log');
export const SETUPAPI = (): vscode.Uri => caseUri('setupapi.dev.log');

/** How long to wait for the language server (first start + analysis). */
export const SERVER_TIMEOUT = Number(process.env.E2E_SERVER_TIMEOUT_MS) || 30_000;

export interface WaitOptions {
  timeout?: number;
  /** Poll interval; events (below) wake the wait up earlier. */
  interval?: number;
  /** Events that may make the probe succeed. */
  events?: vscode.Event<unknown>[];
  /** Describes the last state seen, for the timeout message. */
  describe?: () => string;
}

/**
 * Resolves with the first truthy value `probe` returns. Re-runs the probe when one of `events`
 * fires or every `interval` ms, and fails after `timeout` ms with a message naming `what`.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  opts: WaitOptions = {},
): Promise<T> {
  const timeout = opts.timeout ?? SERVER_TIMEOUT;
  const interval = opts.interval ?? 100;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) { return value; }
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const state = opts.describe ? `\n  last state: ${opts.describe()}` : '';
      const err = lastError ? `\n  last error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${state}${err}`);
    }
    await new Promise<void>((resolve) => {
      const subs: vscode.Disposable[] = [];
      const done = (): void => {
        clearTimeout(timer);
        subs.forEach((s) => s.dispose());
        resolve();
      };
      const timer = setTimeout(done, Math.min(interval, left));
      for (const ev of opts.events ?? []) { subs.push(ev(done)); }
    });
  }
}

export async function openDoc(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(uri);
}

export async function showDoc(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function lineOf(doc: vscode.TextDocument, rx: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) { if (rx.test(doc.lineAt(i).text)) { return i; } }
  assert.fail(`no line matches ${rx} in ${path.basename(doc.uri.fsPath)}`);
}

export function linesOf(doc: vscode.TextDocument, rx: RegExp): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) { if (rx.test(doc.lineAt(i).text)) { out.push(i); } }
  return out;
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'string') { return c; }
  if (typeof c === 'number') { return String(c); }
  if (c && typeof c === 'object') { return String(c.value); }
  return undefined;
}

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];
export function describeDiagnostics(diags: readonly vscode.Diagnostic[], max = 12): string {
  if (diags.length === 0) { return '(no diagnostics)'; }
  const shown = diags.slice(0, max).map(
    (d) => `L${d.range.start.line + 1} ${SEVERITY[d.severity]} ${codeOf(d) ?? '-'} [${d.source ?? '-'}] ${d.message.slice(0, 100)}`,
  );
  return `${diags.length} diagnostic(s):\n    ${shown.join('\n    ')}${diags.length > max ? '\n    …' : ''}`;
}

/** Waits until the diagnostics of `uri` satisfy `ok` (woken by onDidChangeDiagnostics). */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  ok: (diags: readonly vscode.Diagnostic[]) => boolean,
  timeout = SERVER_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    what,
    () => {
      const d = vscode.languages.getDiagnostics(uri);
      return ok(d) ? d : undefined;
    },
    {
      timeout,
      interval: 250,
      events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
      describe: () => describeDiagnostics(vscode.languages.getDiagnostics(uri)),
    },
  );
}

/**
 * Set when the server published nothing at all within SERVER_TIMEOUT: later waits are cut to
 * SILENT_TIMEOUT so a run without a working server fails in about a minute, not ten.
 */
let serverSilent = false;
const SILENT_TIMEOUT = 5_000;
const budget = (timeout: number): number => (serverSilent ? Math.min(timeout, SILENT_TIMEOUT) : timeout);

/**
 * Diagnostics of the case file once the server has published its Error(s). The file is shown
 * in an editor, as a person would: with pull diagnostics VS Code asks only for visible documents.
 */
export async function serverDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  await showDoc(uri);
  try {
    const d = await waitForDiagnostics(
      uri,
      `Error diagnostics from "${SOURCE}" on ${path.basename(uri.fsPath)}`,
      (ds) => ds.some((x) => x.source === SOURCE && x.severity === vscode.DiagnosticSeverity.Error),
      budget(SERVER_TIMEOUT),
    );
    serverSilent = false;
    return d;
  } catch (e) {
    if (!vscode.languages.getDiagnostics().some(([, ds]) => ds.some((x) => x.source === SOURCE))) { serverSilent = true; }
    throw e;
  }
}

/** Runs a `vscode.execute…Provider` command until its result satisfies `ok`. */
export async function pollCommand<T>(
  what: string,
  command: string,
  args: unknown[],
  ok: (result: T | undefined) => boolean,
  describe: (result: T | undefined) => string,
  timeout = SERVER_TIMEOUT,
): Promise<T> {
  let last: T | undefined;
  return waitFor(
    what,
    async () => {
      last = await vscode.commands.executeCommand<T>(command, ...args);
      return ok(last) ? (last as T) : undefined;
    },
    { timeout: budget(timeout), interval: 300, describe: () => describe(last) },
  );
}

export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function cursorLine(): number | undefined {
  return vscode.window.activeTextEditor?.selection.active.line;
}
