// Failure rules for WindowsUpdate.log (formats.md §3.2).

import { LineKind, type Failure } from '../model.js';
import { codesAt, lineAt, type LogDocument } from '../document.js';
import { DiagnosticCode as C } from './catalog.js';
import { codeLabel, codeSuffix, describeWithCode, failingCode, pushWholeLine as push } from './label.js';
import { logText, phrase } from '../messages/index.js';
import { clueOf } from './clues.js';

export function findWindowsUpdateFailures(doc: LogDocument): Failure[] {
  const out: Failure[] = [];
  for (let line = 0; line < doc.lines.count; line++) {
    if (doc.lineKinds[line] !== LineKind.Record) {
      continue;
    }
    const msg = lineAt(doc, line).slice(doc.messageStarts[line]);
    const code = failingCode(codesAt(doc, line));
    const label = code ? codeLabel(doc, code.value, 'hresult') : '';
    if (/\bFATAL\b/.test(msg)) {
      push(out, doc, line, 'error', C.wuFatal, logText(describeWithCode(msg, label)), code?.value);
    } else if (/^WARNING:/.test(msg)) {
      push(out, doc, line, 'warning', C.wuWarning, logText(describeWithCode(msg, label)), code?.value);
    } else if (/\*FAILED\*/.test(msg) && code) {
      push(out, doc, line, 'warning', C.wuFailed, phrase('diag.wuStepFailed', { at: codeSuffix(label), line: msg.replace(/^.*\*FAILED\* \[[0-9A-Fa-f]+\]\s*/, '').slice(0, 100) }), code.value);
    } else if (clueOf(msg) === 'cause' || (code && RX_FAIL_WORDS.test(msg))) {
      push(out, doc, line, 'information', C.failureCode, logText(describeWithCode(msg, label)), code?.value);
    }
  }
  return out;
}

const RX_FAIL_WORDS = /\b(?:[Ff]ail(?:ed|ure)?|[Ee]rror)\b/;
