// The one-line summary above the first line (CodeLens): "3 failures · root cause: … at line 5".

import type { CodeLens } from 'vscode-languageserver/node';
import { getSummary, textOf } from '../../../analysis/src/index.js';
import { type ServerContext, getLogDocument, langOf, visibleFailures } from '../context.js';
import { runSafe } from '../runSafe.js';

export function registerSummary(ctx: ServerContext): void {
  ctx.connection.onCodeLens(async (params, token) => {
    const doc = getLogDocument(ctx, params.textDocument.uri);
    if (!doc || doc.kind === 'plain') {
      return [];
    }
    const settings = await ctx.settings.get(params.textDocument.uri);
    if (!settings.summaryEnabled) {
      return [];
    }
    return runSafe(ctx.connection, token, [], 'summary', () => {
      const summary = getSummary(doc, visibleFailures(doc, settings), langOf(ctx));
      const icon = summary.errors > 0 ? '$(error)' : summary.warnings > 0 ? '$(warning)' : '$(pass)';
      const notes = doc.notes.map((note): CodeLens => ({ range: zero, command: { title: `$(info) ${textOf(langOf(ctx), note)}`, command: '' } }));
      const lens: CodeLens = {
        range: zero,
        command:
          summary.focusLine !== undefined
            ? { title: `${icon} ${summary.text}`, command: 'servicingLogs.goToRootCause', arguments: [params.textDocument.uri, summary.focusLine] }
            : { title: `${icon} ${summary.text}`, command: '' },
      };
      return [lens, ...notes];
    });
  });
}

const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
