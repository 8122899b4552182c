import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FIXTURES_DIR, SOURCE, describeDiagnostics, showDoc, waitFor } from './helpers';

suite('content detection', () => {
  test('a plain .log file with CBS lines is switched to cbs-log and gets diagnostics', async () => {
    const uri = vscode.Uri.file(path.join(FIXTURES_DIR, 'pasted-excerpt.log'));
    // The fixture starts with an empty line (as pasted excerpts often do), so neither its name nor
    // package.json's `firstLine` pattern makes it cbs-log: VS Code opens it as plain `log`.
    const editor = await showDoc(uri);
    const initial = editor.document.languageId;
    assert.ok(editor.document.lineAt(1).text.includes(', Info '), 'fixture is not a CBS excerpt');
    const current = (): vscode.TextDocument | undefined =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const result = await waitFor(
      'the language to switch to cbs-log, with diagnostics from servicing-logs',
      () => {
        const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
        return current()?.languageId === 'cbs-log' && diags.length > 0 ? `language cbs-log, ${diags.length} diagnostic(s)` : undefined;
      },
      {
        events: [
          vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>,
          vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>,
        ],
        describe: () => `language ${current()?.languageId}; ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
      },
    );
    console.log(`      (language when shown: ${initial}; then ${result})`);
  });
});
