// Paths and small helpers shared by the tests. Tests run from out/test (compiled by tsc -b).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (out/test/support.js → ../..). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Real logs written by Windows; read in place, never copied into the repository. */
export const CORPUS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const CASES_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'cases');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) {
    return [];
  }
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f));
}

export const NO_CORPUS = `corpus not found at ${CORPUS_DIR}: the corpus tests need ../shared/corpus next to the repository`;

/** Join lines with CRLF, as Windows writes them. */
export function joinLines(...lines: string[]): string {
  return lines.join('\r\n');
}
