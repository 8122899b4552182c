// The display language the client sends in `initialize` (vscode-languageclient sends
// vscode.env.language as `locale`) is kept in the server's context for its messages.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { startServer } from './lspClient';

for (const [sent, stored] of [['zh-cn', 'zh-cn'], ['zh-CN', 'zh-cn'], [undefined, 'en']] as const) {
  test(`initialize with locale ${sent ?? '(none)'}: the server keeps "${stored}"`, async () => {
    const client = await startServer({ pull: true, locale: sent });
    try {
      assert.ok(client.logMessages.includes(`display language: ${stored}`), client.logMessages.join('\n'));
    } finally {
      await client.stop();
    }
  });
}
