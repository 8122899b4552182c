import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  SETUPAPI, SOURCE, codeOf, describeDiagnostics, linesOf, openDoc, pollCommand, serverDiagnostics,
} from './helpers';

interface FailedSection { title: number; exit: number }

function failedSection(doc: vscode.TextDocument): FailedSection {
  const exit = linesOf(doc, /^<<<\s+\[Exit status: FAILURE/)[0];
  assert.ok(exit !== undefined, 'the example has no failed section');
  let title = exit;
  while (title > 0 && !/^>>>\s+\[/.test(doc.lineAt(title).text)) { title--; }
  assert.ok(/^>>>\s+\[/.test(doc.lineAt(title).text), 'no section title above the failed exit line');
  return { title, exit };
}

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;
function flatten(symbols: readonly AnySymbol[] | undefined): AnySymbol[] {
  const out: AnySymbol[] = [];
  const walk = (s: AnySymbol): void => {
    out.push(s);
    if ('children' in s) { s.children.forEach(walk); }
  };
  (symbols ?? []).forEach(walk);
  return out;
}

suite('setupapi.dev.log: diagnostics, folding, outline', () => {
  test('the first !!! line is an Error (the root cause); every other !!! line is shown, as its chain', async () => {
    const doc = await openDoc(SETUPAPI());
    const bangs = linesOf(doc, /^!!!/);
    const [firstBang] = bangs;
    assert.ok(firstBang !== undefined);
    const diags = await serverDiagnostics(SETUPAPI());
    const ours = (l: number) => diags.filter((d) => d.source === SOURCE && d.range.start.line === l);
    assert.ok(ours(firstBang).some((d) => d.severity === vscode.DiagnosticSeverity.Error), `root cause without an Error\n  ${describeDiagnostics(diags)}`);
    const missing = bangs.filter((l) => ours(l).length === 0);
    assert.deepStrictEqual(missing.map((l) => l + 1), [], `!!! lines without a diagnostic\n  ${describeDiagnostics(diags)}`);
  });

  test('the failed section has an Error with code setupapi.section-failed', async () => {
    const doc = await openDoc(SETUPAPI());
    const { title, exit } = failedSection(doc);
    const diags = await serverDiagnostics(SETUPAPI());
    const hit = diags.filter((d) => codeOf(d) === 'setupapi.section-failed');
    assert.ok(hit.length > 0, `no setupapi.section-failed diagnostic\n  ${describeDiagnostics(diags)}`);
    assert.ok(hit.some((d) => d.severity === vscode.DiagnosticSeverity.Error
      && d.range.start.line >= title && d.range.start.line <= exit),
    `setupapi.section-failed is not an Error inside lines ${title + 1}-${exit + 1}: ${describeDiagnostics(hit)}`);
  });

  test('a folding range spans the failed section, title to exit status', async () => {
    const doc = await openDoc(SETUPAPI());
    const { title, exit } = failedSection(doc);
    await pollCommand<vscode.FoldingRange[]>(
      `a folding range from line ${title + 1} to line ${exit + 1} or later`,
      'vscode.executeFoldingRangeProvider', [doc.uri],
      (r) => (r ?? []).some((x) => x.start === title && x.end >= exit),
      (r) => JSON.stringify((r ?? []).slice(0, 30).map((x) => [x.start + 1, x.end + 1])),
    );
  });

  test('the outline has a symbol naming the FAILURE', async () => {
    const doc = await openDoc(SETUPAPI());
    const symbols = await pollCommand<AnySymbol[]>(
      'document symbols with FAILURE in name or detail',
      'vscode.executeDocumentSymbolProvider', [doc.uri],
      (s) => flatten(s).some((x) => x.name.includes('FAILURE') || ('detail' in x && (x.detail ?? '').includes('FAILURE'))),
      (s) => JSON.stringify(flatten(s).slice(0, 20).map((x) => [x.name, 'detail' in x ? x.detail : ''])),
    );
    assert.ok(symbols.length > 0);
  });
});
