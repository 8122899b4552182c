// The display language the client sends in `initialize` (vscode-languageclient sends
// vscode.env.language as `locale`) is kept in the server's context for its messages.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './lspClient.js';
import { REPO_ROOT } from '../support.js';

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

test('initialized with locale zh-cn, the server answers the hover and the summary in Chinese; code names stay as they are', async () => {
  const client = await startServer({ pull: true, locale: 'zh-cn' });
  try {
    const file = path.join(REPO_ROOT, 'examples', 'case', 'CBS.log');
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri, 'cbs-log', text);
    const rows = text.split(/\r?\n/);
    const line = rows.findIndex((r) => r.includes('Setting original failure status'));
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: (rows[line] ?? '').indexOf('0x800703f1') + 3 } });
    assert.ok(hover, 'a hover on 0x800703f1');
    assert.match(hover.contents.value, /ERROR_BADDB/);
    assert.match(hover.contents.value, /\*\*含义\*\*/);
    assert.match(hover.contents.value, /\*\*下一步\*\*/);
    assert.doesNotMatch(hover.contents.value, /What it means|What to check next/);
    const lenses = await client.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    const title = lenses[0]?.command?.title ?? '';
    assert.match(title, /\d+ 个操作失败 .*根本原因：第 \d+ 行的 0x800703F1 ERROR_BADDB \(oposdrv\.inf\)/, title);
  } finally {
    await client.stop();
  }
});
