// Hover: decode the error code (or symbolic name) under the cursor.

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { describeCode, formatCodeCard, formatKnownIssue, knownIssuesAt, lineAt, scanCodes } from '../../../analysis/src/index';
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
      const bundle = ctx.bundle.analysisFor(params.textDocument.uri);
      const index = bundle ? bundle.docs.findIndex((d) => d.uri === params.textDocument.uri) : -1;
      const issues = bundle && index >= 0 ? knownIssuesAt(bundle.knownIssues, index, line).map((m) => formatKnownIssue(m, bundle.docs, { names: bundle.names })) : [];
      return { hit, issues, description: hit ? describeCode(hit.value, hit.hint, hit.printedName ?? doc.learnedNames.get(hit.value)) : undefined };
    });
    if (!found || !('issues' in found) || (!found.hit && found.issues.length === 0)) {
      return null;
    }
    const parts: string[] = [];
    if (found.hit && found.description) {
      parts.push(formatCodeCard(found.description, { systemMessage: await getSystemMessage(found.hit.value) }));
    }
    parts.push(...found.issues);
    const hover: Hover = { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
    if (found.hit) {
      hover.range = { start: { line, character: found.hit.start }, end: { line, character: found.hit.end } };
    }
    return hover;
  });
}
