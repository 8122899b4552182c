// Decoding of error codes: arithmetic, the examples of docs error-codes.md, input parsing,
// names, success flags and the hover card.

import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { formatCodeCard } from '../../analysis/src/codes/card.js';
import { describeCode, describeName, parseCodeInput } from '../../analysis/src/codes/describe.js';
import {
  hex8,
  hresultCode,
  hresultFacility,
  hresultFields,
  hresultFromNt,
  hresultFromSetupapi,
  hresultFromWin32,
  hresultSeverity,
  makeHresult,
  ntFromHresult,
  ntStatusFields,
  ntStatusFromWin32,
  s32,
  setupapiFromHresult,
  succeeded,
  win32FromHresult,
  win32FromNtStatus,
} from '../../analysis/src/codes/hresult.js';
import { namesForValue, valueOfName } from '../../analysis/src/codes/lookup.js';

/** Deterministic pseudo-random 32-bit values (xorshift), so failures reproduce. */
function* values(count: number, seed = 0x9e3779b9): Generator<number> {
  let x = seed >>> 0;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    yield x;
  }
}

describe('error-codes.md examples', () => {
  const decimal: [number, number, number][] = [
    [0x800703f1, 2147943409, -2147023887],
    [0x800f081f, 2148468767, -2146498529],
    [0x80240022, 2149842978, -2145124318],
    [0xe0000219, 3758096921, -536870375],
    [0xc0000034, 3221225524, -1073741772],
  ];
  for (const [value, unsigned, signed] of decimal) {
    test(`decimal forms of ${hex8(value)}`, () => {
      const d = describeCode(value);
      assert.equal(d.unsigned, unsigned);
      assert.equal(d.signed, signed);
      assert.equal(d.value, unsigned);
      assert.equal(d.hex, hex8(value));
      assert.equal(s32(value), signed);
    });
  }

  test('0x800703F1 is HRESULT_FROM_WIN32(1009) ERROR_BADDB', () => {
    const f = hresultFields(0x800703f1);
    assert.deepEqual(
      { s: f.severity, r: f.r, c: f.c, n: f.n, facility: f.facility, code: f.code },
      { s: 1, r: 0, c: 0, n: 0, facility: 7, code: 1009 },
    );
    const d = describeCode(0x800703f1, 'hresult');
    assert.equal(d.kind, 'HRESULT');
    assert.equal(d.name, 'ERROR_BADDB');
    assert.deepEqual(d.wraps, { kind: 'Win32', value: 1009, name: 'ERROR_BADDB', macro: 'HRESULT_FROM_WIN32' });
    assert.match(d.fields ?? '', /Severity FAILURE \(1\) · FACILITY_WIN32 \(7\) · Code 0x3F1 \(1009\)/);
    assert.equal(d.isSuccess, false);
    assert.ok(d.explanation, 'ERROR_BADDB has our explanation');
    assert.match(d.explanation.meaning, /DRIVERS hive/);
    assert.match(d.explanation.meaning, /System32\\config\\DRIVERS/);
    assert.ok(d.explanation.next.some((n) => /idb:/.test(n)), 'points at setupapi idb: lines');
    assert.ok(d.explanation.causes.some((c) => /security|endpoint/i.test(c)), 'mentions security filter drivers');
    assert.ok(d.explanation.next.some((n) => /chkdsk/.test(n)));
    assert.ok(d.explanation.next.some((n) => /System Restore|in-place upgrade/.test(n)));
  });

  test('bare Win32 0x3F1 (setupapi Error = 0x000003f1, CBS result 1009)', () => {
    for (const hint of ['win32', 'setupapi', 'any'] as const) {
      const d = describeCode(0x3f1, hint);
      assert.equal(d.kind, 'Win32', hint);
      assert.equal(d.name, 'ERROR_BADDB');
      assert.equal(d.asHresult?.value, 0x800703f1);
      assert.equal(d.asHresult?.macro, 'HRESULT_FROM_WIN32');
      assert.ok(d.explanation);
    }
  });

  test('0x800F081F is CBS_E_SOURCE_MISSING (curated)', () => {
    const d = describeCode(0x800f081f, 'hresult');
    assert.equal(d.name, 'CBS_E_SOURCE_MISSING');
    assert.equal(d.nameSource, 'curated');
    assert.match(d.fields ?? '', /FACILITY_SETUPAPI \(15\)/);
    assert.equal(d.wraps, undefined, 'CBS range is not a SetupAPI wrap');
    assert.ok(d.explanation?.causes.length);
  });

  test('0x80240022 is WU_E_ALL_UPDATES_FAILED', () => {
    const d = describeCode(0x80240022);
    assert.equal(d.name, 'WU_E_ALL_UPDATES_FAILED');
    assert.match(d.fields ?? '', /FACILITY_WINDOWSUPDATE \(36\)/);
    assert.ok(d.explanation);
  });

  test('0xE0000219 <-> 0x800F0219: ERROR_NO_ASSOCIATED_SERVICE / SPAPI_E_NO_ASSOCIATED_SERVICE', () => {
    assert.equal(hresultFromSetupapi(0xe0000219), 0x800f0219);
    assert.equal(setupapiFromHresult(0x800f0219), 0xe0000219);
    const raw = describeCode(0xe0000219, 'setupapi');
    assert.equal(raw.kind, 'setupapi');
    assert.equal(raw.name, 'ERROR_NO_ASSOCIATED_SERVICE');
    assert.deepEqual(raw.asHresult, { macro: 'HRESULT_FROM_SETUPAPI', value: 0x800f0219, name: 'SPAPI_E_NO_ASSOCIATED_SERVICE' });
    const hr = describeCode(0x800f0219, 'hresult');
    assert.equal(hr.name, 'SPAPI_E_NO_ASSOCIATED_SERVICE');
    assert.deepEqual(hr.wraps, { kind: 'setupapi', value: 0xe0000219, name: 'ERROR_NO_ASSOCIATED_SERVICE', macro: 'HRESULT_FROM_SETUPAPI' });
    assert.ok(raw.explanation && hr.explanation, 'both forms are explained');
    assert.equal(raw.explanation.meaning, hr.explanation.meaning);
  });

  test('0xC0000034 / 0xD0000034 STATUS_OBJECT_NAME_NOT_FOUND and HRESULT_FROM_NT', () => {
    assert.equal(hresultFromNt(0xc0000034), 0xd0000034);
    assert.equal(ntFromHresult(0xd0000034), 0xc0000034);
    const nt = describeCode(0xc0000034);
    assert.equal(nt.kind, 'NTSTATUS');
    assert.equal(nt.name, 'STATUS_OBJECT_NAME_NOT_FOUND');
    assert.equal(nt.asHresult?.value, 0xd0000034);
    assert.match(nt.fields ?? '', /Severity ERROR \(3\)/);
    const hr = describeCode(0xd0000034);
    assert.equal(hr.kind, 'HRESULT');
    assert.equal(hr.name, 'STATUS_OBJECT_NAME_NOT_FOUND');
    assert.deepEqual(hr.wraps, { kind: 'NTSTATUS', value: 0xc0000034, name: 'STATUS_OBJECT_NAME_NOT_FOUND', macro: 'HRESULT_FROM_NT' });
    assert.match(formatCodeCard(hr, 'en'), /HRESULT_FROM_NT\(0xC0000034\)/);
  });

  test('0xC000021A matches NTSTATUS and, as Err.exe shows, Win32 538 by its low word', () => {
    const d = describeCode(0xc000021a);
    assert.equal(d.name, 'STATUS_SYSTEM_PROCESS_TERMINATED');
    assert.equal(d.kind, 'NTSTATUS');
    const low = d.otherMatches.find((m) => m.name === 'ERROR_ABIOS_ERROR');
    assert.ok(low, 'ERROR_ABIOS_ERROR listed');
    assert.equal(low.value, 538);
    assert.match(formatCodeCard(d, 'en'), /Also matches: .*ERROR_ABIOS_ERROR/);
    // When the log says it is an NTSTATUS, the low-word reading is noise.
    assert.equal(describeCode(0xc000021a, 'ntstatus').otherMatches.some((m) => m.name === 'ERROR_ABIOS_ERROR'), false);
  });
});

