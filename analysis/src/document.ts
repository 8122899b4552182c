// parseLog: text → LogDocument, one pass over the lines. Everything else (failures, folding,
// symbols) is derived from the LogDocument, lazily, and never re-parses.

import { Level, LineKind, type CodeSpan, type LogKind, type Section } from './model.js';
import { splitLines, spliceLines, lineOfOffset, type LineTable } from './lines.js';
import { firstAtLeast } from './search.js';
import { must } from './must.js';
import { detectLogKind } from './detect.js';
import { parseRecordHead, isNamedContinuation, RX_CSI, type RecordMemo } from './formats/records.js';
import { classifySetupapiLine, buildSetupapiSections, type SetupapiFacts } from './formats/setupapi.js';
import { buildWuSections, parseWuHead, WU_STUB } from './formats/windowsUpdate.js';
import { RX_SD_LINE, setupDiagLevel } from './formats/setupDiag.js';
import { scanCodes } from './codes/scan.js';
import { buildFamilySections } from './formats/sessions.js';
import { phrase, type Phrase } from './messages/index.js';
import type { ParsedLines } from './formats/parsedLines.js';

export interface LogDocument {
  readonly kind: LogKind;
  readonly uri: string | undefined;
  readonly text: string;
  readonly lines: LineTable;
  readonly lineKinds: Uint8Array;
  /** Level of each line; continuation lines carry their record's level. */
  readonly levels: Uint8Array;
  /** Column where each line's message starts (after timestamp, level, component or prefix). */
  readonly messageStarts: Uint32Array;
  /** Index into `components` of each record line's component; 0 is "none". */
  readonly componentIds: Uint8Array;
  readonly components: readonly string[];
  /** Every error code in the document, in line order. */
  readonly codes: readonly CodeSpan[];
  /** Names the log itself printed for values (`[HRESULT = 0x… - NAME]`). */
  readonly learnedNames: ReadonlyMap<number, string>;
  /** Folding and outline structure (top level; children nested). */
  readonly sections: readonly Section[];
  readonly setupapi?: SetupapiFacts;
  /** Things to tell the user about the document as a whole (a stub file, an excerpt…). */
  readonly notes: readonly Phrase[];
}

export interface ParseOptions {
  uri?: string;
  languageId?: string;
  /** Force a kind instead of detecting it. */
  kind?: LogKind;
  /** Code names learned elsewhere (earlier parts of a streamed file); they win over this text's. */
  learnedNames?: ReadonlyMap<number, string>;
}

const DETECT_LINES = 400;

export function lineAt(doc: LogDocument, line: number): string {
  return doc.text.slice(doc.lines.starts[line], doc.lines.ends[line]);
}

interface LineArrays {
  lineKinds: Uint8Array;
  levels: Uint8Array;
  messageStarts: Uint32Array;
  componentIds: Uint8Array;
  components: string[];
  componentIndex: Map<string, number>;
  codes: CodeSpan[];
}

/** What classifying a line needs to know about the lines above it. */
interface LineState {
  recordLevel: Level;
  /** Message length of the previous record when it was a CSI record, else 0 (split-CSI rule). */
  previousCsiLength: number;
  record: RecordMemo;
}

function newArrays(n: number): LineArrays {
  return {
    lineKinds: new Uint8Array(n),
    levels: new Uint8Array(n),
    messageStarts: new Uint32Array(n),
    componentIds: new Uint8Array(n),
    components: [''],
    componentIndex: new Map<string, number>([['', 0]]),
    codes: [],
  };
}

