// parseLog: text → LogDocument, one pass over the lines. Everything else (failures, folding,
// symbols, tokens) is derived from the LogDocument, lazily, and never re-parses.

import { Level, LineKind, type CodeSpan, type LogKind, type Section } from './model';
import { splitLines, type LineTable } from './lines';
import { detectLogKind } from './detect';
import { parseRecordHead, isNamedContinuation, RX_CSI } from './formats/panther';
import { classifySetupapiLine, buildSetupapiSections, type SetupapiFacts } from './formats/setupapi';
import { parseWuHead, WU_STUB } from './formats/windowsUpdate';
import { RX_SD_LINE, setupDiagLevel } from './formats/setupDiag';
import { scanCodes } from './codes/scan';
import { buildFamilySections } from './formats/sessions';

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
  readonly notes: readonly string[];
}

export interface ParseOptions {
  uri?: string;
  languageId?: string;
  /** Force a kind instead of detecting it. */
  kind?: LogKind;
  /** Polled every few thousand lines; parsing stops early (and the result is partial) when true. */
  isCancelled?: () => boolean;
}

const DETECT_LINES = 400;
const CANCEL_CHECK_EVERY = 4096;

export function lineAt(doc: LogDocument, line: number): string {
  return doc.text.slice(doc.lines.starts[line], doc.lines.ends[line]);
}

export function parseLog(text: string, options: ParseOptions = {}): LogDocument {
  const lines = splitLines(text);
  const get = (i: number): string => text.slice(lines.starts[i], lines.ends[i]);
  const firstLines: string[] = [];
  for (let i = 0; i < lines.count && i < DETECT_LINES; i++) {
    firstLines.push(get(i));
  }
  const kind = options.kind ?? detectLogKind(firstLines, options.uri, options.languageId);
  const n = lines.count;
  const lineKinds = new Uint8Array(n);
  const levels = new Uint8Array(n);
  const messageStarts = new Uint32Array(n);
  const componentIds = new Uint8Array(n);
  const components: string[] = [''];
  const componentIndex = new Map<string, number>([['', 0]]);
  const codes: CodeSpan[] = [];
  const learnedNames = new Map<number, string>();
  const notes: string[] = [];

  let recordLevel: Level = Level.None;
  let previousCsiLength = 0;
  for (let i = 0; i < n; i++) {
    if (options.isCancelled && i % CANCEL_CHECK_EVERY === 0 && i > 0 && options.isCancelled()) {
      break;
    }
    let s = get(i);
    // A BOM stays in the text (the editor shows the same text) but not in what the rules see.
    const offset = i === 0 && s.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (offset) {
      s = s.slice(1);
    }
    if (kind === 'cbs' || kind === 'dism' || kind === 'panther') {
      const head = parseRecordHead(s);
      if (head && !(head.component === 'CSI' && previousCsiLength >= 2000 && !RX_CSI.test(s.slice(head.messageStart)))) {
        lineKinds[i] = LineKind.Record;
        recordLevel = head.level;
        levels[i] = head.level;
        messageStarts[i] = head.messageStart + offset;
        componentIds[i] = internComponent(head.component, components, componentIndex);
        previousCsiLength = head.component === 'CSI' ? s.length - head.messageStart : 0;
      } else if (head) {
        // A Windows 7 CSI record cut at 2,048 characters: the rest continues the previous record.
        lineKinds[i] = LineKind.Continuation;
        levels[i] = recordLevel;
        previousCsiLength = 0;
      } else if (s.trim() === '') {
        lineKinds[i] = LineKind.Blank;
        levels[i] = recordLevel;
      } else {
        lineKinds[i] = isNamedContinuation(s) ? LineKind.Continuation : LineKind.Unclassified;
        levels[i] = recordLevel;
      }
    } else if (kind === 'setupapi') {
      const c = classifySetupapiLine(s);
      lineKinds[i] = c.kind;
      levels[i] = c.level;
      messageStarts[i] = c.messageStart + offset;
    } else if (kind === 'windowsupdate') {
      const head = parseWuHead(s);
      if (head) {
        lineKinds[i] = LineKind.Record;
        levels[i] = head.level;
        messageStarts[i] = head.messageStart + offset;
        componentIds[i] = internComponent(head.component, components, componentIndex);
      } else {
        lineKinds[i] = s.trim() === '' ? LineKind.Blank : s.includes(WU_STUB) || /^(?:Please run|For more information)/.test(s) ? LineKind.Header : LineKind.Unclassified;
      }
    } else if (kind === 'setupdiag') {
      lineKinds[i] = s.trim() === '' ? LineKind.Blank : RX_SD_LINE.test(s) ? LineKind.Record : LineKind.Unclassified;
      levels[i] = setupDiagLevel(s);
    } else {
      lineKinds[i] = s.trim() === '' ? LineKind.Blank : LineKind.Unclassified;
    }
    if (kind !== 'plain') {
      for (const m of scanCodes(s)) {
        codes.push({ line: i, start: m.start + offset, end: m.end + offset, value: m.value, hint: m.hint, printedName: m.printedName, secondary: m.secondary });
        if (m.printedName && !learnedNames.has(m.value)) {
          learnedNames.set(m.value, m.printedName);
        }
      }
    }
  }

  if (kind === 'windowsupdate' && firstLines.some((l) => l.includes(WU_STUB))) {
    notes.push('This is the Windows 10+ WindowsUpdate.log stub: the real log is in ETW traces. Run Get-WindowsUpdateLog and open the file it writes.');
  }

  let sections: Section[] = [];
  let setupapi: SetupapiFacts | undefined;
  if (kind === 'setupapi') {
    const built = buildSetupapiSections(get, lineKinds, messageStarts, n);
    sections = built.sections;
    setupapi = built.facts;
  } else if (kind === 'cbs' || kind === 'dism' || kind === 'panther') {
    sections = buildFamilySections(kind, get, lineKinds, messageStarts, componentIds, components, n);
  }

  return {
    kind,
    uri: options.uri,
    text,
    lines,
    lineKinds,
    levels,
    messageStarts,
    componentIds,
    components,
    codes,
    learnedNames,
    sections,
    setupapi,
    notes,
  };
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
  return doc.components[doc.componentIds[line]] ?? '';
}

export function messageOf(doc: LogDocument, line: number): string {
  return doc.text.slice(doc.lines.starts[line] + doc.messageStarts[line], doc.lines.ends[line]);
}

/** The codes found on one line (binary search over `doc.codes`). */
export function codesAt(doc: LogDocument, line: number): CodeSpan[] {
  const codes = doc.codes;
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid].line < line) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const out: CodeSpan[] = [];
  for (let k = lo; k < codes.length && codes[k].line === line; k++) {
    out.push(codes[k]);
  }
  return out;
}
