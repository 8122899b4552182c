// Lines of a log no format claims: an excerpt pasted with its columns flattened, a find-results
// prefix (`\tLine 3079: `) or columns cut away. No operation is known, but a line with a failing
// code and a failure word, or one that names what broke, is still a failure.

import type { Failure } from '../model.js';
import { codesAt, lineAt, type LogDocument } from '../document.js';
import { DiagnosticCode as C } from './catalog.js';
import { codeLabel, describeWithCode, failingCode } from './label.js';
import { clueOf } from './clues.js';
import { logText } from '../messages/index.js';

/** What goes before the message: a find-results prefix, a timestamp, a level word. */
const RX_PREFIX = /^(?:Line \d+:\s*)?(?:\d{4}[-/]\d\d[-/]\d\d[ ,T\t]+[\d:.]+,?\s*)?(?:(?:Info|Error|Warning|Perf)\s+)?/;
/** The level column, where the excerpt kept it, or a line that opens with the word. */
const RX_ERROR_LEVEL = /\d\d:\d\d:\d\d,?\s+Error\s|^\s*(?:Line \d+:\s*)?(?:Error|FATAL)\b:/;
const RX_FAIL_WORDS = /\b(?:[Ff]ail(?:ed|ure|s)?|[Ee]rror|FAILED|cannot|could not|not found|[Rr]esult|exit)\b/;

export function findExcerptFailures(doc: LogDocument): Failure[] {
  const out: Failure[] = [];
  for (let line = 0; line < doc.lines.count; line++) {
    const text = lineAt(doc, line);
    const code = failingCode(codesAt(doc, line));
    const clue = clueOf(text);
    if (clue === 'cause' || (code && RX_FAIL_WORDS.test(text)) || RX_ERROR_LEVEL.test(text)) {
      const message = logText(describeWithCode(text.trim().replace(RX_PREFIX, ''), code ? codeLabel(doc, code.value, code.hint) : ''));
      out.push({ line, start: 0, end: text.length, severity: 'warning', code: C.failureCode, message, role: 'failure', value: code?.value, related: [], ...(clue ? { clue } : {}) });
    }
  }
  return out;
}
