import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { CBS, SETUPAPI, codeOf, lineOf, openDoc, pollCommand, serverDiagnostics, showDoc, waitFor } from './helpers';

type Target = vscode.Location | vscode.LocationLink;
const targetUri = (t: Target): vscode.Uri => ('targetUri' in t ? t.targetUri : t.uri);

suite('one case, many logs (the workspace is the log bundle)', () => {
  test('the CBS verdict is linked to the setupapi.dev.log lines of the same second', async () => {
    await showDoc(CBS());
    await serverDiagnostics(CBS());
    const setupapi = SETUPAPI().toString();
    const verdictLinks = (): vscode.DiagnosticRelatedInformation[] =>
      vscode.languages.getDiagnostics(CBS()).find((d) => codeOf(d) === 'cbs.processing-failed')?.relatedInformation ?? [];
    await waitFor('the verdict to link into setupapi.dev.log', () => verdictLinks().some((r) => r.location.uri.toString() === setupapi), {
      events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
      describe: () => `related: ${verdictLinks().map((r) => `${r.location.uri.path}:${r.location.range.start.line + 1}`).join(', ')}`,
    });
  });

  test('Go to Definition on oposdrv.inf finds it in setupapi.dev.log', async () => {
    const doc = await openDoc(CBS());
    const line = lineOf(doc, /STAGE index/);
    const character = doc.lineAt(line).text.indexOf('oposdrv.inf') + 2;
    const targets = await pollCommand<Target[]>(
      'a definition in setupapi.dev.log',
      'vscode.executeDefinitionProvider',
      [CBS(), new vscode.Position(line, character)],
      (r) => (r ?? []).some((t) => targetUri(t).toString() === SETUPAPI().toString()),
      (r) => JSON.stringify((r ?? []).map((t) => targetUri(t).path)),
    );
    assert.ok(targets.length > 0);
  });
});
