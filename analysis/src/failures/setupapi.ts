// Failure rules for setupapi logs (formats.md §2.5): `!!!` errors, `!` warnings, failed blocks,
// and sections that exit with FAILURE. A `!` line inside a section that succeeded is only
// information: healthy machines write thousands of them.

import { Level, LineKind, type Failure, type Section, type Severity } from '../model.js';
import { codesAt, lineAt, type LogDocument } from '../document.js';
import { DiagnosticCode as C } from './catalog.js';
import { codeLabel, codeSuffix, failingCode } from './label.js';
import { logText, phrase, type Phrase } from '../messages/index.js';
import { isSuccessCode } from '../operations/outcomes.js';
import { clueOf } from './clues.js';
import { EXCERPT_SECTION, NOT_CLOSED } from '../formats/setupapi.js';


export function findSetupapiFailures(doc: LogDocument): Failure[] {
  const out: Failure[] = [];
  const failedLines = failedSectionLines(doc);
  const inFailed = (line: number): boolean => failedLines.has(line);
  for (let line = 0; line < doc.lines.count; line++) {
    if (doc.lineKinds[line] !== LineKind.Record) {
      continue;
    }
    const level = doc.levels[line];
    if (level === Level.Error) {
      const code = failingCode(codesAt(doc, line));
      push(out, doc, line, 'error', C.setupapiError, messageWithCode(doc, line, code?.value), code?.value);
    } else if (level === Level.Warning) {
      const code = failingCode(codesAt(doc, line));
      push(out, doc, line, inFailed(line) ? 'warning' : 'information', C.setupapiWarning, messageWithCode(doc, line, code?.value), code?.value);
    }
  }
  const exits = doc.setupapi?.exits;
  for (const section of doc.sections) {
    if (section.kind !== 'setupapi-section') {
      continue;
    }
    const exit = exits?.get(section);
    if (exit?.failed) {
      const at = codeSuffix(exit.code !== undefined ? codeLabel(doc, exit.code, 'setupapi') : '');
      push(out, doc, exit.line, 'error', C.setupapiSectionFailed, phrase('diag.sectionFailed', { name: sectionName(section), at }), exit.code, 'verdict');
    } else if (!exit && section.detail === NOT_CLOSED) {
      push(out, doc, section.startLine, 'warning', C.setupapiSectionUnclosed, phrase('diag.sectionUnclosed', { name: sectionName(section) }));
    }
    blockFailures(doc, section, section.failed, out);
  }
  strayBlockExits(doc, out);
  out.sort((a, b) => a.line - b.line);
  return out;
}

/** A section's title, or words for the one an excerpt starts inside. */
function sectionName(section: Section): Phrase | string {
  return section.name === EXCERPT_SECTION ? phrase('diag.excerptSection') : section.name;
}

const RX_BLOCK_EXIT = /\{([^{}]+?): exit\((0x[0-9A-Fa-f]+)\)\}/;

/** A block's failing exit whose start is not in the text (an excerpt cut inside the block). */
function strayBlockExits(doc: LogDocument, out: Failure[]): void {
  const seen = new Set(out.map((f) => f.line));
  for (let line = 0; line < doc.lines.count; line++) {
    const m = seen.has(line) ? null : RX_BLOCK_EXIT.exec(lineAt(doc, line));
    const [, block = '', hex = ''] = m ?? [];
    const code = m ? parseInt(hex, 16) >>> 0 : 0;
    if (m && !isSuccessCode(code, 'setupapi')) {
      push(out, doc, line, 'warning', C.setupapiBlockFailed, phrase('diag.blockEnded', { block: `{${block.trim()}}`, label: codeLabel(doc, code, 'setupapi') }), code);
    }
  }
}

function blockFailures(doc: LogDocument, parent: Section, sectionFailed: boolean, out: Failure[]): void {
  for (const block of parent.children) {
    blockFailures(doc, block, sectionFailed, out);
    const exit = doc.setupapi?.exits.get(block);
    if (!exit || exit.code === undefined || isSuccessCode(exit.code, 'setupapi')) {
      continue;
    }
    const severity: Severity = sectionFailed ? 'warning' : 'information';
    push(out, doc, exit.line, severity, C.setupapiBlockFailed, phrase('diag.blockEnded', { block: `{${block.name}}`, label: codeLabel(doc, exit.code, 'setupapi') }), exit.code);
  }
}

function failedSectionLines(doc: LogDocument): Set<number> {
  const lines = new Set<number>();
  for (const section of doc.sections) {
    if (section.kind === 'setupapi-section' && section.failed) {
      for (let i = section.startLine; i <= section.endLine; i++) {
        lines.add(i);
      }
    }
  }
  return lines;
}

function messageWithCode(doc: LogDocument, line: number, value: number | undefined): Phrase {
  const text = lineAt(doc, line).slice(doc.messageStarts[line]).trim();
  return logText(value !== undefined ? `${text} → ${codeLabel(doc, value, 'win32')}` : text);
}

function push(out: Failure[], doc: LogDocument, line: number, severity: Severity, code: string, message: Phrase, value?: number, role: Failure['role'] = 'failure'): void {
  const text = lineAt(doc, line);
  const clue = clueOf(text.trimStart());
  out.push({ line, start: Math.max(0, text.search(/\S/)), end: text.length, severity, code, message, role, value, related: [], ...(clue ? { clue } : {}) });
}
