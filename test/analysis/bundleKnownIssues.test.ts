import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findFailures, knownIssuesAt, parseLog, type LogDocument } from '../../analysis/src/index.js';
import { KNOWN_ISSUES, formatKnownIssue, matchKnownIssues } from '../../analysis/src/knownIssues/match.js';
import { NO_CORPUS, corpusFiles, joinLines, skipAbsent } from '../support.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';
import { EXAMPLE_CASE, NO_REAL_CASE, REAL_CASE, docNamed, lineOf, loadFolder, logNamed } from './bundleSupport.js';

const failuresOf = (doc: LogDocument) => findFailures(doc);
const ids = (docs: LogDocument[]): string[] => matchKnownIssues(docs, failuresOf).map((m) => m.id);

test('the rules are well-formed data: unique ids, patterns that compile, our words for every rule', () => {
  const seen = new Set<string>();
  for (const rule of KNOWN_ISSUES) {
    assert.match(rule.id, /^[a-z0-9-]+$/);
    assert.ok(!seen.has(rule.id), `duplicate id ${rule.id}`);
    seen.add(rule.id);
    assert.ok(rule.title.length > 10 && rule.explanation.length > 40, rule.id);
    assert.ok(rule.nextSteps.length > 0, `${rule.id} has next steps`);
    assert.ok(rule.match.length > 0, `${rule.id} matches something`);
    for (const p of [...rule.match, ...(rule.companion ?? [])]) {
      assert.ok(p.logs.length > 0, `${rule.id}: a pattern names its logs`);
      assert.ok(p.codes || p.pattern || p.diagnostics, `${rule.id}: a pattern that matches everything`);
      if (p.pattern) {
        assert.doesNotThrow(() => new RegExp(p.pattern!, 'i'), `${rule.id}: ${p.pattern}`);
      }
    }
  }
});

test('example case: ERROR_BADDB in the DRIVERS node, confirmed by the other log', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const cbs = docNamed(docs, 'CBS.log');
  const setupapi = docNamed(docs, 'setupapi.dev.log');
  const matches = matchKnownIssues(docs, failuresOf);
  assert.deepEqual(
    matches.map((m) => m.id),
    ['drivers-hive-baddb'],
  );
  const [m] = matches;
  assert.ok(m);
  assert.equal(m.confidence, 'confirmed');
  assert.equal(m.severity, 'error');
  const stage = lineOf(docs[cbs], 'STAGE index: 7');
  const idb = lineOf(docs[setupapi], 'Failed to create driver package object');
  assert.ok(m.lines.some((l) => l.docIndex === cbs && l.line === stage));
  assert.ok(m.lines.some((l) => l.docIndex === setupapi && l.line === idb));
  assert.deepEqual(m.companion, { docIndex: setupapi, uri: docs[setupapi]?.uri, line: idb });
  assert.deepEqual(
    knownIssuesAt(matches, setupapi, idb).map((x) => x.id),
    ['drivers-hive-baddb'],
    'hover on the idb line finds it',
  );
  assert.deepEqual(knownIssuesAt(matches, cbs, 0), []);
  const markdown = formatKnownIssue(m, docs);
  assert.match(markdown, /DRIVERS registry hive/);
  assert.match(markdown, /confirmed by setupapi\.dev\.log:\d+/);
  assert.match(markdown, /Next steps:\n- /);
});

test('one log alone: the same issue, only likely', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  for (const name of ['CBS.log', 'setupapi.dev.log']) {
    const only = [logNamed(docs, name)];
    const matches = matchKnownIssues(only, failuresOf);
    assert.equal(matches[0]?.id, 'drivers-hive-baddb', name);
    assert.equal(matches[0].confidence, 'likely', name);
  }
});

test('the real case matches the DRIVERS-hive rule, confirmed', (t) => {
  if (!fs.existsSync(REAL_CASE)) {
    skipAbsent(t, NO_REAL_CASE);
    return;
  }
  const matches = matchKnownIssues(loadFolder(REAL_CASE), failuresOf);
  assert.equal(matches[0]?.id, 'drivers-hive-baddb');
  assert.equal(matches[0].confidence, 'confirmed');
});