describe('arithmetic', () => {
  test('HRESULT macros', () => {
    assert.equal(hresultSeverity(0x80070005), 1);
    assert.equal(hresultSeverity(0x00240001), 0);
    assert.equal(hresultFacility(0x80070005), 7);
    assert.equal(hresultFacility(0x80240022), 0x24);
    assert.equal(hresultFacility(0xd0000034), 0x1000, 'winerror.h masks 0x1fff, which includes the N bit');
    assert.equal(hresultFields(0xd0000034).facility11, 0);
    assert.equal(hresultCode(0x800f081f), 0x81f);
    assert.equal(makeHresult(1, 7, 5), 0x80070005);
    assert.equal(succeeded(0), true);
    assert.equal(succeeded(0x00240001), true);
    assert.equal(succeeded(0x80004005), false);
  });

  test('NTSTATUS fields', () => {
    assert.deepEqual(ntStatusFields(0xc0150004), { severity: 3, c: 0, n: 0, facility: 0x15, code: 4 });
    assert.deepEqual(ntStatusFields(0x80000005), { severity: 2, c: 0, n: 0, facility: 0, code: 5 });
    assert.equal(ntStatusFields(0xe0000219).c, 1);
  });

  test('HRESULT_FROM_WIN32 round trips, boundaries included', () => {
    assert.equal(hresultFromWin32(0), 0);
    assert.equal(win32FromHresult(0), 0);
    assert.equal(hresultFromWin32(0x80070005), 0x80070005, 'values with the top bit set pass through');
    assert.equal(hresultFromWin32(0x10005), 0x80070005, 'only the low word is kept');
    assert.equal(win32FromHresult(0x80040005), undefined);
    for (const x of [1, 2, 5, 0x3f1, 0xbc2, 0x7fff, 0x8000, 0xfffe, 0xffff]) {
      const hr = hresultFromWin32(x);
      assert.equal(hr >>> 16, 0x8007, hex8(hr));
      assert.equal(win32FromHresult(hr), x);
    }
    for (const v of values(5000)) {
      const x = (v & 0xffff) || 1;
      assert.equal(win32FromHresult(hresultFromWin32(x)), x);
    }
  });

  test('HRESULT_FROM_NT round trips', () => {
    for (const st of [0xc0000001, 0xc0000034, 0xc000021a, 0xc0150004, 0x80000005, 0xcfffffff & ~0x10000000]) {
      assert.equal(ntFromHresult(hresultFromNt(st)), st >>> 0, hex8(st));
    }
    for (const v of values(5000, 7)) {
      const st = ((v | 0x80000000) & ~0x10000000) >>> 0;
      assert.equal(ntFromHresult(hresultFromNt(st)), st);
    }
    assert.equal(ntFromHresult(0x80070005), undefined);
    assert.equal(ntFromHresult(0x10000000), undefined, 'N bit without failure severity is not a mapped NTSTATUS');
  });

  test('HRESULT_FROM_SETUPAPI round trips', () => {
    for (const n of [0, 1, 0x20e, 0x219, 0x241, 0x247, 0x300, 0x1000, 0xffff]) {
      const raw = (0xe0000000 | n) >>> 0;
      const hr = hresultFromSetupapi(raw);
      assert.equal(hr, (0x800f0000 | n) >>> 0);
      assert.equal(setupapiFromHresult(hr), raw);
    }
    assert.equal(hresultFromSetupapi(5), 0x80070005, 'non-setupapi values go through HRESULT_FROM_WIN32');
    assert.equal(hresultFromSetupapi(0), 0);
    assert.equal(setupapiFromHresult(0x80070005), undefined);
  });

  test('NTSTATUS_FROM_WIN32 round trips', () => {
    assert.equal(ntStatusFromWin32(13), 0xc007000d);
    assert.equal(win32FromNtStatus(0xc007000d), 13);
    assert.equal(win32FromNtStatus(0xc0000034), undefined);
    for (const v of values(5000, 99)) {
      const x = (v & 0xffff) || 1;
      assert.equal(win32FromNtStatus(ntStatusFromWin32(x)), x);
    }
  });

  test('no negative numbers leak out of the arithmetic', () => {
    for (const v of values(2000, 3)) {
      for (const r of [hresultFromWin32(v), hresultFromNt(v), hresultFromSetupapi(v), ntStatusFromWin32(v), describeCode(v).value]) {
        assert.ok(r >= 0 && r <= 0xffffffff, `${v} -> ${r}`);
      }
    }
  });
});

