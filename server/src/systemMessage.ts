// Windows' own message text for an error code, in the user's language, asked of the OS at run
// time (error-codes.md: "On Windows, the system can say it in the user's language"). We never
// ship Microsoft's texts; on Windows we show what the local system says, labelled as such.
//
// Win32 codes and HRESULTs go through .NET's Win32Exception (FormatMessage of the system message
// table). NTSTATUS values are not in that table (their texts live in ntdll.dll), and `net helpmsg`
// only knows Win32 codes, so NTSTATUS-style values (0xC…, HRESULT_FROM_NT) are skipped.

import { execFile } from 'node:child_process';

const TIMEOUT_MS = 2000;

export type RunPowerShell = (script: string, timeoutMs: number) => Promise<string>;

const runPowerShell: RunPowerShell = (script, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(
      'powershell.exe',
      ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script],
      { timeout: timeoutMs, windowsHide: true, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });

/** The signed 32-bit number to hand to Win32Exception, or undefined when the OS table cannot know it. */
export function systemMessageQuery(value: number): number | undefined {
  const v = value >>> 0;
  if ((v & 0xc0000000) >>> 0 === 0xc0000000 || ((v & 0x10000000) !== 0 && (v & 0x80000000) !== 0)) {
    return undefined; // NTSTATUS error values, setupapi 0xE… and HRESULT_FROM_NT: not in the system table
  }
  if ((v & 0xffff0000) >>> 0 === 0x80070000) {
    return v & 0xffff; // HRESULT_FROM_WIN32: ask for the Win32 code itself
  }
  return v | 0;
}

/** .NET prints "Unknown error (0x…)" (localised) when FormatMessage has no text: reject those. */
export function isUsableMessage(text: string, value: number): boolean {
  const t = text.trim();
  if (t === '' || t.length > 2000) {
    return false;
  }
  const hex = (value >>> 0).toString(16);
  return !new RegExp(`0x0*${hex}\\b`, 'i').test(t);
}

function script(query: number): string {
  return (
    '[Console]::OutputEncoding = [Text.Encoding]::UTF8; ' +
    `[ComponentModel.Win32Exception]::new(${query}).Message`
  );
}

export interface SystemMessageOptions {
  platform?: string;
  run?: RunPowerShell;
  timeoutMs?: number;
}

/** A cached lookup; `getSystemMessage` below is the one the server uses. */
export function createSystemMessageLookup(options: SystemMessageOptions = {}): (value: number) => Promise<string | undefined> {
  const platform = options.platform ?? process.platform;
  const run = options.run ?? runPowerShell;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const cache = new Map<number, Promise<string | undefined>>();
  return (value: number) => {
    if (platform !== 'win32') {
      return Promise.resolve(undefined);
    }
    const query = systemMessageQuery(value);
    if (query === undefined) {
      return Promise.resolve(undefined);
    }
    let pending = cache.get(query);
    if (!pending) {
      pending = withTimeout(run(script(query), timeoutMs), timeoutMs)
        .then((out) => {
          const text = out.replace(/\s+/g, ' ').trim();
          return isUsableMessage(text, query) ? text : undefined;
        })
        .catch(() => undefined);
      cache.set(query, pending);
    }
    return pending;
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Windows' own text for `value` in the user's language; undefined off Windows or on any failure. */
export const getSystemMessage: (value: number) => Promise<string | undefined> = createSystemMessageLookup();
