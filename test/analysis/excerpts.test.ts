// Excerpts as users paste them (issue 10): a handful of lines with no operation boundaries, the
// column spacing flattened, a find-results prefix (`\tLine 3079: `), or the columns cut away.
// The real case's excerpts are read as pasted; the others are cut from corpus logs at test time
// around the analyst-labelled failures (test/labels), so no log text lives in the repository.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFailures, getSummary, parseLog } from '../../analysis/src/index.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';
import { CASES_DIR, CORPUS_DIR, NO_CORPUS, REPO_ROOT, skipAbsent } from '../support.js';

interface Labels {
  file: string;
  format: string;
  mustError: { line: number }[];
  summaryRootCause: number | null;
}

type Form = (lines: readonly string[], firstLine: number) => string[];

const FORMS: Record<string, Form> = {
  'as copied': (lines) => [...lines],
  'spacing flattened to a tab': (lines) => lines.map((l) => l.replace(/[ \t]{2,}/g, '\t')),
  'spacing flattened to one space': (lines) => lines.map((l) => l.replace(/[ \t]+/g, ' ')),
  'find-results prefix': (lines, first) => lines.map((l, k) => `\tLine ${first + k}: ${l}`),
};
/** WindowsUpdate.log lines with the date, time, process, thread and component columns cut away. */
const MESSAGE_ONLY: Form = (lines) => lines.map((l) => l.replace(/^\S+ \S+\s+\d+\s+\d+\s+\S+\s+/, ''));

/** Lines before and after the labelled failure that an excerpt keeps: 1, 6, 16 and 20 lines. */
const WINDOWS: readonly [number, number][] = [
  [0, 0],
  [3, 2],
  [10, 5],
  [15, 4],
];
/** Measured on the 17 labelled logs with a failure: 284 of 288 excerpts name a labelled line. */
const MIN_NAMED = 0.95;

function summaryOf(text: string): { text: string; focusLine?: number; surfaced: Set<number> } {
  const doc = parseLog(text, { uri: 'untitled:Untitled-1' });
  const failures = findFailures(doc);
  // A failure repeated up a stack is one diagnostic with a count; the repeats are its related lines.
  const shown = failures.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const surfaced = new Set(shown.flatMap((f) => [f.line, ...(f.count !== undefined && f.count > 1 ? f.related.map((r) => r.line) : [])]));
  return { ...getSummary(doc, failures, 'en'), surfaced };
}

test('excerpts cut from labelled corpus logs: every failure line surfaced, a labelled line named, never "No failures found"', (t) => {
  if (!fs.existsSync(CORPUS_DIR)) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  const labelsDir = path.join(REPO_ROOT, 'test', 'labels');
  let excerpts = 0;
  let named = 0;
  const misses: string[] = [];
  for (const name of fs.readdirSync(labelsDir).filter((f) => f.endsWith('.json'))) {
    const labels = JSON.parse(fs.readFileSync(path.join(labelsDir, name), 'utf8')) as Labels;
    const root = labels.summaryRootCause;
    if (root === null) {
      continue;
    }
    const text = decodeLogBytes(fs.readFileSync(path.join(CORPUS_DIR, labels.file))).text;
    const lines = text.split(/\r?\n/);
    // The lines a line rule makes Errors in the whole log: each must be surfaced in any excerpt
    // that holds it (lines only the operation model names need their operation around them).
    const full = findFailures(parseLog(text, { uri: `file:///corpus/${labels.file}` }));
    const failing = new Set(full.filter((f) => f.severity === 'error' && f.code !== 'log.operation-failed').map((f) => f.line + 1));
    const must = new Set(labels.mustError.map((m) => m.line));
    // Keep the verdict in the excerpt when it is close enough to paste with its root cause.
    const verdict = Math.min(...[...must].filter((l) => l > root && l - root < 20));
    const last = Number.isFinite(verdict) ? verdict : root;
    const forms = Object.entries(FORMS);
    if (labels.format === 'windowsupdate') {
      forms.push(['message only', MESSAGE_ONLY]);
    }
    for (const [before, after] of WINDOWS) {
      let from = Math.max(1, root - before);
      const to = Math.min(lines.length, last + after, from + 19);
      from = Math.max(1, Math.min(from, to - 19));
      for (const [formName, form] of forms) {
        const where = `${labels.file} lines ${from}-${to}, ${formName}`;
        const summary = summaryOf(form(lines.slice(from - 1, to), from).join('\n'));
        excerpts++;
        assert.doesNotMatch(summary.text, /No failures found/, where);
        assert.notEqual(summary.focusLine, undefined, `${where}: the summary names a line`);
        for (let line = from; line <= to; line++) {
          if (failing.has(line)) {
            assert.ok(summary.surfaced.has(line - from), `${where}: line ${line} is a failure in the whole log and must be surfaced`);
          }
        }
        if (must.has(from + summary.focusLine!)) {
          named++;
        } else {
          misses.push(`${where}: names line ${from + summary.focusLine!} (${summary.text})`);
        }
      }
    }
  }
  t.diagnostic(`${named}/${excerpts} excerpts name a labelled line${misses.length ? `; misses:\n${misses.join('\n')}` : ''}`);
  assert.ok(named / excerpts >= MIN_NAMED, `${named}/${excerpts} excerpts name a labelled line`);
});

test('the real case pasted in pieces: the summary names the line that says what could not be staged', (t) => {
  const dir = path.join(CASES_DIR, 'kb5016623-oposdrv');
  if (!fs.existsSync(dir)) {
    skipAbsent(t, `case not found at ${dir}`);
    return;
  }
  const cbs = fs.readFileSync(path.join(dir, 'CBS-excerpt.log'), 'utf8').split(/\r?\n/);
  const setupapi = fs.readFileSync(path.join(dir, 'setupapi.dev-excerpt.log'), 'utf8').split(/\r?\n/);
  const stage = cbs.findIndex((l) => l.includes('STAGE index'));
  const errorEcho = cbs.findIndex((l) => /Error\s+CBS/.test(l));
  assert.ok(stage >= 0 && errorEcho > stage, 'the excerpt holds the STAGE line and the Error echo after it');
  for (const [formName, form] of Object.entries(FORMS)) {
    // From the STAGE line to the Error-level echo: the Info-level STAGE line with result 1009 is named.
    const piece = summaryOf(form(cbs.slice(stage, errorEcho + 1), 3079).join('\n'));
    assert.equal(piece.focusLine, 0, `${formName}: ${piece.text}`);
    assert.match(piece.text, /ERROR_BADDB.*oposdrv\.inf/, formName);
    // The Error echo alone still names a failure.
    const echo = summaryOf(form(cbs.slice(errorEcho, errorEcho + 1), 3086).join('\n'));
    assert.equal(echo.focusLine, 0, `${formName}: ${echo.text}`);
    assert.match(echo.text, /ERROR_BADDB/, formName);
    // One setupapi line: a `!!!` line, and a block's failing exit without its block start.
    for (const line of setupapi.filter((l) => l.startsWith('!!! ') || /exit\(0x0+3f1\)/.test(l))) {
      const one = summaryOf(form([line], 1).join('\n'));
      assert.equal(one.focusLine, 0, `${formName}: ${line}: ${one.text}`);
      assert.match(one.text, /ERROR_BADDB/, `${formName}: ${line}`);
    }
  }
});
