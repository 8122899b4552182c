import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { CBS, cursorLine, lineOf, serverDiagnostics, showDoc, waitFor } from './helpers';

async function moveWith(command: string, from: number, expected: number): Promise<void> {
  const editor = await showDoc(CBS());
  const pos = new vscode.Position(from, 0);
  editor.selection = new vscode.Selection(pos, pos);
  await vscode.commands.executeCommand(command);
  await waitFor(`${command} to move the cursor from line ${from + 1} to line ${expected + 1}`,
    () => cursorLine() === expected,
    {
      timeout: 10_000,
      events: [vscode.window.onDidChangeTextEditorSelection as vscode.Event<unknown>],
      describe: () => `cursor on line ${(cursorLine() ?? -2) + 1} of ${vscode.window.activeTextEditor?.document.uri.fsPath}`,
    });
}

async function errorLines(): Promise<number[]> {
  const diags = await serverDiagnostics(CBS());
  return [...new Set(diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.range.start.line))]
    .sort((a, b) => a - b);
}

suite('navigation commands on CBS.log', () => {
  test('servicingLogs.nextFailure goes to the next Error', async () => {
    const errors = await errorLines();
    assert.ok(errors.length > 0);
    const first = errors.find((l) => l > 0);
    assert.ok(first !== undefined, 'no Error below line 1');
    await moveWith('servicingLogs.nextFailure', 0, first);
    const second = errors.find((l) => l > first);
    if (second !== undefined) { await moveWith('servicingLogs.nextFailure', first, second); }
  });

  test('servicingLogs.previousFailure goes to the previous Error', async () => {
    const errors = await errorLines();
    const doc = (await showDoc(CBS())).document;
    const last = doc.lineCount - 1;
    const prev = [...errors].reverse().find((l) => l < last);
    assert.ok(prev !== undefined, 'no Error above the last line');
    await moveWith('servicingLogs.previousFailure', last, prev);
  });

  test('servicingLogs.goToRootCause goes to the STAGE line', async () => {
    await serverDiagnostics(CBS());
    const doc = (await showDoc(CBS())).document;
    const stage = lineOf(doc, /STAGE index: .*result 1009.*oposdrv\.inf/);
    await moveWith('servicingLogs.goToRootCause', 0, stage);
  });
});
