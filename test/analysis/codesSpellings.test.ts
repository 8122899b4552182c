// Every spelling of an error code the scanner reads: the text it found, its columns, its value
// and the name and family the hover gives it. Lines are shaped like the corpus lines of each
// spelling (docs formats.md), written here, not copied.

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { describeCode } from '../../analysis/src/codes/describe.js';
import { scanCodes } from '../../analysis/src/codes/scan.js';

interface Row {
  line: string;
  /** The code text found, its start column, and the name and family on hover. */
  found: string;
  start: number;
  name: string | undefined;
  family: string;
  secondary?: boolean;
}

const ROWS: Row[] = [
  // A value right before [gle=…] is the result; the gle is detail.
  { line: 'Lookup failed 0x00000490[gle=0x00000002]', found: '0x00000490', start: 14, name: 'ERROR_NOT_FOUND', family: 'Win32' },
  { line: 'Lookup failed 0x00000490[gle=0x00000002]', found: '0x00000002', start: 29, name: 'ERROR_FILE_NOT_FOUND', family: 'Win32', secondary: true },
  { line: 'Result = 0x80070002[gle=0x00000002]', found: '0x80070002', start: 9, name: 'ERROR_FILE_NOT_FOUND', family: 'Win32' },
  // A short Win32 code inside an HRESULT family.
  { line: 'SYSPRP Failure in module; dwRet = 0x3cf2', found: '0x3cf2', start: 34, name: 'ERROR_INSTALL_INVALID_PACKAGE', family: 'AppX deployment' },
  { line: 'SYSPRP Failure in module; dwRet = 0x80073cf2', found: '0x80073cf2', start: 34, name: 'ERROR_INSTALL_INVALID_PACKAGE', family: 'AppX deployment' },
  { line: 'boot.ini not found. dwRetCode=[0x1F]', found: '0x1F', start: 31, name: 'ERROR_GEN_FAILURE', family: 'Win32' },
  // NTSTATUS without 0x.
  { line: 'SdbQuery failed c000000d', found: 'c000000d', start: 16, name: 'STATUS_INVALID_PARAMETER', family: 'NTSTATUS' },
  { line: 'Merge failed [c0000034]', found: 'c0000034', start: 14, name: 'STATUS_OBJECT_NAME_NOT_FOUND', family: 'NTSTATUS' },
  // Eight bare hex digits after a name.
  { line: 'LogHistory called. resultMapped=80242014, resultUnMapped=0', found: '80242014', start: 32, name: 'WU_E_UH_POSTREBOOTSTILLPENDING', family: 'Windows Update' },
  { line: 'LogHistory called. resultMapped=240006, resultUnMapped=0', found: '240006', start: 32, name: 'WU_S_ALREADY_INSTALLED', family: 'Windows Update' },
  { line: 'CleanVolume - Return status: 80070003', found: '80070003', start: 29, name: 'ERROR_PATH_NOT_FOUND', family: 'Win32' },
  { line: 'Failed to find updates with error code 80072EE2', found: '80072EE2', start: 39, name: 'WININET_E_TIMEOUT', family: 'WinINet / WinHTTP' },
  { line: '(caller: 00007FF9D27A70AF) ReturnHr(1) tid(1e5c) C1570118     Msg:[x]', found: 'C1570118', start: 49, name: undefined, family: 'DISM AppX provider' },
  { line: '*FAILED* [80D05001] All available CDNs were tried', found: '80D05001', start: 10, name: 'DO_E_HTTP_BLOCKSIZE_MISMATCH', family: 'Delivery Optimization' },
  // hr = 0x…, hr:0x…, Error: 0x3.
  { line: 'DO job failed, hr = 0x80D05011.', found: '0x80D05011', start: 20, name: 'DO_E_INSUFFICIENT_RANGE_SUPPORT', family: 'Delivery Optimization' },
  { line: 'Load undocked module: UusId:wu.core|hr:0x0|ModuleVer:1', found: '0x0', start: 39, name: 'S_OK', family: 'HRESULT' },
  { line: 'GetReferenceCount hr: 0x80070005 - x', found: '0x80070005', start: 22, name: 'E_ACCESSDENIED', family: 'Win32' },
  { line: 'RegLoadKey failed. Error: 0x3', found: '0x3', start: 26, name: 'ERROR_PATH_NOT_FOUND', family: 'Win32' },
  { line: 'Could not read config. Error: 0x00000002', found: '0x00000002', start: 30, name: 'ERROR_FILE_NOT_FOUND', family: 'Win32' },
  { line: 'GetChildAttributeByTag(IsServer) failed: 0xd', found: '0xd', start: 41, name: 'ERROR_INVALID_DATA', family: 'Win32' },
  // failed to <what>: 0x…
  { line: '[setup.exe] failed to read attribute by tag: 0xd', found: '0xd', start: 45, name: 'ERROR_INVALID_DATA', family: 'Win32' },
  { line: 'Failed to reset WIM hash: 0x2', found: '0x2', start: 26, name: 'ERROR_FILE_NOT_FOUND', family: 'Win32' },
  { line: 'deployment completed: Status: Completed, HR: 0x0, Extended HR: 0x80070bc2', found: '0x80070bc2', start: 63, name: 'ERROR_SUCCESS_REBOOT_REQUIRED', family: 'Win32' },
  // A Setup result with its extend code.
  { line: 'Error = 0xC1900101-0x2000C', found: '0xC1900101', start: 8, name: 'MOSETUP_E_SETUP_PLATFORM', family: 'Windows Setup' },
  { line: 'Error = 0xC1900101-0x2000C', found: '0x2000C', start: 19, name: undefined, family: 'Windows Setup', secondary: true },
  { line: 'Post reboot event -> [0x8007000D, 0x2000C]', found: '0x2000C', start: 34, name: undefined, family: 'Windows Setup', secondary: true },
  { line: 'Post reboot event -> [0x8007000D, 0x2000C]', found: '0x8007000D', start: 22, name: 'ERROR_INVALID_DATA', family: 'Win32' },
  { line: 'ImageExit: Extended:    [0x20018]', found: '0x20018', start: 25, name: undefined, family: 'Windows Setup', secondary: true },
  // DISM AppX provider and AppX deployment HRESULTs.
  { line: 'Failed to add Appx package - CAppxManager::ExecuteCmdLine(hr:0xc1570118)', found: '0xc1570118', start: 61, name: undefined, family: 'DISM AppX provider' },
];

