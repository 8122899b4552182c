// Helpers shared by the bundle tests: load every log of a folder as one bundle, the way the CLI
// does (decoded bytes, file URIs), and find lines by their text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lineAt, parseLog, type LogDocument } from '../../analysis/src/index.js';
import { CASES_DIR, REPO_ROOT } from '../support.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';

/** The repository's own made-up case (always present). */
export const EXAMPLE_CASE = path.join(REPO_ROOT, 'examples', 'case');
/** The real case the project exists for (outside the repository; tests skip without it). */
export const REAL_CASE = path.join(CASES_DIR, 'kb5016623-oposdrv');
export const NO_REAL_CASE = `case not found at ${REAL_CASE}: the real-case tests need ../shared/cases next to the repository`;

export function loadFolder(dir: string): LogDocument[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .map((f) => parseLog(decodeLogBytes(fs.readFileSync(path.join(dir, f))).text, { uri: pathToFileURL(path.join(dir, f)).href }));
}

/** The 0-based line of the first line containing `text` (fails the test when it or the log is absent). */
export function lineOf(doc: LogDocument | undefined, text: string, from = 0): number {
  if (!doc) {
    throw new Error(`no log to find ${JSON.stringify(text)} in`);
  }
  for (let i = from; i < doc.lines.count; i++) {
    if (lineAt(doc, i).includes(text)) {
      return i;
    }
  }
  throw new Error(`no line contains ${JSON.stringify(text)} in ${doc.uri}`);
}

/** The log named `name` (fails the test when absent). */
export function logNamed(docs: readonly LogDocument[], name: string): LogDocument {
  const doc = docs.find((d) => d.uri?.endsWith(`/${name}`));
  if (!doc) {
    throw new Error(`no log named ${name}`);
  }
  return doc;
}

export function docNamed(docs: readonly LogDocument[], name: string): number {
  const i = docs.findIndex((d) => d.uri?.endsWith(`/${name}`));
  if (i < 0) {
    throw new Error(`no log named ${name}`);
  }
  return i;
}
