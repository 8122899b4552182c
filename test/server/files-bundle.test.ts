// The workspace bundle within its memory budget, through the real server (dist/server.js): a log
// over the budget is summarised, not held, and the user is told; a folder added to the workspace
// (workspace/didChangeWorkspaceFolders) is indexed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../support.js';
import { SERVER_BUNDLE, startServer } from './lspClient.js';
import { inTempDir } from './filesSupport.js';

const EXAMPLE_CBS = path.join(REPO_ROOT, 'examples', 'case', 'CBS.log');

const TOLD = {
  en: /1 log\(s\) not correlated\. CbsPersist_20240312150430\.log: summarised only, not correlated: larger than 32 MB \(\d+ failed operations.*root cause: 0x800703F1 ERROR_BADDB/,
  // The streamed summary inside the notice is in the display language too.
  'zh-cn': /CbsPersist_20240312150430\.log.*根本原因.*0x800703F1 ERROR_BADDB/,
};

for (const [locale, told] of Object.entries(TOLD)) {
  test(`a folder added to the workspace is indexed; its log over the budget is summarised and the user told why (${locale})`, { timeout: 120_000 }, async (t) => {
    if (!fs.existsSync(SERVER_BUNDLE)) {
      t.skip('dist/server.js is not built (npm run build)');
      return;
    }
    await inTempDir(async (dir) => {
      const first = path.join(dir, 'first');
      const added = path.join(dir, 'added');
      fs.mkdirSync(first);
      fs.mkdirSync(added);
      const text = fs.readFileSync(EXAMPLE_CBS, 'utf8');
      fs.writeFileSync(path.join(first, 'CBS.log'), text);
      const big = path.join(added, 'CbsPersist_20240312150430.log');
      const fd = fs.openSync(big, 'w');
      for (let written = 0; written <= 33 * 1024 * 1024; written += text.length) {
        fs.writeSync(fd, text);
      }
      fs.closeSync(fd);
      const server = await startServer({ pull: true, locale, workspaceFolder: pathToFileURL(first).href });
      try {
        assert.deepEqual(server.capabilities.workspace, { workspaceFolders: { supported: true, changeNotifications: true } });
        await server.open(pathToFileURL(path.join(first, 'CBS.log')).href, 'cbs-log', text);
        const shown = server.waitForNotification<{ message: string }>('window/showMessage', (m) => m.message.includes('CbsPersist_20240312150430.log'));
        await server.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(added).href, name: 'added' }], removed: [] } });
        assert.match((await shown).message, told);
      } finally {
        await server.stop();
      }
    });
  });
}
