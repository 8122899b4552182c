// Streamed analysis for logs too large to hold (VS Code never hands files over 50 MB to
// extensions; CBS.log reaches gigabytes when rotation fails). The caller feeds decoded text in
// chunks; windows of whole records are parsed one at a time and dropped, so memory stays bounded
// by the window size plus the failures found. The result equals `findFailures(parseLog(text))`
// (tested), except that a setupapi section still open at the end of a window is judged there.
// Code names are learnt in the same pass; a message that a name printed only later would have
// changed is reported (`namesLearnedLate`), and the caller analyses once more with every name.

import type { Lang } from './messages/index.js';
import { detachPhrase } from './messages/index.js';
import type { CodeHint, Failure, LogKind, Operation } from './model.js';
import { parseLog } from './document.js';
import { detach, splitLines } from './lines.js';
import { detectLogKind } from './detect.js';
import { hasRecordTimestamp } from './formats/records.js';
import { DiagnosticCode } from './failures/catalog.js';
import { collectFailures, compilePatterns, getSummary, subjectOf, type Summary } from './failures/index.js';
import { gradeFailures } from './failures/grade.js';
import { codeLabel } from './failures/label.js';
import { describeCode } from './codes/describe.js';
import { createOperationReader, type OperationReader } from './operations/index.js';

export interface StreamOptions {
  uri?: string;
  languageId?: string;
  noisePatterns?: readonly string[];
  /** The language of the summary line (default English). */
  lang?: Lang;
  /** Names printed for codes anywhere in the file (a first analysis's `learnedNames`). */
  learnedNames?: ReadonlyMap<number, string>;
  /** Characters per window; larger windows use more memory and fewer cuts. */
  windowChars?: number;
  /**
   * Keep every failure. By default only what can matter is kept: errors, failures with a code
   * (they can be a root cause), WIM traces, and the first plain warnings; the rest is counted.
   */
  keepAll?: boolean;
}

export interface StreamResult {
  kind: LogKind;
  lineCount: number;
  failures: readonly Failure[];
  operations: readonly Operation[];
  summary: Summary;
  /** Failures counted but not kept, by severity (none with `keepAll`). */
  dropped: Record<'warning' | 'information' | 'hint', number>;
  /** The names the log printed for codes, first occurrence first. */
  learnedNames: ReadonlyMap<number, string>;
  /**
   * A code was named only after a window that showed it without a name, and the name changes how
   * it reads: messages may differ from an in-memory analysis. Analyse again with `learnedNames`.
   */
  namesLearnedLate: boolean;
}

/** Plain warnings kept by default: as many as a client shows (the rest are counted). */
const KEPT_PLAIN_WARNINGS = 5000;

export interface StreamAnalyzer {
  push(text: string): void;
  finish(): StreamResult;
}