// Made-up lines in the layout of each log (not copied from any log), one per rule.
const rec = (level: string, component: string, message: string): string => `2023-05-17 12:06:13, ${level.padEnd(21)} ${component.padEnd(6)} ${message}`;
const SAMPLES: [string, string, string][] = [
  ['source-missing', 'dism.log', rec('Error', 'DISM', 'DISM Package Manager: PID=1 TID=2 Failed while processing command cleanup-image. - CPackageManagerCLIHandler::ExecuteCmdLine(hr:0x800f081f)')],
  ['sfc-store-corrupt', 'CBS.log', rec('Info', 'CSI', '00000010 [SR] Could not reproject corrupted file \\??\\C:\\Windows\\System32\\x.dll; source file in store is also corrupted')],
  ['setup-image-corrupt', 'setupact.log', rec('Error', 'SP', 'CApplyWIM: Failure while applying image 1 for D:\\sources\\install.wim. Error 0x80070570[gle=0x00000570]')],
  ['pending-reboot', 'CBS.log', rec('Error', 'CBS', 'Failed to start the session: a restart is needed first [HRESULT = 0x80070bc9 - ERROR_FAIL_REBOOT_REQUIRED]')],
  ['installers-failed', 'CBS.log', rec('Info', 'CBS', 'Exec: Processing complete.  Session: 1_2, Package: Foo~31bf3856ad364e35~amd64~~10.0.1.0 [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]')],
  ['name-not-resolved', 'setupact.log', rec('Error', 'MOUPG', 'SetupHost: settings download failed: [0x80072EE7]')],
  ['windows-old-cleanup', 'setuperr.log', rec('Error', '', 'Failed to delete \\\\?\\C:\\windows.old\\WINDOWS\\System32\\x.dll. hr = 0x80070005')],
  ['servicing-cancelled', 'CBS.log', rec('Error', 'CBS', 'Session: 1_2 failed to perform store corruption detect and repair operation. [HRESULT = 0x800f0820 - CBS_E_CANCEL]')],
  ['setup-cancelled', 'setuperr.log', rec('Error', 'MOUPG', 'CSetupManager::Execute(295): Result = 0x800704C7')],
  ['all-updates-failed', 'WindowsUpdate.log', '2021/07/13 10:22:58.9553434 1234  5678  Agent           *FAILED* [80240022] Install call finished'],
  ['dism-command-line-rejected', 'dism.log', rec('Error', 'DISM', 'DISM.EXE: Failed validating command line: dism /online /cleanup-image /restorehealth /limit access')],
  ['dism-unknown-option', 'dism.log', rec('Error', 'DISM', 'DISM.EXE: No providers were found that support the command(enablefeature). HRESULT=0')],
  ['dism-driver-name-unknown', 'dism.log', rec('Error', 'DISM', "DISM Driver Manager: PID=1 TID=2 Error, file not found 'oem99.inf'. - CDriverManager::OpenPackageByFile(hr:0x80070002)")],
  ['esp-boot-files', 'setuperr.log', rec('Error', 'SP', 'BFSVC: BfspCopyFile(C:\\x\\bootmgfw.efi, \\\\?\\GLOBALROOT\\Device\\HarddiskVolume1\\EFI\\Microsoft\\Boot\\bootmgfw.efi) failed! Last Error = 0x3')],
];

test('each rule matches a line of its kind', () => {
  assert.deepEqual(new Set(SAMPLES.map((s) => s[0])), new Set(KNOWN_ISSUES.filter((r) => r.id !== 'drivers-hive-baddb').map((r) => r.id)), 'a sample per rule');
  for (const [id, name, line] of SAMPLES) {
    const doc = parseLog(joinLines(line), { uri: `file:///logs/${name}` });
    assert.deepEqual(ids([doc]), [id], `${id}: ${line}`);
  }
});

test('corpus: the known issues that the real logs show', (t) => {
  const files = corpusFiles();
  if (files.length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  const docs = files.map((f) => parseLog(decodeLogBytes(fs.readFileSync(f)).text, { uri: `file:///corpus/${path.basename(f)}` }));
  const found = new Set(ids(docs));
  for (const id of [
    'source-missing',
    'sfc-store-corrupt',
    'pending-reboot',
    'setup-image-corrupt',
    'esp-boot-files',
    'dism-command-line-rejected',
    'dism-unknown-option',
    'dism-driver-name-unknown',
    'name-not-resolved',
    'servicing-cancelled',
    'setup-cancelled',
    'windows-old-cleanup',
  ]) {
    assert.ok(found.has(id), `${id} is found in the corpus`);
  }
  assert.ok(!found.has('drivers-hive-baddb'), 'no corpus log has the ERROR_BADDB case');
});
