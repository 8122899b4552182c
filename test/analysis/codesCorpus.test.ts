// Every code the scanner finds in the real logs of ../shared/corpus: how many we name and explain.
// A code whose name exists (in our tables, or printed by the log itself) must never be nameless.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { describeCode } from '../../analysis/src/codes/describe.js';
import { hex8 } from '../../analysis/src/codes/hresult.js';
import { namesForValue } from '../../analysis/src/codes/lookup.js';
import { scanCodes } from '../../analysis/src/codes/scan.js';
import { lineAt, parseLog } from '../../analysis/src/index.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';
import { NO_CORPUS, corpusFiles, skipAbsent } from '../support.js';

/**
 * Values the corpus prints that no public source names, with what they are. Hover gives them
 * their family and fields; the listed ones with an explanation explain them by value.
 */
const NO_PUBLIC_NAME: ReadonlyMap<number, string> = new Map([
  [0x8144012d, 'WIM library trace value (0x8144xxxx): internal to the imaging library'],
  [0x81440133, 'WIM library trace value (0x8144xxxx): internal to the imaging library'],
  [0xc142011c, 'WIM library "not a mount point" probe (0xC142xxxx): internal to the imaging library'],
  [0xc144012e, 'WIM library trace value (0xC144xxxx): internal to the imaging library'],
  [0xc1570118, 'DISM AppX provider (0xC157xxxx): no header; the line says an equal or newer app version exists'],
  [0xc1800104, 'Windows Setup download task (0xC1800xxx): internal, no Microsoft page names it'],
  [0xc1800108, 'Windows Setup download task (0xC1800xxx): internal, no Microsoft page names it'],
  [0xc1800109, 'Windows Setup download task (0xC1800xxx): internal, no Microsoft page names it'],
  [0xc190040f, 'Windows Setup (0xC19xxxxx): not in the MOSETUP_E list of the upgrade-error-codes article'],
]);

/** The lines of a log as the product reads them: the CLI's and the bundle's decoding, then parseLog's line split. */
function linesOf(file: string): string[] {
  const doc = parseLog(decodeLogBytes(readFileSync(file)).text);
  return Array.from({ length: doc.lines.count }, (_, line) => lineAt(doc, line));
}

test('corpus: every code is named with its family, or listed as a number no public source names; report the share', (t) => {
  const files = corpusFiles();
  if (files.length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  assert.ok(files.length > 0, 'corpus has logs');
  const values = new Map<number, { named: boolean; explained: boolean; printed?: string; example: string }>();
  const unnamed: string[] = [];
  const disagreements: string[] = [];
  const unlisted = new Set<string>();
  let occurrences = 0;
  for (const file of files) {
    for (const line of linesOf(file)) {
      for (const m of scanCodes(line)) {
        occurrences++;
        const d = describeCode(m.value, m.hint, m.printedName);
        const tableNames = namesForValue(m.value).map((e) => e.name);
        const knowable = m.printedName !== undefined || tableNames.length > 0 || d.wraps?.name !== undefined;
        const extendNamed = m.hint === 'setupExtend' && /SP_EXECUTION_\w+ · Operation \S+ SP_EXECUTION_OP_/.test(d.fields ?? '');
        if (!d.name && !extendNamed && !NO_PUBLIC_NAME.has(m.value)) {
          unlisted.add(`${hex8(m.value)} (${m.hint}) in ${file}: ${line.trim().slice(0, 100)}`);
        }
        if (!d.family) {
          unlisted.add(`${hex8(m.value)} has no family`);
        }
        if (knowable && !d.name) {
          unnamed.push(`${hex8(m.value)} (${m.hint}) in ${path.basename(file)}: ${line.trim().slice(0, 100)}`);
        }
        if (m.printedName && tableNames.length > 0 && !tableNames.includes(m.printedName) && d.wraps?.name !== m.printedName) {
          disagreements.push(`${hex8(m.value)}: log prints ${m.printedName}, tables say ${tableNames.join('/')}`);
        }
        const prev = values.get(m.value);
        values.set(m.value, {
          named: (prev?.named ?? false) || d.name !== undefined,
          explained: (prev?.explained ?? false) || d.explanation !== undefined,
          printed: prev?.printed ?? m.printedName,
          example: prev?.example ?? `${path.basename(file)}: ${line.trim().slice(0, 80)}`,
        });
      }
    }
  }
  const distinct = values.size;
  const named = [...values.values()].filter((v) => v.named).length;
  const explained = [...values.values()].filter((v) => v.explained).length;
  const pct = (n: number): string => `${((100 * n) / distinct).toFixed(1)}%`;
  t.diagnostic(`${occurrences} code occurrences, ${distinct} distinct values in ${files.length} logs`);
  t.diagnostic(`named: ${named}/${distinct} (${pct(named)}), explained: ${explained}/${distinct} (${pct(explained)})`);
  for (const [value, v] of [...values].filter(([, v]) => !v.named).sort((a, b) => a[0] - b[0])) {
    t.diagnostic(`no name anywhere: ${hex8(value)}  e.g. ${v.example}`);
  }
  assert.deepEqual(unnamed.slice(0, 20), [], 'codes whose name is known must be named');
  assert.deepEqual([...unlisted].slice(0, 20), [], 'every code is named, or listed in NO_PUBLIC_NAME with the reason');
  for (const value of NO_PUBLIC_NAME.keys()) {
    assert.ok(values.has(value), `${hex8(value)} is listed but the corpus no longer prints it`);
    assert.equal(namesForValue(value).length, 0, `${hex8(value)} is listed as unnamed but a table names it`);
  }
  assert.deepEqual(disagreements, [], 'names printed by the logs agree with our tables');
  assert.ok(named / distinct >= 0.75, `named share ${pct(named)} dropped`);
});
