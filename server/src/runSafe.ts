// One wrapper for every request handler: a cancelled request answers RequestCancelled, an
// exception is logged once and answered with a neutral value, never a crash.

import { ResponseError, LSPErrorCodes, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export function runSafe<T>(connection: Connection, token: CancellationToken | undefined, neutral: T, what: string, work: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  }
  try {
    const result = work();
    if (token?.isCancellationRequested) {
      return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    }
    return result;
  } catch (error) {
    connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return neutral;
  }
}
