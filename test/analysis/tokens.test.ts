// Every parsed line knows its spans (timestamp, level, component, codes, names, keys, paths, GUIDs).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLineTokens, parseLog, type LogKind, type TokenKind } from '../../analysis/src/index';

function spans(line: string, kind: LogKind): [TokenKind, string][] {
  const doc = parseLog(line, { kind });
  return getLineTokens(doc, 0).map((t) => [t.kind, line.slice(t.start, t.end)]);
}

function expect(line: string, kind: LogKind, wanted: [TokenKind, string][]): void {
  const got = spans(line, kind);
  for (const w of wanted) {
    assert.ok(got.some((g) => g[0] === w[0] && g[1] === w[1]), `${w[0]} "${w[1]}" in ${JSON.stringify(got)}`);
  }
}

test('CBS record: timestamp, level, component, code, symbol, package and KB', () => {
  expect(
    '2024-03-12 15:04:29, Info                  CBS    Exec: Processing complete.  Session: 31094518_2207311477, Package: Package_for_KB5034127~31bf3856ad364e35~amd64~~17763.5329.1.6 [HRESULT = 0x800703f1 - ERROR_BADDB]',
    'cbs',
    [
      ['timestamp', '2024-03-12 15:04:29'],
      ['level', 'Info'],
      ['component', 'CBS'],
      ['code', '0x800703f1'],
      ['symbol', 'ERROR_BADDB'],
      ['kb', 'KB5034127'],
    ],
  );
});

test('CSI record: sequence number, UTC stamp, (F) flag, NTSTATUS name, path', () => {
  expect(
    '2023-05-17 08:54:22, Error                 CSI    0000000a@2023/5/17:06:54:22.351 (F) onecore\\base\\wcp\\rtllib\\win32lib\\delta_library.cpp(351): Error NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA) originated in function Windows::Rtl::DeltaDecompressBuffer for C:\\Windows\\WinSxS\\x.dll',
    'cbs',
    [
      ['level', 'Error'],
      ['component', 'CSI'],
      ['sequence', '0000000a'],
      ['utc-timestamp', '2023/5/17:06:54:22.351'],
      ['flag', '(F)'],
      ['code', 'NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA)'],
      ['path', 'C:\\Windows\\WinSxS\\x.dll'],
    ],
  );
});

test('a pasted CBS line with flattened spacing still has its spans', () => {
  expect('2022-10-10 15:33:51, Info\tCBS STAGE index: 7 phase: 1 result 1009 inf: oposdrv.inf', 'cbs', [
    ['timestamp', '2022-10-10 15:33:51'],
    ['level', 'Info'],
    ['component', 'CBS'],
    ['code', '1009'],
    ['inf', 'oposdrv.inf'],
  ]);
});

test('setupapi: prefix, category, time of day, code, INF, GUID', () => {
  expect("!!!  idb: Failed to create driver package object 'oposdrv.inf amd64 313106b94d0b5742' in DRIVERS database node. Error = 0x000003f1", 'setupapi', [
    ['prefix', '!!!'],
    ['category', 'idb:'],
    ['code', '0x000003f1'],
  ]);
  expect('     sto: {Configure Device Setup Class: {4d36e972-e325-11ce-bfc1-08002be10318}} 17:59:28.176', 'setupapi', [
    ['category', 'sto:'],
    ['guid', '{4d36e972-e325-11ce-bfc1-08002be10318}'],
    ['timestamp', '17:59:28.176'],
  ]);
});

test('WindowsUpdate.log: timestamp, component, *FAILED* code', () => {
  expect('2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request', 'windowsupdate', [
    ['timestamp', '2023/03/21 22:19:01.8143606'],
    ['component', 'Misc'],
    ['code', '80072F8F'],
  ]);
});