export function createStreamAnalyzer(options: StreamOptions = {}): StreamAnalyzer {
  const windowChars = options.windowChars ?? 8 * 1024 * 1024;
  const noise = compilePatterns(options.noisePatterns ?? []);
  const learned = new Map(options.learnedNames ?? []);
  // Codes a window showed while no name for them was known yet.
  const unnamed = new Set<number>();
  const failures: Failure[] = [];
  let operations: OperationReader | undefined;
  // What each failure is about (an INF, a KB…): the summary names it for its focus line.
  const subjects = new Map<number, string>();
  const dropped = { warning: 0, information: 0, hint: 0 };
  let plainWarnings = 0;
  const keep = (f: Failure): boolean => {
    if (options.keepAll || f.severity === 'error' || f.clue !== undefined || (f.role !== 'noise' && (f.value !== undefined || f.code === DiagnosticCode.wimFailure))) {
      return true;
    }
    if (f.severity === 'warning' && f.role !== 'noise' && plainWarnings < KEPT_PLAIN_WARNINGS) {
      plainWarnings++;
      return true;
    }
    dropped[f.severity]++;
    return false;
  };
  let kind: LogKind | undefined;
  let buffer = '';
  let searchedTo = 0;
  let lineBase = 0;

  const detect = (text: string): LogKind => {
    const head = splitLines(text.slice(0, 256 * 1024));
    const first: string[] = [];
    for (let i = 0; i < head.count && i < 400; i++) {
      first.push(text.slice(head.starts[i], head.ends[i]));
    }
    return detectLogKind(first, options.uri, options.languageId);
  };
  const analyzeWindow = (text: string, final: boolean): void => {
    kind ??= detect(text);
    const doc = parseLog(text, { kind, uri: options.uri, learnedNames: learned });
    // A window ends with a line break, which gives it an empty last line that belongs to the next.
    const lines = final ? doc.lines.count : doc.lines.count - 1;
    for (const [value, name] of doc.learnedNames) {
      if (!learned.has(value)) {
        learned.set(value, detach(name));
      }
    }
    for (const c of doc.codes) {
      if (!learned.has(c.value)) {
        unnamed.add(c.value);
      }
    }
    operations ??= createOperationReader(kind);
    operations.feed(doc, lineBase, lines, { copyLines: true });
    for (const f of collectFailures(doc, noise)) {
      if (f.line >= lines || !keep(f)) {
        continue;
      }
      const local = f.line;
      const subject = subjectOf(text.slice(doc.lines.starts[local], doc.lines.ends[local]));
      if (subject !== undefined) {
        subjects.set(local + lineBase, detach(subject));
      }
      failures.push({
        ...f,
        line: f.line + lineBase,
        message: detachPhrase(f.message),
        related: f.related.map((r) => ({ ...r, line: r.line + lineBase, message: detachPhrase(r.message) })),
      });
    }
    lineBase += lines;
  };

  return {
    push(text: string): void {
      buffer += text;
      if (kind === undefined && buffer.length >= 256 * 1024) {
        kind = detect(buffer);
      }
      while (buffer.length >= windowChars) {
        const cut = findCut(buffer, windowChars, kind, searchedTo);
        if (cut <= 0) {
          // Nothing to cut at yet: remember how far was searched, so the next chunk starts there.
          searchedTo = buffer.length;
          break;
        }
        analyzeWindow(buffer.slice(0, cut), false);
        buffer = buffer.slice(cut);
        searchedTo = 0;
      }
    },
    finish(): StreamResult {
      analyzeWindow(buffer, true);
      buffer = '';
      const ops = operations?.finish(Math.max(0, lineBase - 1)) ?? [];
      const names = { learnedNames: learned };
      const graded = gradeFailures(failures, ops, { label: (value) => codeLabel(names, value, 'any') });
      const summary = getSummary({ learnedNames: learned, subjectAt: (line) => subjects.get(line) }, graded, options.lang ?? 'en', dropped.warning);
      const namesLearnedLate = [...unnamed].some((value) => learned.has(value) && nameMatters(value, learned.get(value)));
      return { kind: kind ?? 'plain', lineCount: lineBase, failures: graded, operations: ops, summary, dropped, learnedNames: learned, namesLearnedLate };
    },
  };
}

const HINTS: readonly CodeHint[] = ['hresult', 'win32', 'ntstatus', 'setupapi', 'wu', 'setupExtend', 'any'];

/** Whether the log's own name for `value` changes how a message names it (no table names it). */
function nameMatters(value: number, name: string | undefined): boolean {
  return HINTS.some((hint) => describeCode(value, hint, name).name !== describeCode(value, hint).name);
}

/**
 * Where the next window may begin: the start of a line that opens a unit the parser never needs
 * the previous text for (a record; a setupapi section). -1 when the buffer has none yet.
 */
function findCut(buffer: string, target: number, kind: LogKind | undefined, searchedTo: number): number {
  const fits = (at: number): boolean => {
    const start = at + 1;
    const previousLineLength = at - buffer.lastIndexOf('\n', at - 1);
    return start < buffer.length - 1 && isUnitStart(buffer.slice(start, start + 24), kind) && previousLineLength < 2000;
  };
  // The last unit start before `target`, else the first one after it (a unit longer than a window).
  for (let at = buffer.lastIndexOf('\n', Math.min(target, buffer.length - 2)); at > 0; at = buffer.lastIndexOf('\n', at - 1)) {
    if (fits(at)) {
      return at + 1;
    }
  }
  for (let at = buffer.indexOf('\n', Math.max(target, searchedTo - 1)); at > 0 && at < buffer.length - 2; at = buffer.indexOf('\n', at + 1)) {
    if (fits(at)) {
      return at + 1;
    }
  }
  return -1;
}

function isUnitStart(lineStart: string, kind: LogKind | undefined): boolean {
  switch (kind) {
    case 'setupapi':
      return lineStart.startsWith('>>>  [') || lineStart.startsWith('[Boot Session:');
    case 'cbs':
    case 'dism':
    case 'panther':
    case undefined:
      return hasRecordTimestamp(lineStart + ' '.repeat(Math.max(0, 20 - lineStart.length)));
    default:
      return true;
  }
}
