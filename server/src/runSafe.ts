// One wrapper for every handler: a cancelled request answers RequestCancelled, an exception is
// logged once and answered with a neutral value, never a crash. withSafeHandlers puts it around
// every request handler a feature registers, the parsing of the document included; runSafe is
// the same rule for the synchronous core of a handler.

import { ErrorCodes, ResponseError, LSPErrorCodes, type CancellationToken, type Connection } from 'vscode-languageserver/node';

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

function logFailure(connection: Connection, what: string, error: unknown): void {
  connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

export function runSafe<T>(connection: Connection, token: CancellationToken | undefined, neutral: T, what: string, work: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) {
    return cancelled();
  }
  try {
    const result = work();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    logFailure(connection, what, error);
    return neutral;
  }
}

// The answer to a failed request of each kind; requests of our own protocol answer InternalError.
const NEUTRAL: Record<string, unknown> = { onHover: null, onDefinition: null, onReferences: null, onFoldingRanges: [], onDocumentSymbol: [], onCodeLens: [] };
const WRAPPED = new Set([...Object.keys(NEUTRAL), 'onRequest']);

type Handler = (...args: unknown[]) => unknown;

/** Lines of an open document, undefined when it is not open. */
export type LineCount = (uri: string) => number | undefined;

// A position outside its document is answered as if nothing were there: the features never see it.
function outOfRange(params: unknown, lineCount: LineCount): boolean {
  const p = params as { textDocument?: { uri?: unknown }; position?: { line?: unknown; character?: unknown } } | undefined;
  if (!p?.position) {
    return false;
  }
  const { line, character } = p.position;
  const lines = typeof p.textDocument?.uri === 'string' ? lineCount(p.textDocument.uri) : undefined;
  return !Number.isInteger(line) || !Number.isInteger(character) || (line as number) < 0 || (character as number) < 0 || lines === undefined || (line as number) >= lines;
}

function safeHandler(connection: Connection, what: string, handler: Handler, lineCount: LineCount): Handler {
  return async (...args: unknown[]) => {
    if (what in NEUTRAL && outOfRange(args[0], lineCount)) {
      return NEUTRAL[what];
    }
    const token = args.find((a): a is CancellationToken => typeof a === 'object' && a !== null && 'isCancellationRequested' in a);
    if (token?.isCancellationRequested) {
      return cancelled();
    }
    try {
      const result = await handler(...args);
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      logFailure(connection, what, error);
      return what in NEUTRAL ? NEUTRAL[what] : new ResponseError(ErrorCodes.InternalError, `${what} failed`);
    }
  };
}

/** The connection, with every request handler registered through it made safe. */
export function withSafeHandlers(connection: Connection, lineCount: LineCount): Connection {
  return new Proxy(connection, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !WRAPPED.has(key) || typeof value !== 'function') {
        return value;
      }
      return (...args: unknown[]) => {
        const last = args.length - 1;
        args[last] = safeHandler(connection, key === 'onRequest' && typeof args[0] !== 'function' ? requestName(args[0]) : key, args[last] as Handler, lineCount);
        return (value as Handler).apply(target, args);
      };
    },
  });
}

function requestName(type: unknown): string {
  return typeof type === 'string' ? type : typeof type === 'object' && type !== null && 'method' in type ? String(type.method) : 'request';
}
