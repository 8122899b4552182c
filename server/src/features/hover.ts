// Hover: decode the error code (or symbolic name) under the cursor.

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { describeCode, formatCodeCard, lineAt, scanCodes } from '../../../analysis/src/index';
import { type ServerContext, getLogDocument } from '../context';
import { runSafe } from '../runSafe';
import { getSystemMessage } from '../systemMessage';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (params, token) => {
    const doc = getLogDocument(ctx, params.textDocument.uri);
    if (!doc) {
      return null;
    }
    const { line, character } = params.position;
    const found = runSafe(ctx.connection, token, undefined, 'hover', () => {
      const text = lineAt(doc, line);
      const hit = scanCodes(text).find((c) => c.start <= character && character <= c.end);
      return hit ? { hit, description: describeCode(hit.value, hit.hint, hit.printedName ?? doc.learnedNames.get(hit.value)) } : undefined;
    });
    if (!found || !('hit' in found)) {
      return null;
    }
    const systemMessage = await getSystemMessage(found.hit.value);
    const hover: Hover = {
      contents: { kind: MarkupKind.Markdown, value: formatCodeCard(found.description, { systemMessage }) },
      range: { start: { line, character: found.hit.start }, end: { line, character: found.hit.end } },
    };
    return hover;
  });
}
