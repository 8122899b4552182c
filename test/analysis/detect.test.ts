import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectByName } from '../../analysis/src/index.js';
import { detectLogKind } from '../../analysis/src/detect.js';

test('file names', () => {
  const cases: [string, string | undefined][] = [
    ['C:\\Windows\\Logs\\CBS\\CBS.log', 'cbs'],
    ['file:///c%3A/Windows/Logs/CBS/CbsPersist_20240101120000.log', 'cbs'],
    ['setupapi.dev.log', 'setupapi'],
    ['setupapi.offline.log', 'setupapi'],
    ['/logs/DISM/dism.log', 'dism'],
    ['setupact.log', 'panther'],
    ['SetupDiagResults.log', 'setupdiag'],
    ['WindowsUpdate.log', 'windowsupdate'],
    ['C:\\$WINDOWS.~BT\\Sources\\Panther\\diag.log', 'panther'],
    ['notes.txt', undefined],
  ];
  for (const [name, kind] of cases) {
    assert.equal(detectByName(name), kind, name);
  }
});

const CBS = '2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505';
const DISM = "2014-02-17 15:22:02, Info                  DISM   PID=10500 Scratch directory set to 'C:\\Temp\\'. - CDISMManager::put_ScratchDir";
const WU7 = '2017-03-18\t19:06:43:471\t 952\t5b4\tMisc\t===========  Logging initialized (build: 7.3.7600.16385, tz: +0200)  ===========';

test('content wins over the name, except inside the CBS/DISM/Panther family', () => {
  assert.equal(detectLogKind([CBS], 'untitled:Untitled-1'), 'cbs');
  assert.equal(detectLogKind([WU7], 'WindowsUpdate.log'), 'windowsupdate');
  assert.equal(detectLogKind(['[Device Install Log]', '     OS Version = 10.0.10240'], 'CBS.log'), 'setupapi');
  assert.equal(detectLogKind([DISM, DISM, CBS], 'cbs.log'), 'cbs', 'a dism.exe log written under the name cbs.log keeps its name');
  assert.equal(detectLogKind([DISM, DISM, CBS], 'renamed.log'), 'dism');
  assert.equal(detectLogKind(['hello world'], 'readme.log'), 'plain');
  assert.equal(detectLogKind(['hello world'], 'setupact.log'), 'panther', 'nothing in the content: the name decides');
});

test('a pasted setupapi excerpt without header or padding', () => {
  const excerpt = [
    "!!! idb: Failed to create driver package object 'x.inf amd64 1' in DRIVERS database node. Error = 0x000003f1",
    'idb: {Register Driver Package: exit(0x000003f1)} 15:33:51.638',
    '<<< Section end 2022/10/10 15:33:51.654',
    '<<< [Exit status: FAILURE(0x000003f1)]',
  ];
  assert.equal(detectLogKind(excerpt), 'setupapi');
});
