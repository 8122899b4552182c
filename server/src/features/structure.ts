// Folding ranges and document symbols (Outline, breadcrumbs, sticky scroll).

import type { FoldingRange } from 'vscode-languageserver/node';
import { getFoldRanges, getOutline, operationOutline, operationsOf } from '../../../analysis/src/index.js';
import { type ServerContext, getLogDocument, langOf, visibleFailures } from '../context.js';
import { toDocumentSymbol, toFoldingRange } from '../convert.js';
import { runSafe } from '../runSafe.js';
import { DEFAULT_SETTINGS } from '../settings.js';

// Folding ranges per parsed document: VS Code asks again on every scroll and edit nearby.
const FOLDS = new WeakMap<object, FoldingRange[]>();

export function registerStructure(ctx: ServerContext, foldingRangeLimit: number | undefined): void {
  ctx.connection.onFoldingRanges((params, token) => {
    const doc = getLogDocument(ctx, params.textDocument.uri);
    if (!doc) {
      return [];
    }
    return runSafe(ctx.connection, token, [], 'folding', () => {
      let folds = FOLDS.get(doc);
      if (!folds) {
        folds = getFoldRanges(doc, visibleFailures(doc, DEFAULT_SETTINGS), foldingRangeLimit ?? Infinity).map(toFoldingRange);
        FOLDS.set(doc, folds);
      }
      return folds;
    });
  });
  ctx.connection.onDocumentSymbol((params, token) => {
    const doc = getLogDocument(ctx, params.textDocument.uri);
    if (!doc) {
      return [];
    }
    // The operations with their outcomes; setupapi's sections already are its operations.
    return runSafe(ctx.connection, token, [], 'symbols', () => {
      const ops = doc.kind === 'setupapi' ? [] : operationsOf(doc);
      const lang = langOf(ctx);
      const sections = ops.length > 0 ? operationOutline(ops, lang) : getOutline(doc, visibleFailures(doc, DEFAULT_SETTINGS));
      return sections.map((s) => toDocumentSymbol(doc, s, lang));
    });
  });
}
