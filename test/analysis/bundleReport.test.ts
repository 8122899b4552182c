import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeBundle, findFailures, formatBundleReport, formatReport, getSummary, parseLog } from '../../analysis/src/index.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';
import { EXAMPLE_CASE, NO_REAL_CASE, REAL_CASE, docNamed, lineOf, loadFolder, logNamed } from './bundleSupport.js';
import { NO_CORPUS, corpusFiles, skipAbsent } from '../support.js';

test('example case: the report names oposdrv.inf, ERROR_BADDB and the DRIVERS database, with the chain across logs', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const report = formatBundleReport(analyzeBundle(docs), 'en');
  assert.match(report, /oposdrv\.inf/);
  assert.match(report, /ERROR_BADDB/);
  assert.match(report, /DRIVERS database/);
  assert.match(report, /^\*\*Verdict:\*\* CBS operation failed: 0x800703F1 ERROR_BADDB \(`CBS\.log:\d+`\); root cause: Driver package oposdrv\.inf failed to stage/m);
  assert.match(report, /Root-cause chain across logs/);
  const cbs = docNamed(docs, 'CBS.log');
  const setupapi = docNamed(docs, 'setupapi.dev.log');
  const stage = lineOf(docs[cbs], 'STAGE index: 7') + 1;
  const idb = lineOf(docs[setupapi], 'Failed to create driver package object') + 1;
  const chain = report.slice(report.indexOf('Root-cause chain'), report.indexOf('Codes:'));
  assert.ok(chain.indexOf(`\`CBS.log:${stage}\``) >= 0, 'the STAGE line is in the chain');
  assert.ok(chain.indexOf(`\`setupapi.dev.log:${idb}\``) > chain.indexOf(`\`CBS.log:${stage}\``), 'then the setupapi idb line');
  assert.match(chain, /`15:04:27\.415` `setupapi\.dev\.log:\d+`: .*_\(same second, oposdrv\.inf\)_/);
  assert.match(chain, /\*\*verdict\*\*: CBS operation failed/);
  assert.match(report, /- \*\*0x800703F1 ERROR_BADDB\*\* \(also written 0x000003F1 \(1009\)\)/, 'one decoded code for both spellings');
  assert.match(report, /## Known issues\n\n### A driver package could not be written to the DRIVERS registry hive \(ERROR_BADDB\) \(confirmed by another log\)/);
  assert.match(report, /### CBS\.log — CBS log/, 'and each log\'s own report');
  assert.match(report, /### setupapi\.dev\.log — SetupAPI log/);
  assert.ok(!/\n{3,}/.test(report), 'no runs of blank lines');
});

test('the real case: the report names oposdrv.inf, ERROR_BADDB and the DRIVERS database', (t) => {
  if (!fs.existsSync(REAL_CASE)) {
    skipAbsent(t, NO_REAL_CASE);
    return;
  }
  const report = formatBundleReport(analyzeBundle(loadFolder(REAL_CASE)), 'en');
  assert.match(report, /oposdrv\.inf/);
  assert.match(report, /ERROR_BADDB/);
  assert.match(report, /DRIVERS database/);
  assert.match(report, /`15:33:51\.638` `setupapi\.dev-excerpt\.log:1`: .*DRIVERS database node.*_\(same second, oposdrv\.inf\)_/);
});

test('a bundle of one log, and formatReport for one log, still work', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const cbs = logNamed(docs, 'CBS.log');
  const single = formatBundleReport(analyzeBundle([cbs]), 'en');
  assert.match(single, /Chain, in time order/);
  assert.match(single, /\(likely; the companion line in another log is not in this bundle\)/);
  const old = formatReport(cbs, findFailures(cbs), 'en');
  assert.match(old, /^## CBS\.log — CBS log\n/);
  assert.match(old, /\n### Verdict, line \d+: /);
  assert.match(formatReport(cbs, findFailures(cbs), 'en', { headingLevel: 3, name: 'Logs/CBS.log' }), /^### Logs\/CBS\.log — CBS log\n[\s\S]*\n#### Verdict/);
  assert.match(formatBundleReport(analyzeBundle([]), 'en'), /\*\*No failures found\.\*\*/);
});

test('a bundle with warnings and no failed operation never says "No failures found"', () => {
  const text = ['2024-01-01 10:00:00, Warning               CBS    Failed to get session package state [HRESULT = 0x80070490 - ERROR_NOT_FOUND]', ''].join('\r\n');
  const analysis = analyzeBundle([parseLog(text, { uri: 'file:///t/CBS.log' })]);
  assert.ok(analysis.failures[0]?.some((f) => f.severity === 'warning'), 'the line is a warning');
  const report = formatBundleReport(analysis, 'en');
  assert.doesNotMatch(report, /No failures found/);
  assert.match(report, /\*\*No operation failed;\*\* 1 warning to look at\./);
  assert.match(formatBundleReport(analysis, 'zh-cn'), /\*\*没有操作失败；\*\* 有 1 个警告值得一看。/);
});

test("corpus: the report's verdict line names the root cause the summary names", (t) => {
  const files = corpusFiles();
  if (files.length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  const differ: string[] = [];
  for (const file of files) {
    const doc = parseLog(decodeLogBytes(fs.readFileSync(file)).text, { uri: pathToFileURL(file).href });
    const failures = findFailures(doc);
    const summary = getSummary(doc, failures, 'en');
    if (summary.failedOperations === 0 || summary.focusLine === undefined) {
      continue;
    }
    const name = path.basename(file);
    const verdictLine = formatBundleReport(analyzeBundle([doc], { names: [name] }), 'en').split('\n').find((l) => l.startsWith('**Verdict:**')) ?? '';
    if (!verdictLine.endsWith(`(\`${name}:${summary.focusLine + 1}\`).`)) {
      differ.push(`${name}: summary line ${summary.focusLine + 1}, report: ${verdictLine.slice(-60)}`);
    }
  }
  assert.deepEqual(differ, []);
});