for (const row of ROWS) {
  test(`${row.found} in ${JSON.stringify(row.line)}`, () => {
    const m = scanCodes(row.line).find((c) => row.line.slice(c.start, c.end) === row.found && c.start === row.start);
    assert.ok(m, `found ${JSON.stringify(scanCodes(row.line).map((c) => [row.line.slice(c.start, c.end), c.start]))}`);
    assert.equal(m.end, row.start + row.found.length);
    const d = describeCode(m.value, m.hint, m.printedName);
    assert.equal(d.name, row.name);
    assert.equal(d.family, row.family);
    assert.equal(m.secondary ?? false, row.secondary ?? false);
  });
}

test('the extend code names the phase and the operation', () => {
  const [, extend] = scanCodes('Error = 0xC1900101-0x4000D');
  assert.ok(extend);
  const d = describeCode(extend.value, extend.hint);
  assert.equal(d.fields, 'Phase 4 SP_EXECUTION_OOBE_BOOT · Operation 0xD SP_EXECUTION_OP_MIGRATE_DATA');
});

test('flags, sizes and registry root handles after result-like words are not codes', () => {
  for (const line of ['Device Status: 0x01802000', 'Status: 0x1802400, ProblemNumber: 00000000', 'Config Flags  = 0x00000000', 'Attributes = 00000084', 'Adding a mapping for HKCU (C:\\Users\\u\\NTUSER.DAT) to 0x80000003, S-1-5-21-1']) {
    assert.deepEqual(scanCodes(line), [], line);
  }
});