/** Classify line `i` (text `line`, as in the document) into `a`; codes are appended to `a.codes`. */
function classifyLine(kind: LogKind, line: string, i: number, a: LineArrays, state: LineState): void {
  // A BOM stays in the text (the editor shows the same text) but not in what the rules see. It can
  // start any line: each new process that appends to a log may write one (dism.log from WinPE).
  const offset = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  const s = offset ? line.slice(1) : line;
  if (kind === 'cbs' || kind === 'dism' || kind === 'panther') {
    const head = parseRecordHead(s, state.record);
    if (head && !(head.component === 'CSI' && state.previousCsiLength >= 2000 && !RX_CSI.test(s.slice(head.messageStart)))) {
      a.lineKinds[i] = LineKind.Record;
      state.recordLevel = head.level;
      a.levels[i] = head.level;
      a.messageStarts[i] = head.messageStart + offset;
      a.componentIds[i] = internComponent(head.component, a.components, a.componentIndex);
      state.previousCsiLength = head.component === 'CSI' ? s.length - head.messageStart : 0;
    } else if (head) {
      // A Windows 7 CSI record cut at 2,048 characters: the rest continues the previous record.
      a.lineKinds[i] = LineKind.Continuation;
      a.levels[i] = state.recordLevel;
      state.previousCsiLength = 0;
    } else if (/^\s*$/.test(s)) {
      a.lineKinds[i] = LineKind.Blank;
      a.levels[i] = state.recordLevel;
    } else {
      a.lineKinds[i] = isNamedContinuation(s) ? LineKind.Continuation : LineKind.Unclassified;
      a.levels[i] = state.recordLevel;
    }
  } else if (kind === 'setupapi') {
    const c = classifySetupapiLine(s);
    a.lineKinds[i] = c.kind;
    a.levels[i] = c.level;
    a.messageStarts[i] = c.messageStart + offset;
  } else if (kind === 'windowsupdate') {
    const head = parseWuHead(s);
    if (head) {
      a.lineKinds[i] = LineKind.Record;
      a.levels[i] = head.level;
      a.messageStarts[i] = head.messageStart + offset;
      a.componentIds[i] = internComponent(head.component, a.components, a.componentIndex);
    } else {
      a.lineKinds[i] = s.trim() === '' ? LineKind.Blank : s.includes(WU_STUB) || /^(?:Please run|For more information)/.test(s) ? LineKind.Header : LineKind.Unclassified;
    }
  } else if (kind === 'setupdiag') {
    a.lineKinds[i] = s.trim() === '' ? LineKind.Blank : RX_SD_LINE.test(s) ? LineKind.Record : LineKind.Unclassified;
    a.levels[i] = setupDiagLevel(s);
  } else {
    a.lineKinds[i] = s.trim() === '' ? LineKind.Blank : LineKind.Unclassified;
  }
  // Codes live in the message: a record's timestamp, level and component columns hold none. A
  // plain document (an excerpt no format claims) is scanned whole.
  const family = kind === 'cbs' || kind === 'dism' || kind === 'panther';
  const from = family && a.lineKinds[i] === LineKind.Record ? must(a.messageStarts[i]) - offset : 0;
  for (const m of scanCodes(s, from)) {
    a.codes.push({ line: i, start: m.start + offset, end: m.end + offset, value: m.value, hint: m.hint, printedName: m.printedName, secondary: m.secondary });
  }
}

function detectKind(text: string, lines: LineTable, options: ParseOptions): LogKind {
  const firstLines: string[] = [];
  for (let i = 0; i < lines.count && i < DETECT_LINES; i++) {
    firstLines.push(text.slice(lines.starts[i], lines.ends[i]));
  }
  return options.kind ?? detectLogKind(firstLines, options.uri, options.languageId);
}

export function parseLog(text: string, options: ParseOptions = {}): LogDocument {
  return runSteps(parseSteps(text, options));
}

/** Lines classified between two pauses of `parseSteps` (a few milliseconds of work). */
const LINES_PER_STEP = 8192;

/**
 * `parseLog` in steps: it pauses (yields) every few thousand lines, so that a server can answer
 * requests between the steps of a big document. Run to the end, it is `parseLog`.
 */
export function* parseSteps(text: string, options: ParseOptions = {}): Generator<void, LogDocument> {
  const lines = splitLines(text);
  const kind = detectKind(text, lines, options);
  const a = newArrays(lines.count);
  const state: LineState = { recordLevel: Level.None, previousCsiLength: 0, record: { lastComponent: '' } };
  for (let i = 0; i < lines.count; i++) {
    classifyLine(kind, text.slice(lines.starts[i], lines.ends[i]), i, a, state);
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) {
      yield;
    }
  }
  return finish(text, lines, kind, a, options);
}

