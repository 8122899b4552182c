import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { keyAt, parseLog } from '../../analysis/src/index.js';
import { keyIndexOf, keysOfLine, scanKeys } from '../../analysis/src/bundle/keys.js';
import { joinLines } from '../support.js';

const keysIn = (text: string): string[] => scanKeys(text).map((k) => k.key);

test('INF names: plain, in driver-store folders, in WinSxS folders, in quotes', () => {
  assert.deepEqual(keysIn('STAGE index: 7 phase: 1 result 1009 inf: oposdrv.inf'), ['inf:oposdrv.inf']);
  assert.deepEqual(keysIn("Published name: C:\\Windows\\INF\\oem12.inf."), ['inf:oem12.inf']);
  assert.deepEqual(keysIn('C:\\Windows\\System32\\DriverStore\\FileRepository\\oposdrv.inf_amd64_313106b94d0b5742\\oposdrv.inf'), [
    'inf:oposdrv.inf',
    'driver-package:oposdrv.inf_amd64_313106b94d0b5742',
    'inf:oposdrv.inf',
  ]);
  assert.deepEqual(keysIn("object 'oposdrv.inf amd64 313106b94d0b5742' in DRIVERS database node"), [
    'inf:oposdrv.inf',
    'driver-package:oposdrv.inf_amd64_313106b94d0b5742',
  ]);
  assert.deepEqual(keysIn('C:\\Windows\\WinSxS\\amd64_dual_oposdrv.inf_31bf3856ad364e35_10.0.17763.348_none_361ac2b69ffff30d\\OposDrv.INF'), [
    'inf:oposdrv.inf',
    'inf:oposdrv.inf',
  ]);
});

test('not INF names: longer extensions, other suffixes, a bare extension', () => {
  assert.deepEqual(keysIn('see setup.information and file.inf.bak and .inf alone and name.inf_loc'), []);
});

test('KB numbers, also inside package names', () => {
  assert.deepEqual(keysIn('Installing KB5016623 now'), ['kb:KB5016623']);
  assert.deepEqual(keysIn('Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.10'), [
    'kb:KB5016623',
    'package:package_for_kb5016623~31bf3856ad364e35~amd64~~17763.3287.1.10',
  ]);
  assert.deepEqual(keysIn('ABCKB5016623 and KB12345'), [], 'a KB number needs a boundary and 6 to 8 digits');
});

test('package identities', () => {
  assert.deepEqual(keysIn('Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.5576.1.13, current: Staged'), [
    'package:package_for_rollupfix~31bf3856ad364e35~amd64~~17763.5576.1.13',
  ]);
  assert.deepEqual(keysIn('Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~en-US~10.0.14393.0'), [
    'package:microsoft-windows-foundation-package~31bf3856ad364e35~amd64~en-us~10.0.14393.0',
  ]);
});

test('device instance IDs, upper-cased; not path segments', () => {
  assert.deepEqual(keysIn('>>>  [Device Install (Hardware initiated) - USB\\VID_04B8&PID_0202\\J7FG031442]'), ['device:USB\\VID_04B8&PID_0202\\J7FG031442']);
  assert.deepEqual(keysIn('     dvi:           usb\\vid_04b8&pid_0202'), ['device:USB\\VID_04B8&PID_0202']);
  assert.deepEqual(keysIn('{Installing device - SWD\\MMDEVAPI\\{0.0.0.00000000}.{d1e8a2f7-8d2b-4e5c-9a61-3c2f5b0e7a44}}'), [
    'device:SWD\\MMDEVAPI\\{0.0.0.00000000}.{D1E8A2F7-8D2B-4E5C-9A61-3C2F5B0E7A44}',
  ]);
  assert.deepEqual(keysIn('Install Device: Starting device \'PCI\\VEN_8086&DEV_15BB&SUBSYS_07B01028&REV_10\\3&11583659&0&FE\'.'), [
    'device:PCI\\VEN_8086&DEV_15BB&SUBSYS_07B01028&REV_10\\3&11583659&0&FE',
  ]);
  assert.deepEqual(keysIn('C:\\Windows\\System32\\drivers\\usb\\file.sys and HKLM\\SYSTEM\\Enum\\USB\\VID_1'), [], 'path segments are not device IDs');
});

test('keysOfLine and keyAt give columns within the line; the narrowest key wins', () => {
  const doc = parseLog(
    joinLines(
      '     idb:      {Register Driver Package: C:\\Windows\\System32\\DriverStore\\FileRepository\\oposdrv.inf_amd64_5c2e7a91d04b3f68\\oposdrv.inf} 15:04:27.415',
    ),
    { uri: 'file:///logs/setupapi.dev.log' },
  );
  const keys = keysOfLine(doc, 0);
  const folder = keys.find((k) => k.kind === 'driver-package');
  assert.ok(folder);
  const text = doc.text.slice(doc.lines.starts[0], doc.lines.ends[0]);
  assert.equal(text.slice(folder.start, folder.end), 'oposdrv.inf_amd64_5c2e7a91d04b3f68');
  assert.equal(keyAt(doc, 0, folder.start + 2)?.key, 'inf:oposdrv.inf', 'on the INF part of the folder name: the INF');
  assert.equal(keyAt(doc, 0, folder.end - 2)?.key, 'driver-package:oposdrv.inf_amd64_5c2e7a91d04b3f68');
  assert.equal(keyAt(doc, 0, 2), undefined);
});

test('the key index lists the lines of each key once, in line order', () => {
  const doc = parseLog(
    joinLines(
      '2024-03-12 15:04:27, Info                  CBS    STAGE index: 7 phase: 1 result 1009 inf: oposdrv.inf',
      '2024-03-12 15:04:27, Info                  CBS    Doqe: Recording result: 0x800703f1, for Inf: oposdrv.inf (oposdrv.inf)',
      '2024-03-12 15:04:29, Info                  CBS    Exec: Processing complete.  Package: Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.10',
      '2024-03-12 15:04:30, Info                  CBS    Done with oposdrv.inf',
    ),
    { uri: 'file:///logs/CBS.log' },
  );
  const index = keyIndexOf(doc);
  assert.deepEqual(index.get('inf:oposdrv.inf'), [0, 1, 3]);
  assert.deepEqual(index.get('kb:KB5016623'), [2]);
  assert.deepEqual(index.get('package:package_for_kb5016623~31bf3856ad364e35~amd64~~17763.3287.1.10'), [2]);
  assert.equal(keyIndexOf(doc), index, 'memoized per document');
});
