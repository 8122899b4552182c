import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLog, findFailures, getSummary, type Failure } from '../../analysis/src/index.js';
import { CASES_DIR, joinLines, skipAbsent } from '../support.js';
import { textOf } from '../../analysis/src/messages/index.js';

const CASE = path.join(CASES_DIR, 'kb5016623-oposdrv');

function failuresOf(text: string, uri?: string): readonly Failure[] {
  return findFailures(parseLog(text, { uri }));
}

function at(failures: readonly Failure[], line: number): Failure {
  const f = failures.find((x) => x.line === line);
  assert.ok(f, `a failure on line ${line + 1}; got lines ${failures.map((x) => x.line + 1).join(', ')}`);
  return f;
}

test('the real case, CBS excerpt: verdict ERROR_BADDB, root cause the STAGE line of oposdrv.inf', (t) => {
  const file = path.join(CASE, 'CBS-excerpt.log');
  if (!fs.existsSync(file)) {
    skipAbsent(t, `case not found at ${CASE}`);
    return;
  }
  const failures = failuresOf(fs.readFileSync(file, 'utf8'), 'file:///case/CBS.log');
  const verdict = at(failures, 12);
  assert.equal(verdict.severity, 'error');
  assert.equal(verdict.code, 'cbs.original-failure');
  assert.equal(verdict.role, 'verdict');
  assert.match(textOf('en', verdict.message), /0x800703F1.*ERROR_BADDB/);
  const root = at(failures, 4);
  assert.equal(root.role, 'root-cause');
  assert.equal(root.severity, 'error');
  assert.equal(root.code, 'cbs.driver-stage-failed');
  assert.match(textOf('en', root.message), /oposdrv\.inf/);
  assert.ok(verdict.related.some((r) => r.line === 4), 'the verdict links to its root cause');
  assert.ok(verdict.related.some((r) => r.line === 7), 'and to the Error line between them');
  assert.equal(at(failures, 11).code, 'cbs.rollback');
});

test('the real case, setupapi excerpt: the section failed, the first !!! is the root cause, the other !!! lines its chain', (t) => {
  const file = path.join(CASE, 'setupapi.dev-excerpt.log');
  if (!fs.existsSync(file)) {
    skipAbsent(t, `case not found at ${CASE}`);
    return;
  }
  const doc = parseLog(fs.readFileSync(file, 'utf8'), { uri: 'file:///case/setupapi.dev.log' });
  const failures = findFailures(doc);
  assert.equal(doc.kind, 'setupapi');
  assert.equal(at(failures, 0).severity, 'error');
  for (const line of [1, 6, 8, 9]) {
    assert.equal(at(failures, line).role, 'chain', `line ${line + 1}`);
    assert.ok(at(failures, 12).related.some((r) => r.line === line || at(failures, 0).related.some((q) => q.line === line)), `line ${line + 1} is related`);
  }
  const section = at(failures, 12);
  assert.equal(section.code, 'setupapi.section-failed');
  assert.match(textOf('en', section.message), /ERROR_BADDB/);
  assert.equal(at(failures, 0).role, 'root-cause');
  assert.match(getSummary(doc, failures, 'en').text, /root cause: .*ERROR_BADDB at line 1 \(oposdrv\.inf\)/);
  const folded = doc.sections.find((s) => s.kind === 'setupapi-section');
  assert.ok(folded && folded.startLine === 0 && folded.endLine === 12, 'the section is foldable even though the excerpt starts inside it');
});

test('words inside names and device flags are never failures', () => {
  const log = joinLines(
    '>>>  [Install Driver Updates]',
    '>>>  Section start 2026/01/10 09:00:00.000',
    '     inf:      {Configure Driver: Unknown USB Device (Port Reset Failed)}',
    '     inf:           Hardware Id  = USB\\RESET_FAILURE',
    '     inf:      {Configure Driver: exit(0x00000000)}',
    '     dvi:                     Device Status: 0x01802000',
    '<<<  Section end 2026/01/10 09:00:01.000',
    '<<<  [Exit status: SUCCESS (REBOOT_REQUIRED)]',
  );
  assert.deepEqual(failuresOf(log), []);
});

test('routine CBS noise is a hint; a healthy Windows 7 scan has no error', () => {
  const log = joinLines(
    '2016-09-29 00:01:03, Info                  CBS    Session: 30546174_1032998041 initialized by client WindowsUpdateAgent.',
    '2016-09-29 00:01:03, Info                  CBS    Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]',
    '2016-09-29 00:01:04, Info                  CBS    Expecting attribute name [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]',
    '2016-09-29 00:01:04, Info                  CBS    SQM: Failed to start upload with file pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x2 [HRESULT = 0x80004005 - E_FAIL]',
  );
  const failures = failuresOf(log);
  assert.equal(failures.length, 3);
  assert.ok(failures.every((f) => f.severity === 'hint' && f.role === 'noise'));
});

test('user noise patterns turn a failure into a hint', () => {
  const line = '2024-01-01 10:00:00, Error                 CBS    Contoso agent probe failed [HRESULT = 0x80070005 - E_ACCESSDENIED]';
  // One line, no operation around it: its outcome is unknown, so at most a warning.
  assert.equal(failuresOf(line)[0]?.severity, 'warning');
  const doc = parseLog(line);
  assert.equal(findFailures(doc, { noisePatterns: ['Contoso agent'] })[0]?.severity, 'hint');
  assert.equal(findFailures(doc, { noisePatterns: ['(invalid'] })[0]?.severity, 'warning', 'an invalid pattern is ignored');
});

test('DISM excerpt without its command banners: failures are warnings, the summary names the most telling one', () => {
  const log = joinLines(
    '2020-09-18 21:56:40, Info                  DISM   DISM Package Manager: PID=6108 TID=5192 Processing the top level command token(add-package). - CPackageManagerCLIHandler::Private_ValidateCmdLine',
    '2020-09-18 21:56:41, Error                 DISM   DISM Package Manager: PID=6108 TID=5192 Failed to install package (hr:0x800f0922) - CDISMPackageManager::ProcessChanges(hr:0x800f0922)',
    '2020-09-18 21:56:42, Error                 DISM   DISM Package Manager: PID=6108 TID=5192 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0922)',
  );
  const failures = failuresOf(log, 'dism.log');
  // One failure repeated up the stack: one diagnostic with a count, the echo listed on it.
  assert.equal(at(failures, 1).severity, 'warning');
  assert.equal(at(failures, 1).count, 2);
  assert.ok(at(failures, 1).related.some((r) => r.line === 2));
  const doc = parseLog(log, { uri: 'file:///x/dism.log' });
  const summary = getSummary(doc, findFailures(doc), 'en');
  assert.equal(summary.focusLine, 1, summary.text);
  assert.match(summary.text, /most telling failure/);
});