describe('names', () => {
  test('valueOfName', () => {
    assert.equal(valueOfName('ERROR_BADDB'), 1009);
    assert.equal(valueOfName('CBS_E_SOURCE_MISSING'), 0x800f081f);
    assert.equal(valueOfName('STATUS_SXS_ASSEMBLY_NOT_FOUND'), 0xc0150004);
    assert.equal(valueOfName('S_OK'), 0);
    assert.equal(valueOfName('E_FAIL'), 0x80004005);
    assert.equal(valueOfName('ERROR_FAIL_REBOOT_REQUIRED'), 3017);
    assert.equal(valueOfName('MOSETUP_E_SETUP_PLATFORM'), 0xc1900101);
    assert.equal(valueOfName('PSFX_E_MATCHING_BINARY_MISSING'), 0x800f0984);
    assert.equal(valueOfName('ERROR_DRIVER_STORE_ADD_FAILED'), 0xe0000247);
    assert.equal(valueOfName('NOT_A_NAME'), undefined);
  });

  test('namesForValue lists every table', () => {
    const names = namesForValue(0).map((n) => n.name);
    for (const n of ['ERROR_SUCCESS', 'S_OK', 'STATUS_SUCCESS']) {
      assert.ok(names.includes(n), n);
    }
    const dism = namesForValue(0x800f080c).map((n) => `${n.table}:${n.name}`);
    assert.ok(dism.includes('dism:DISMAPI_E_UNKNOWN_FEATURE'));
    assert.ok(dism.includes('cbs:CBS_E_UNKNOWN_UPDATE'));
  });

  test('describeName', () => {
    const badDb = describeName('ERROR_BADDB');
    assert.equal(badDb?.value, 1009);
    assert.equal(badDb?.kind, 'Win32');
    const sxs = describeName('STATUS_SXS_ASSEMBLY_NOT_FOUND');
    assert.equal(sxs?.kind, 'NTSTATUS');
    assert.equal(sxs?.name, 'STATUS_SXS_ASSEMBLY_NOT_FOUND');
    assert.ok(sxs?.explanation);
    const old = describeName('CBS_E_CANNOT_UNINSTALL');
    assert.equal(old?.value, 0x800f0825);
    assert.equal(old?.name, 'CBS_E_CANNOT_UNINSTALL', 'the hovered name wins over the other name of the value');
    assert.equal(describeName('SPAPI_E_NO_ASSOCIATED_SERVICE')?.value, 0x800f0219);
    assert.equal(describeName('NOT_A_NAME'), undefined);
  });

  test('learnedName is used when no table names the value', () => {
    assert.equal(namesForValue(0x800f0999).length, 0, 'precondition: value unknown to the tables');
    const d = describeCode(0x800f0999, 'hresult', 'CBS_E_SOMETHING_NEWER');
    assert.equal(d.name, 'CBS_E_SOMETHING_NEWER');
    assert.equal(d.nameSource, 'log');
    assert.match(d.summary, /CBS/);
    assert.match(formatCodeCard(d, 'en'), /Name as printed in this log/);
  });

  test('learnedName picks among table names, and never overrides them', () => {
    assert.equal(describeCode(0x800f0825, 'hresult').name, 'CBS_E_CANNOT_REMOVE');
    assert.equal(describeCode(0x800f0825, 'hresult', 'CBS_E_CANNOT_UNINSTALL').name, 'CBS_E_CANNOT_UNINSTALL');
    const d = describeCode(0x800f081f, 'hresult', 'CBS_E_PRINTED_DIFFERENTLY');
    assert.equal(d.name, 'CBS_E_SOURCE_MISSING');
    assert.ok(d.otherMatches.some((m) => m.name === 'CBS_E_PRINTED_DIFFERENTLY'));
    assert.equal(describeCode(0x800f0999, 'hresult', 'Unknown Error').name, undefined, 'not a symbol');
  });

  test('best names prefer the usual spelling', () => {
    assert.equal(describeCode(0).name, 'S_OK');
    assert.equal(describeCode(0, 'win32').name, 'ERROR_SUCCESS');
    assert.equal(describeCode(0, 'ntstatus').name, 'STATUS_SUCCESS');
    assert.equal(describeCode(0x80070005).name, 'E_ACCESSDENIED');
    assert.equal(describeCode(0x80072ee7, 'hresult').summary, describeCode(12007, 'win32').summary);
  });

  test('hints order the other matches', () => {
    const asWin32 = describeCode(0x102, 'win32');
    assert.equal(asWin32.kind, 'Win32');
    const asNt = describeCode(0x102, 'ntstatus');
    assert.equal(asNt.kind, 'NTSTATUS');
    assert.equal(asNt.name, 'STATUS_TIMEOUT');
    assert.ok(asNt.otherMatches[0]?.kind.startsWith('Win32'), 'Win32 reading comes next for a small value');
  });
});

