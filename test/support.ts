// Paths and small helpers shared by the tests. Tests run from out/test (compiled by tsc -b).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';

/** The repository root (out/test/support.js → ../..). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
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

/**
 * Skip a test whose real logs (../shared/corpus, ../shared/cases) are absent, saying why; with
 * REQUIRE_CORPUS=1 (set by .ci/run) their absence fails it instead, so CI always runs them.
 */
export function skipAbsent(t: TestContext, reason: string): void {
  if (process.env.REQUIRE_CORPUS === '1') {
    assert.fail(`${reason} (REQUIRE_CORPUS=1: the real logs must be there)`);
  }
  t.skip(reason);
}

/** Join lines with CRLF, as Windows writes them. */
export function joinLines(...lines: string[]): string {
  return lines.join('\r\n');
}

/**
 * Compare `actual` with a golden file. `UPDATE=1` rewrites it (review the diff like code); a missing
 * golden is written and the test fails once, so that nobody accepts a new golden unread.
 */
export function checkGolden(goldenPath: string, actual: string): void {
  const name = path.relative(REPO_ROOT, goldenPath);
  if (process.env.UPDATE === '1' || !fs.existsSync(goldenPath)) {
    fs.mkdirSync(path.dirname(goldenPath), { recursive: true });
    fs.writeFileSync(goldenPath, actual);
    if (process.env.UPDATE !== '1') {
      assert.fail(`${name} was missing and has been written: review it and run the tests again`);
    }
    return;
  }
  assert.equal(actual, fs.readFileSync(goldenPath, 'utf8'), `${name} differs: run UPDATE=1 npm test and review the diff`);
}
