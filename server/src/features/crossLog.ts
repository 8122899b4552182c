// Between the logs of a bundle by time: "Show This Moment in Other Logs" (by key: references.ts).

import { momentInOtherLogs } from '../../../analysis/src/index.js';
import { MomentRequest, type MomentParams, type MomentResult } from '../../../protocol/protocol.js';
import type { ServerContext } from '../context.js';

export function registerCrossLog(ctx: ServerContext): void {
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
