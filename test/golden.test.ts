// Golden tests: what the analysis says about whole logs (our fixtures and the real corpus), as a
// readable text file per log. `UPDATE=1 npm test` rewrites them; review the diff like code.
//
// Corpus goldens hold no text copied from the logs (they are not ours to republish): only line
// numbers, severities, codes, roles and decoded error codes. Fixture goldens hold full messages.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFailures, getFoldRanges, getOutline, getSummary, parseLog, describeCode, type Failure, type LogDocument, type Section } from '../analysis/src/index.js';
import { LineKind } from '../analysis/src/model.js';
import { CORPUS_DIR, FIXTURES_DIR, NO_CORPUS, REPO_ROOT, checkGolden, corpusFiles, skipAbsent } from './support.js';
import { decodeLogBytes } from '../analysis/src/decode.js';
import { textOf } from '../analysis/src/messages/index.js';

const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden');

function codeName(doc: LogDocument, f: Failure): string {
  if (f.value === undefined) {
    return '';
  }
  const d = describeCode(f.value, 'any', doc.learnedNames.get(f.value));
  return ` ${d.hex}${d.name ? ` ${d.name}` : ''}`;
}

function outlineLines(sections: readonly Section[], depth: number, withNames: boolean, out: string[]): void {
  for (const s of sections) {
    const name = withNames ? ` "${s.name}"${s.detail ? ` [${s.detail}]` : ''}` : '';
    out.push(`${'  '.repeat(depth)}${s.kind} ${s.startLine + 1}-${s.endLine + 1}${s.failed ? ' failed' : ''}${name}`);
    outlineLines(s.children, depth + 1, withNames, out);
  }
}

export function renderGolden(name: string, doc: LogDocument, withText: boolean): string {
  const failures = findFailures(doc);
  const unclassified = doc.lineKinds.filter((k) => k === LineKind.Unclassified).length;
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of failures) {
    counts[f.severity]++;
  }
  const out = [
    `# ${name}: ${doc.kind}, ${doc.lines.count} lines, ${unclassified} unclassified`,
    `# ${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints`,
  ];
  if (withText) {
    out.push(`# summary: ${getSummary(doc, failures, 'en').text}`);
  }
  out.push('', '## errors and warnings (line:column severity code role [code] [message])');
  for (const f of failures) {
    if (f.severity === 'error' || f.severity === 'warning') {
      const related = f.related.length > 0 ? ` → ${f.related.map((r) => r.line + 1).join(',')}` : '';
      out.push(`${f.line + 1}:${f.start + 1} ${f.severity} ${f.code} ${f.role}${codeName(doc, f)}${related}${withText ? ` | ${textOf('en', f.message)}` : ''}`);
    }
  }
  const quiet = new Map<string, number>();
  for (const f of failures) {
    if (f.severity === 'information' || f.severity === 'hint') {
      const key = `${f.severity} ${f.code}${codeName(doc, f)}`;
      quiet.set(key, (quiet.get(key) ?? 0) + 1);
    }
  }
  out.push('', '## information and hints (count severity code [code])');
  for (const [key, count] of [...quiet].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    out.push(`${count} ${key}`);
  }
  const folds = getFoldRanges(doc, failures);
  out.push('', `## folding: ${folds.length} ranges, ${folds.filter((r) => r.failing).length} containing errors`);
  for (const r of folds.filter((r) => r.failing || withText).slice(0, 200)) {
    out.push(`${r.startLine + 1}-${r.endLine + 1}${r.failing ? ' failing' : ''}`);
  }
  out.push('', '## outline');
  const outline: string[] = [];
  outlineLines(getOutline(doc, failures), 0, withText, outline);
  out.push(...outline.slice(0, 300));
  if (outline.length > 300) {
    out.push(`… ${outline.length - 300} more`);
  }
  return out.join('\n') + '\n';
}

const fixtures = fs.existsSync(FIXTURES_DIR) ? fs.readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.log')) : [];
for (const file of fixtures) {
  test(`golden: fixture ${file}`, () => {
    const decoded = decodeLogBytes(fs.readFileSync(path.join(FIXTURES_DIR, file)));
    const doc = parseLog(decoded.text, { uri: `file:///fixtures/${file}` });
    checkGolden(path.join(FIXTURES_DIR, file.replace(/\.log$/, '.expected.txt')), renderGolden(file, doc, true));
  });
}

test('golden: every corpus log', async (t) => {
  const files = corpusFiles();
  if (files.length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  for (const file of files) {
    await t.test(path.basename(file), () => {
      const decoded = decodeLogBytes(fs.readFileSync(file));
      // The corpus files carry the names they had on GitHub in SOURCES.md; detection uses content.
      const doc = parseLog(decoded.text, { uri: `file:///corpus/${path.basename(file)}` });
      checkGolden(path.join(GOLDEN_DIR, 'corpus', path.basename(file).replace(/\.log$/, '.expected.txt')), renderGolden(path.basename(file), doc, false));
    });
  }
});

test('corpus: no line of a CBS, DISM or setupapi log is left unclassified', (t) => {
  const files = corpusFiles();
  if (files.length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  const rows: string[] = [];
  for (const file of files) {
    const doc = parseLog(decodeLogBytes(fs.readFileSync(file)).text, { uri: `file:///corpus/${path.basename(file)}` });
    const unclassified = doc.lineKinds.filter((k) => k === LineKind.Unclassified).length;
    rows.push(`${path.basename(file)} ${doc.kind} ${unclassified}`);
    if (doc.kind === 'cbs' || doc.kind === 'dism' || doc.kind === 'setupapi') {
      assert.equal(unclassified, 0, `${path.basename(file)} has ${unclassified} unclassified lines`);
    }
  }
  t.diagnostic(`unclassified lines per corpus file (${CORPUS_DIR}):\n${rows.join('\n')}`);
});
