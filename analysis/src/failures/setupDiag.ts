// Failure rules for SetupDiagResults.log (formats.md §3.4).

import type { Failure } from '../model.js';
import { codesAt, lineAt, type LogDocument } from '../document.js';
import { DiagnosticCode as C } from './catalog.js';
import { codeLabel, failingCode, pushWholeLine as push } from './label.js';
import { logText, phrase } from '../messages/index.js';

export function findSetupDiagFailures(doc: LogDocument): Failure[] {
  const out: Failure[] = [];
  for (let line = 0; line < doc.lines.count; line++) {
    const text = lineAt(doc, line);
    const code = failingCode(codesAt(doc, line));
    if (/^Error: SetupDiag reports/.test(text)) {
      push(out, doc, line, 'error', C.setupDiagFailure, logText(text.slice('Error: '.length).trim()), undefined, 'verdict');
    } else if (/^Error = 0x/.test(text) && code) {
      push(out, doc, line, 'error', C.setupDiagFailure, phrase('diag.setupResult', { result: text.slice('Error = '.length).trim(), label: codeLabel(doc, code.value, 'hresult') }), code.value);
    } else if (/^Completed Successfully\? False/.test(text)) {
      push(out, doc, line, 'warning', C.setupDiagFailure, phrase('diag.setupIncomplete'));
    }
  }
  return out;
}
