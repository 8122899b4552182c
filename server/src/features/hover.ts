// Hover: the decoded code under the cursor first, then the known issue the line belongs to (its
// explanation and only the next steps the code card does not already give), then at most one
// short line pointing to the related lines. Long details stay behind command links.

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { describeCode, formatCodeCard, knownIssueText, knownIssuesAt, lineAt, say, scanCodes, type KnownIssueMatch, type Lang } from '../../../analysis/src/index.js';
import { type ServerContext, getLogDocument, langOf } from '../context.js';
import { runSafe } from '../runSafe.js';
import { getSystemMessage } from '../systemMessage.js';

const normal = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A known issue in a few lines: title, explanation, the next steps the card does not repeat. */
export function shortKnownIssue(match: KnownIssueMatch, card: string, lang: Lang): string {
  const said = normal(card);
  const text = knownIssueText(match, lang);
  const steps = text.nextSteps.filter((s) => normal(s) === '' || !said.includes(normal(s)));
  const confidence = match.confidence === 'confirmed' ? say(lang, 'hover.confirmed') : '';
  return [`**${say(lang, 'hover.knownIssue', { title: text.title })}**${confidence}`, '', text.explanation, ...(steps.length ? ['', ...steps.map((s) => `- ${s}`)] : [])].join('\n');
}

const commandLink = (title: string, command: string, args: unknown[]): string => `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (params, token) => {
    const uri = params.textDocument.uri;
    const doc = getLogDocument(ctx, uri);
    if (!doc) {
      return null;
    }
    const { line, character } = params.position;
    const found = runSafe(ctx.connection, token, undefined, 'hover', () => {
      const hit = scanCodes(lineAt(doc, line)).find((c) => c.start <= character && character <= c.end);
      const bundle = ctx.bundle.analysisFor(uri);
      const index = bundle ? bundle.docs.findIndex((d) => d.uri === uri) : -1;
      const issues = bundle && index >= 0 ? knownIssuesAt(bundle.knownIssues, index, line) : [];
      const others = bundle ? bundle.links.filter((l) => l.docIndex === index && l.line === line).reduce((n, l) => n + l.related.length, 0) : 0;
      return { hit, issues, others, description: hit ? describeCode(hit.value, hit.hint, hit.printedName ?? doc.learnedNames.get(hit.value), langOf(ctx)) : undefined };
    });
    if (!found || !('issues' in found) || (!found.hit && found.issues.length === 0)) {
      return null;
    }
    const lang = langOf(ctx);
    const parts: string[] = [];
    const card = found.hit && found.description ? formatCodeCard(found.description, lang, { systemMessage: await getSystemMessage(found.hit.value) }) : '';
    if (card) {
      parts.push(card);
    }
    parts.push(...found.issues.map((m) => shortKnownIssue(m, card, lang)));
    const pointers = [
      found.others > 0 ? say(lang, found.others === 1 ? 'hover.otherLogsOne' : 'hover.otherLogsMany', { count: found.others }) : '',
      commandLink(say(lang, 'hover.everyLine'), 'editor.action.referenceSearch.trigger', []),
      found.hit ? commandLink(say(lang, 'hover.fullCard'), 'servicingLogs.decodeErrorCode', [`0x${found.hit.value.toString(16).padStart(8, '0')}`]) : '',
    ].filter(Boolean);
    parts.push(pointers.join(' · '));
    const hover: Hover = { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
    if (found.hit) {
      hover.range = { start: { line, character: found.hit.start }, end: { line, character: found.hit.end } };
    }
    return hover;
  });
}