/** Run the rest of a stepped computation at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) {
      return next.value;
    }
  }
}

/** Everything that is derived from the per-line arrays: learned names, notes, sections. */
function finish(text: string, lines: LineTable, kind: LogKind, a: LineArrays, options: ParseOptions): LogDocument {
  const parsed: ParsedLines = {
    count: lines.count,
    get: (i) => text.slice(lines.starts[i], lines.ends[i]),
    kinds: a.lineKinds,
    messageStarts: a.messageStarts,
    componentIds: a.componentIds,
    components: a.components,
  };
  const learnedNames = new Map<number, string>(options.learnedNames ?? []);
  for (const c of a.codes) {
    if (c.printedName && !learnedNames.has(c.value)) {
      learnedNames.set(c.value, c.printedName);
    }
  }
  const notes: Phrase[] = [];
  if (kind === 'windowsupdate' && lines.count > 0 && text.slice(0, 2000).includes(WU_STUB)) {
    notes.push(phrase('note.wuStub'));
  }
  // Sections are built when first asked for (folding, outline, failures): a keystroke's re-parse
  // that nobody reads the structure of does not pay for it.
  let built: { sections: Section[]; setupapi?: SetupapiFacts } | undefined;
  const structure = (): { sections: Section[]; setupapi?: SetupapiFacts } => {
    if (!built) {
      if (kind === 'setupapi') {
        const b = buildSetupapiSections(parsed);
        built = { sections: b.sections, setupapi: b.facts };
      } else if (kind === 'cbs' || kind === 'dism' || kind === 'panther') {
        built = { sections: buildFamilySections(kind, parsed) };
      } else if (kind === 'windowsupdate') {
        built = { sections: buildWuSections(parsed) };
      } else {
        built = { sections: [] };
      }
    }
    return built;
  };
  return {
    kind,
    uri: options.uri,
    text,
    lines,
    lineKinds: a.lineKinds,
    levels: a.levels,
    messageStarts: a.messageStarts,
    componentIds: a.componentIds,
    components: a.components,
    codes: a.codes,
    learnedNames,
    get sections() {
      return structure().sections;
    },
    get setupapi() {
      return structure().setupapi;
    },
    notes,
  };
}

/** Length of the common prefix of two strings, compared in large chunks (memcmp speed). */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 1 << 16; step >= 1; step >>= 4) {
    while (i + step <= max && a.substring(i, i + step) === b.substring(i, i + step)) {
      i += step;
    }
  }
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) {
    i++;
  }
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (let step = 1 << 16; step >= 1; step >>= 4) {
    while (i + step <= max && a.substring(a.length - i - step, a.length - i) === b.substring(b.length - i - step, b.length - i)) {
      i += step;
    }
  }
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) {
    i++;
  }
  return i;
}

/**
 * Parse a new version of a document, reusing every line the edit did not touch. Users type notes
 * into logs: only the edited lines are classified again; the structure is rebuilt from the arrays.
 * Gives exactly what `parseLog(text)` gives (tested).
 */
