// Find All References / Go to Definition on an error code, a KB, an INF or a package: every line
// of the bundle that has it. A Win32 code and the HRESULT that wraps it (1009 and 0x800703F1)
// are one code for this purpose, as the logs print both for the same failure.

import type { Location } from 'vscode-languageserver/node';
import { codesAt, keyAt, keyLocations, type LogDocument } from '../../../analysis/src/index.js';
import { type ServerContext, getLogDocument } from '../context.js';
import { runSafe } from '../runSafe.js';

/** Most locations answered for one request (a code in a 200 MB CBS.log can be on 100,000 lines). */
const MAX_LOCATIONS = 5000;

const wrapped = (value: number): number | undefined => ((value & 0xffff0000) >>> 0 === 0x80070000 ? value & 0xffff : undefined);

/** The same code in either spelling. */
function sameCode(a: number, b: number): boolean {
  return a === b || wrapped(a) === b || wrapped(b) === a;
}

function codeLines(docs: readonly LogDocument[], value: number): { uri: string; line: number; start: number; end: number }[] {
  const out: { uri: string; line: number; start: number; end: number }[] = [];
  for (const doc of docs) {
    if (!doc.uri) {
      continue;
    }
    for (const c of doc.codes) {
      if (out.length >= MAX_LOCATIONS) {
        return out;
      }
      if (!c.secondary && sameCode(c.value, value)) {
        out.push({ uri: doc.uri, line: c.line, start: c.start, end: c.end });
      }
    }
  }
  return out;
}

/** Every line of the bundle with the code or key under the cursor (the cursor's own line included). */
export function referencesAt(ctx: ServerContext, uri: string, line: number, character: number): Location[] | undefined {
  const doc = getLogDocument(ctx, uri);
  if (!doc) {
    return undefined;
  }
  const analysis = ctx.bundle.analyze();
  const docs = analysis.docs.some((d) => d.uri === uri) ? analysis.docs : [doc];
  const key = keyAt(doc, line, character);
  if (key) {
    return keyLocations(docs, key.key, MAX_LOCATIONS)
      .filter((l) => l.uri)
      .map((l) => ({ uri: l.uri!, range: { start: { line: l.line, character: 0 }, end: { line: l.line, character: 0 } } }));
  }
  const code = codesAt(doc, line).find((c) => c.start <= character && character <= c.end);
  if (!code) {
    return undefined;
  }
  return codeLines(docs, code.value).map((l) => ({ uri: l.uri, range: { start: { line: l.line, character: l.start }, end: { line: l.line, character: l.end } } }));
}

export function registerReferences(ctx: ServerContext): void {
  ctx.connection.onReferences((params, token) => runSafe(ctx.connection, token, null, 'references', () => referencesAt(ctx, params.textDocument.uri, params.position.line, params.position.character) ?? null));
  ctx.connection.onDefinition((params, token) =>
    runSafe(ctx.connection, token, null, 'definition', () => {
      const all = referencesAt(ctx, params.textDocument.uri, params.position.line, params.position.character);
      // Definition is "the other places": the line under the cursor is not one of them.
      return all ? all.filter((l) => !(l.uri === params.textDocument.uri && l.range.start.line === params.position.line)) : null;
    }),
  );
}
