import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CBS, EXTENSION_ID, ROOT, SETUPAPI, SERVER_TIMEOUT, openDoc, waitFor } from './helpers';

suite('activation and languages', () => {
  test('the workspace is examples/case', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'no workspace folder is open');
    assert.ok(
      folders.some((f) => path.resolve(f.uri.fsPath) === path.join(ROOT, 'examples', 'case')),
      `workspace folders: ${folders.map((f) => f.uri.toString()).join(', ')}`,
    );
  });

  test(`extension ${EXTENSION_ID} is the development copy and activates`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this extension host`);
    assert.strictEqual(path.resolve(ext.extensionPath), ROOT, 'the extension host loaded another copy of the extension');
    await waitFor(`activation of ${EXTENSION_ID}`, async () => {
      await ext.activate();
      return ext.isActive;
    }, { timeout: SERVER_TIMEOUT });
  });

  test('CBS.log opens as cbs-log', async () => {
    const doc = await openDoc(CBS());
    assert.strictEqual(doc.languageId, 'cbs-log');
  });

  test('setupapi.dev.log opens as setupapi-log', async () => {
    const doc = await openDoc(SETUPAPI());
    assert.strictEqual(doc.languageId, 'setupapi-log');
  });
});