describe('success codes', () => {
  const success: [number, Parameters<typeof describeCode>[1]][] = [
    [0, 'any'],
    [0, 'win32'],
    [0, 'setupapi'],
    [0, 'ntstatus'],
    [1, 'hresult'],
    [0xbc2, 'setupapi'],
    [0xbc3, 'setupapi'],
    [0xbc2, 'win32'],
    [0x80070bc2, 'hresult'],
    [0x00240001, 'any'],
    [0x000f0801, 'hresult'],
  ];
  for (const [value, hint] of success) {
    test(`${hex8(value)} (${hint}) is success`, () => assert.equal(describeCode(value, hint).isSuccess, true));
  }
  const failure: [number, Parameters<typeof describeCode>[1]][] = [
    [0x3f1, 'win32'],
    [0xbc9, 'win32'],
    [0x80070bc9, 'hresult'],
    [0x800703f1, 'hresult'],
    [0xc0000034, 'ntstatus'],
    [0xe000020e, 'setupapi'],
    [0x800f0820, 'hresult'],
    [1, 'win32'],
  ];
  for (const [value, hint] of failure) {
    test(`${hex8(value)} (${hint}) is not success`, () => assert.equal(describeCode(value, hint).isSuccess, false));
  }
});

describe('parseCodeInput', () => {
  const cases: [string, number | undefined][] = [
    ['0x800703f1', 0x800703f1],
    ['0X800703F1', 0x800703f1],
    ['800703f1', 0x800703f1],
    ['80070005', 0x80070005],
    ['00000490', 0x490],
    ['2147942413', 0x8007000d],
    ['-2147023887', 0x800703f1],
    ['1009', 1009],
    ['0', 0],
    ['ERROR_BADDB', 1009],
    ['CBS_E_SOURCE_MISSING', 0x800f081f],
    ['0x800703f1 - ERROR_BADDB', 0x800703f1],
    ['0x800f081f [CBS_E_SOURCE_MISSING]', 0x800f081f],
    ['[0x80070490]', 0x80070490],
    ['  0xe0000247  ', 0xe0000247],
    ['HRESULT_FROM_WIN32(1009)', 0x800703f1],
    ['HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)', 0x80070002],
    ['NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA)', 0xc007000d],
    ['HRESULT_FROM_NT(0xC0000034)', 0xd0000034],
    ['HRESULT_FROM_SETUPAPI(0xE0000219)', 0x800f0219],
    ['4294967295', 0xffffffff],
    ['4294967296', undefined],
    ['-2147483649', undefined],
    ['0x123456789', undefined],
    ['', undefined],
    ['hello world', undefined],
    ['NOT_A_NAME', undefined],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.equal(parseCodeInput(input), expected));
  }
});

