// server/src/systemMessage.ts: Windows' own message text, asked of the OS only on Windows.

import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import {
  createSystemMessageLookup,
  getSystemMessage,
  isUsableMessage,
  systemMessageQuery,
} from '../../server/src/systemMessage.js';

describe('system message', () => {
  test('off Windows it answers undefined at once, without running anything', async (t) => {
    let runs = 0;
    const lookup = createSystemMessageLookup({
      platform: 'linux',
      run: () => {
        runs++;
        return Promise.resolve('should not be used');
      },
    });
    assert.equal(await lookup(5), undefined);
    assert.equal(await lookup(0x800703f1), undefined);
    assert.equal(runs, 0);
    if (process.platform !== 'win32') {
      assert.equal(await getSystemMessage(5), undefined);
    } else {
      t.diagnostic('running on Windows: the real lookup is not exercised here');
    }
  });

  test('which values are asked, and how', () => {
    assert.equal(systemMessageQuery(5), 5);
    assert.equal(systemMessageQuery(0x800703f1), 0x3f1, 'HRESULT_FROM_WIN32 asks for the Win32 code');
    assert.equal(systemMessageQuery(0x80004005), 0x80004005 | 0, 'other HRESULTs as signed int');
    assert.equal(systemMessageQuery(0xc0000034), undefined, 'NTSTATUS is not in the system table');
    assert.equal(systemMessageQuery(0xd0000034), undefined, 'HRESULT_FROM_NT neither');
    assert.equal(systemMessageQuery(0xe0000219), undefined, 'setupapi codes neither');
  });

  test('rejects .NET "unknown error" texts', () => {
    assert.equal(isUsableMessage('Access is denied.', 5), true);
    assert.equal(isUsableMessage('Unknown error (0x800f081f)', 0x800f081f | 0), false);
    assert.equal(isUsableMessage('Unbekannter Fehler (0x3f1)', 0x3f1), false);
    assert.equal(isUsableMessage('   ', 5), false);
  });

  test('on Windows: caches, trims, and gives up on errors and timeouts', async () => {
    let runs = 0;
    const lookup = createSystemMessageLookup({
      platform: 'win32',
      run: (script) => {
        runs++;
        assert.match(script, /Win32Exception\]::new\(1009\)/);
        return Promise.resolve('  Die Konfigurationsdatenbank\r\n ist beschädigt.  \r\n');
      },
    });
    assert.equal(await lookup(0x800703f1), 'Die Konfigurationsdatenbank ist beschädigt.');
    assert.equal(await lookup(0x3f1), 'Die Konfigurationsdatenbank ist beschädigt.');
    assert.equal(runs, 1, 'cached by the queried code');

    const failing = createSystemMessageLookup({ platform: 'win32', run: () => Promise.reject(new Error('no powershell')) });
    assert.equal(await failing(5), undefined);

    // The answer never comes: without the timeout the lookup would stay pending and the test fail.
    const slow = createSystemMessageLookup({ platform: 'win32', timeoutMs: 20, run: () => new Promise<string>(() => undefined) });
    assert.equal(await slow(5), undefined, 'gave up at the timeout');
  });
});
