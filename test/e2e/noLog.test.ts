// Run by scripts/e2e.sh in a second window whose folder holds no servicing log
// (test/e2e/fixtures/no-log): the extension must not start there, not even for a text file.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, FIXTURES_DIR, showDoc } from './helpers';

suite('activation in a folder without a servicing log', () => {
  test('the workspace is the no-log fixture', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepStrictEqual(folders.map((f) => path.resolve(f.uri.fsPath)), [path.join(FIXTURES_DIR, 'no-log')]);
  });

  test('the extension is not active, and opening a text file does not start it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is not installed');
    assert.strictEqual(ext.isActive, false, 'the extension started in a workspace without a servicing log');
    const editor = await showDoc(vscode.Uri.file(path.join(FIXTURES_DIR, 'no-log', 'notes.txt')));
    assert.strictEqual(editor.document.languageId, 'plaintext');
    // Activation events are handled before the open resolves; a language the extension does not
    // list must leave it inactive.
    assert.strictEqual(ext.isActive, false, 'opening a plain text file started the extension');
  });
});
