// Failure rules for WindowsUpdate.log (formats.md §3.2) and SetupDiagResults.log (§3.4).

import { LineKind, type Failure, type Severity } from '../model';
import { codesAt, lineAt, type LogDocument } from '../document';
import { DiagnosticCode as C } from './catalog';
import { codeLabel, describeWithCode, failingCode } from './label';
import { clueOf } from './clues';

export function findWindowsUpdateFailures(doc: LogDocument): Failure[] {
  const out: Failure[] = [];
  for (let line = 0; line < doc.lines.count; line++) {
    if (doc.lineKinds[line] !== LineKind.Record) {
      continue;
    }
    const msg = lineAt(doc, line).slice(doc.messageStarts[line]);
    const code = failingCode(codesAt(doc, line));
    const at = code ? `: ${codeLabel(doc, code.value, 'hresult')}` : '';
    const label = code ? codeLabel(doc, code.value, 'hresult') : '';
    if (/\bFATAL\b/.test(msg)) {
      push(out, doc, line, 'error', C.wuFatal, describeWithCode(msg, label), code?.value);
    } else if (/^WARNING:/.test(msg)) {
      push(out, doc, line, 'warning', C.wuWarning, describeWithCode(msg, label), code?.value);
    } else if (/\*FAILED\*/.test(msg) && code) {
      push(out, doc, line, 'warning', C.wuFailed, `Windows Update step failed${at}: ${msg.replace(/^.*\*FAILED\* \[[0-9A-Fa-f]+\]\s*/, '').slice(0, 100)}`, code.value);
    } else if (clueOf(msg) === 'cause' || (code && RX_FAIL_WORDS.test(msg))) {
      push(out, doc, line, 'information', C.failureCode, describeWithCode(msg, label), code?.value);
    }
  }
  return out;
}

export function findSetupDiagFailures(doc: LogDocument): Failure[] {
  const out: Failure[] = [];
  for (let line = 0; line < doc.lines.count; line++) {
    const text = lineAt(doc, line);
    const code = failingCode(codesAt(doc, line));
    if (/^Error: SetupDiag reports/.test(text)) {
      push(out, doc, line, 'error', C.setupDiagFailure, text.slice('Error: '.length).trim(), undefined, 'verdict');
    } else if (/^Error = 0x/.test(text) && code) {
      push(out, doc, line, 'error', C.setupDiagFailure, `Setup result ${text.slice('Error = '.length).trim()}: ${codeLabel(doc, code.value, 'hresult')}`, code.value);
    } else if (/^Completed Successfully\? False/.test(text)) {
      push(out, doc, line, 'warning', C.setupDiagFailure, 'Setup did not complete successfully');
    }
  }
  return out;
}

const RX_FAIL_WORDS = /\b(?:[Ff]ail(?:ed|ure)?|[Ee]rror)\b/;

function push(out: Failure[], doc: LogDocument, line: number, severity: Severity, code: string, message: string, value?: number, role: Failure['role'] = 'failure'): void {
  const clue = clueOf(lineAt(doc, line));
  out.push({ line, start: 0, end: doc.lines.ends[line] - doc.lines.starts[line], severity, code, message, role, value, related: [], ...(clue ? { clue } : {}) });
}
