// Between the logs of a bundle: go to definition / peek on a shared key (an INF, a KB, a package,
// a device), and "Show This Moment in Other Logs".

import type { Location } from 'vscode-languageserver/node';
import { keyAt, keyLocations, momentInOtherLogs } from '../../../analysis/src/index';
import { MomentRequest, type MomentParams, type MomentResult } from '../../../protocol/protocol';
import { type ServerContext, getLogDocument } from '../context';
import { runSafe } from '../runSafe';

export function registerCrossLog(ctx: ServerContext): void {
  ctx.connection.onDefinition((params, token) => {
    const doc = getLogDocument(ctx, params.textDocument.uri);
    if (!doc) {
      return null;
    }
    const result = runSafe(ctx.connection, token, null, 'definition', (): Location[] | null => {
      const key = keyAt(doc, params.position.line, params.position.character);
      if (!key) {
        return null;
      }
      const analysis = ctx.bundle.analyze();
      return keyLocations(analysis.docs, key.key, 50)
        .filter((l) => l.uri && !(l.uri === params.textDocument.uri && l.line === params.position.line))
        .map((l) => ({ uri: l.uri!, range: { start: { line: l.line, character: 0 }, end: { line: l.line, character: 0 } } }));
    });
    return Array.isArray(result) ? result : null;
  });
  ctx.connection.onRequest(MomentRequest, (params: MomentParams): MomentResult => {
    const analysis = ctx.bundle.analyze();
    const index = analysis.docs.findIndex((d) => d.uri === params.uri);
    if (index < 0) {
      return [];
    }
    return momentInOtherLogs(analysis.docs, index, params.line)
      .filter((m) => m.uri !== undefined)
      .map((m) => ({ uri: m.uri!, line: m.line, deltaMs: m.deltaMs }));
  });
}
