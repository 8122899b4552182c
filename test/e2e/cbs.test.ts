import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  CBS, SOURCE, codeOf, describeDiagnostics, hoverText, lineOf, openDoc, pollCommand, serverDiagnostics,
} from './helpers';

const STAGE_LINE = /STAGE index: .*result 1009.*oposdrv\.inf/;
const ORIGINAL_FAILURE = /Setting original failure status: 0x800703f1/;

suite('CBS.log: diagnostics, hover, summary', () => {
  test('an Error diagnostic names ERROR_BADDB; every diagnostic has source and a cbs.* or shared log.* code', async () => {
    const diags = await serverDiagnostics(CBS());
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(errors.some((d) => d.message.includes('ERROR_BADDB')),
      `no Error diagnostic mentions ERROR_BADDB\n  ${describeDiagnostics(diags)}`);
    const badSource = diags.filter((d) => d.source !== SOURCE).map((d) => `L${d.range.start.line + 1} ${d.source}`);
    assert.ok(badSource.length === 0, `diagnostics whose source is not ${SOURCE}: ${badSource.join(', ')}`);
    const badCode = diags.filter((d) => !/^(?:cbs|log)\.[\w.-]+$/.test(codeOf(d) ?? ''))
      .map((d) => `L${d.range.start.line + 1} ${JSON.stringify(d.code)}`);
    assert.ok(badCode.length === 0, `diagnostics whose code is not a string "cbs.…" or "log.…": ${badCode.join(', ')}`);
  });

  test('the STAGE line (result 1009, oposdrv.inf) carries the root-cause diagnostic', async () => {
    const doc = await openDoc(CBS());
    const stage = lineOf(doc, STAGE_LINE);
    const diags = await serverDiagnostics(CBS());
    assert.ok(diags.some((d) => d.range.start.line <= stage && d.range.end.line >= stage),
      `no diagnostic covers line ${stage + 1}: ${doc.lineAt(stage).text.slice(50)}\n  ${describeDiagnostics(diags)}`);
  });

  test('the Error verdict links related information', async () => {
    const diags = await serverDiagnostics(CBS());
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    const linked = errors.filter((d) => (d.relatedInformation ?? []).length > 0);
    assert.ok(linked.length > 0, `no Error diagnostic has relatedInformation\n  ${describeDiagnostics(errors)}`);
    for (const d of linked) {
      for (const r of d.relatedInformation ?? []) {
        assert.ok(r.location.uri instanceof vscode.Uri && r.message.length > 0, 'related information without location or message');
      }
    }
  });

  test('hover on 0x800703f1 decodes it: ERROR_BADDB, FACILITY_WIN32, 1009', async () => {
    const doc = await openDoc(CBS());
    const line = lineOf(doc, ORIGINAL_FAILURE);
    const col = doc.lineAt(line).text.indexOf('0x800703f1') + 3;
    const hovers = await pollCommand<vscode.Hover[]>(
      `a hover at line ${line + 1}:${col + 1}`,
      'vscode.executeHoverProvider', [doc.uri, new vscode.Position(line, col)],
      (h) => /ERROR_BADDB/.test(hoverText(h)),
      (h) => JSON.stringify(hoverText(h).slice(0, 300)),
    );
    const text = hoverText(hovers);
    for (const want of ['ERROR_BADDB', 'FACILITY_WIN32', '1009']) {
      assert.ok(text.includes(want), `hover lacks ${want}:\n${text}`);
    }
  });

  test('summary CodeLens on line 1 names the root cause and ERROR_BADDB', async () => {
    const doc = await openDoc(CBS());
    const lenses = await pollCommand<vscode.CodeLens[]>(
      'a CodeLens on line 1',
      'vscode.executeCodeLensProvider', [doc.uri, 20],
      (l) => (l ?? []).some((x) => x.range.start.line === 0 && !!x.command?.title),
      (l) => JSON.stringify((l ?? []).map((x) => [x.range.start.line, x.command?.title])),
    );
    const titles = lenses.filter((l) => l.range.start.line === 0).map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /root cause/i.test(t) && t.includes('ERROR_BADDB')),
      `CodeLens titles on line 1: ${JSON.stringify(titles)}`);
  });
});