describe('hover card', () => {
  test('0x800703F1 card has the familiar parts', () => {
    const md = formatCodeCard(describeCode(0x800703f1, 'hresult'), 'en');
    const lines = md.split('\n');
    assert.match(lines[0] ?? '', /^\*\*0x800703F1\*\* · HRESULT · Win32 · `ERROR_BADDB` — 2147943409 \(-2147023887\)/);
    assert.match(lines[1] ?? '', /^HRESULT_FROM_WIN32\(1009\) · Severity FAILURE \(1\) · FACILITY_WIN32 \(7\) · Code 0x3F1 \(1009\)/);
    assert.match(md, /\*\*What it means\*\*/);
    assert.match(md, /\*\*Common causes in servicing\*\*\n- /);
    assert.match(md, /\*\*What to check next\*\*\n- /);
    assert.match(md, /_Names: winerror\.h \(mingw-w64, public domain\) · explanation written by this project_/);
    assert.doesNotMatch(md, /Also matches/);
    assert.match(md, /C:\\\\Windows\\\\System32\\\\config\\\\DRIVERS/, 'backslashes escaped for Markdown');
  });

  test("Windows' own text is shown, labelled, when given", () => {
    const md = formatCodeCard(describeCode(5, 'win32'), 'en', { systemMessage: 'Zugriff verweigert' });
    assert.match(md, /\*\*Windows' own text:\*\* Zugriff verweigert/);
    assert.doesNotMatch(formatCodeCard(describeCode(5, 'win32'), 'en'), /Windows' own text/);
  });

  test('unknown values still decode', () => {
    const d = describeCode(0xc1570118, 'hresult');
    assert.equal(d.name, undefined);
    assert.equal(d.family, 'DISM AppX provider');
    assert.ok(d.explanation, 'the DISM AppX provider value of the corpus is explained by value');
    const md = formatCodeCard(describeCode(0x12345678), 'en');
    assert.match(md, /^\*\*0x12345678\*\* · /);
    assert.match(md, /305419896/);
  });

  test('success codes are marked', () => {
    assert.match(formatCodeCard(describeCode(0xbc2, 'setupapi'), 'en'), /\(success code\)/);
  });
});