export function reparseLog(previous: LogDocument, text: string, options: ParseOptions = {}): LogDocument {
  const old = previous.text;
  const prefix = commonPrefix(old, text);
  if (prefix === old.length && prefix === text.length) {
    // The same text is the same document: what was derived from it (its info) is kept.
    return options.uri === undefined || options.uri === previous.uri ? previous : { ...previous, uri: options.uri };
  }
  if (lineOfOffset(previous.lines, prefix) <= DETECT_LINES || previous.lines.count < 2) {
    return parseLog(text, options);
  }
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const lines = spliceLines(previous.lines, old.length, text, prefix, suffix);
  const first = Math.max(0, lineOfOffset(lines, prefix) - 1);
  if (first < DETECT_LINES || lines.count < 2) {
    return parseLog(text, options);
  }
  const delta = lines.count - previous.lines.count;
  // First line (new numbering) lying wholly inside the unchanged tail, with a line of margin.
  let tail = Math.min(lines.count, lineOfOffset(lines, text.length - suffix) + 2);
  tail = Math.max(tail, first + 1, 1 - delta + first);
  const kind = previous.kind;
  const n = lines.count;
  const a: LineArrays = {
    lineKinds: new Uint8Array(n),
    levels: new Uint8Array(n),
    messageStarts: new Uint32Array(n),
    componentIds: new Uint8Array(n),
    components: [...previous.components],
    componentIndex: new Map(previous.components.map((c, k) => [c, k])),
    codes: previous.codes.slice(0, firstAtLeast(previous.codes, first, (c) => c.line)),
  };
  a.lineKinds.set(previous.lineKinds.subarray(0, first));
  a.levels.set(previous.levels.subarray(0, first));
  a.messageStarts.set(previous.messageStarts.subarray(0, first));
  a.componentIds.set(previous.componentIds.subarray(0, first));
  const state: LineState = { recordLevel: first > 0 ? (previous.levels[first - 1] as Level) : Level.None, previousCsiLength: csiLengthAt(previous, first - 1), record: { lastComponent: '' } };
  // Classify the edited lines, then on until a record start that the edit cannot have changed.
  let i = first;
  for (; i < n; i++) {
    const oldLine = i - delta;
    if (i >= tail && oldLine < previous.lines.count && previous.lineKinds[oldLine] === LineKind.Record && state.previousCsiLength < 2000) {
      break;
    }
    classifyLine(kind, text.slice(lines.starts[i], lines.ends[i]), i, a, state);
  }
  const resume = i;
  if (resume < n) {
    const from = resume - delta;
    a.lineKinds.set(previous.lineKinds.subarray(from), resume);
    a.levels.set(previous.levels.subarray(from), resume);
    a.messageStarts.set(previous.messageStarts.subarray(from), resume);
    a.componentIds.set(previous.componentIds.subarray(from), resume);
    for (let k = firstAtLeast(previous.codes, from, (c) => c.line); k < previous.codes.length; k++) {
      const c = must(previous.codes[k]);
      a.codes.push(delta === 0 ? c : { ...c, line: c.line + delta });
    }
  }
  return finish(text, lines, kind, a, { ...options, uri: options.uri ?? previous.uri });
}

/** The split-CSI state after `line`: the message length of the last record if it was CSI. */
function csiLengthAt(doc: LogDocument, line: number): number {
  for (let i = line; i >= 0 && i > line - 10000; i--) {
    if (doc.lineKinds[i] === LineKind.Record) {
      return componentOf(doc, i) === 'CSI' ? lineLength(doc, i) - must(doc.messageStarts[i]) : 0;
    }
    if (doc.lineKinds[i] === LineKind.Continuation && parseRecordHead(lineAt(doc, i))) {
      return 0;
    }
  }
  return 0;
}

function internComponent(name: string, list: string[], index: Map<string, number>): number {
  let id = index.get(name);
  if (id === undefined) {
    if (list.length >= 255) {
      return 0;
    }
    id = list.length;
    list.push(name);
    index.set(name, id);
  }
  return id;
}

export function componentOf(doc: LogDocument, line: number): string {
  return doc.components[doc.componentIds[line] ?? 0] ?? '';
}

export function messageOf(doc: LogDocument, line: number): string {
  return doc.text.slice(must(doc.lines.starts[line]) + must(doc.messageStarts[line]), doc.lines.ends[line]);
}

/** The length of a line, line break excluded. */
export function lineLength(doc: LogDocument, line: number): number {
  return must(doc.lines.ends[line]) - must(doc.lines.starts[line]);
}

/** The codes found on one line (binary search over `doc.codes`). */
export function codesAt(doc: LogDocument, line: number): readonly CodeSpan[] {
  const codes = doc.codes;
  const lo = firstAtLeast(codes, line, (c) => c.line);
  const out: CodeSpan[] = [];
  for (let k = lo; k < codes.length; k++) {
    const c = must(codes[k]);
    if (c.line !== line) {
      break;
    }
    out.push(c);
  }
  return out;
}
