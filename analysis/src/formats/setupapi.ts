// setupapi.dev/app/setup/offline.log (formats.md §2): a header, then `>>>`/`<<<` sections whose
// body lines carry a 5-character prefix, a category tag, indentation and nested `{…}` blocks.

import { Level, LineKind, type Section } from '../model.js';
import type { ParsedLines } from './parsedLines.js';
import { must } from '../must.js';

/** The name of the section an excerpt starts inside (its start line is not in the text); shown words come from the catalogs. */
export const EXCERPT_SECTION = 'Section started before this excerpt';
/** The detail of a section (or block) whose end is not in the text. */
export const NOT_CLOSED = 'not closed';
export const RX_SA_TITLE = /^>>>\s+\[(.*)\]\s*$/;
export const RX_SA_START =
  /^>>>\s+(?:Section start (\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3})|(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}): Section start)\s*$/;
const RX_SA_END =
  /^<<<\s+(?:Section end (\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3})|\[(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}):? Section end\])\s*$/;
export const RX_SA_EXIT =
  /^<<<\s+\[Exit(?: [Ss]tatus: (SUCCESS|FAILURE)(?: ?\(((?:0x)?[0-9A-Fa-f]{8}|[A-Z_]+)\))?| Status\((0x[0-9A-Fa-f]{8})\))?\]\s*$/;
export const RX_SA_BOOT = /^\[Boot Session: (\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3})\]\s*$/;
export const RX_SA_ENTRY =
  /^(!!!  |!    |     |   \. | {6}| {7})(?:(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}):? )?([a-z]{2,3}|ui |\.\.\.): ( *)(?! )(.*)$/;
// Pasted copies lose the padding: `!!! sto: Failed …`, `idb: {Register …}`.
const RX_SA_ENTRY_LOOSE = /^(!!!|!)?\s*([a-z]{2,3}|ui ): ( *)(?! )(.*)$/;
const RX_SA_HEADER = /^(?:(?:\[Device Install Log\]|\[BeginLog\]|\[SetupAPI Log\])\s*| {5}(?:OS Version|Service Pack|Suite|ProductType|Architecture) = .*(?:[\n\r\u2028\u2029]\s*)?)$/;
const RX_SA_BLOCK_CLOSE =
  /^\{((?:.*?\S)?)(?:\s*[-:])?\s+exit(?:\s*\((?:0x)?([0-9A-Fa-f]{8})\)?|\s+OK)?\}(?:\s+\d{2}:\d{2}:\d{2}\.\d{3})?\s*$|^\{(.*) - Complete\}\s*$/;
const RX_SA_BLOCK_OPEN = /^\{(.*)\}(?:\s+\d{2}:\d{2}:\d{2}\.\d{3})?\s*$|^\{([^}]*)$/;

/** What a setupapi section or block ended with. */
export interface ExitInfo {
  line: number;
  /** Unsigned code, 0 for SUCCESS / `exit OK`, undefined when the closer names none. */
  code?: number;
  failed: boolean;
}

export interface SetupapiFacts {
  /** Exit of each section and block, keyed by the Section object. */
  exits: Map<Section, ExitInfo>;
}

export interface SetupapiLine {
  kind: LineKind;
  level: Level;
  messageStart: number;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) {
      return false;
    }
  }
  return true;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The usual body line, read by hand (no regex, no allocation): a 5-character prefix (6 or 7 spaces
 * for `cmd:` and `os:`), a 2–3 letter category and a colon, then indentation and the message.
 * Returns undefined for anything else; the regexes below then decide.
 */
function fastEntry(s: string): SetupapiLine | undefined {
  let level: Level = Level.Info;
  let at: number;
  if (s.startsWith('     ')) {
    at = s.charCodeAt(5) === 32 ? (s.charCodeAt(6) === 32 ? 7 : 6) : 5;
  } else if (s.startsWith('!!!  ')) {
    level = Level.Error;
    at = 5;
  } else if (s.startsWith('!    ')) {
    level = Level.Warning;
    at = 5;
  } else {
    return undefined;
  }
  let end = at;
  while (end < at + 3 && isLower(s.charCodeAt(end))) {
    end++;
  }
  if (end - at < 2 || s.charCodeAt(end) !== 58 /* : */ || (s.length > end + 1 && s.charCodeAt(end + 1) !== 32)) {
    return undefined;
  }
  let message = end + 2;
  while (s.charCodeAt(message) === 32) {
    message++;
  }
  return { kind: LineKind.Record, level, messageStart: Math.min(message, s.length) };
}

export function classifySetupapiLine(s: string): SetupapiLine {
  const fast = fastEntry(s);
  if (fast) {
    return fast;
  }
  if (isBlank(s)) {
    return { kind: LineKind.Blank, level: Level.None, messageStart: 0 };
  }
  const c0 = s.charCodeAt(0);
  if (c0 === 62 /* > */) {
    if (RX_SA_TITLE.test(s)) {
      return { kind: LineKind.SectionTitle, level: Level.Info, messageStart: s.indexOf('[') + 1 };
    }
    if (RX_SA_START.test(s)) {
      return { kind: LineKind.SectionStart, level: Level.Info, messageStart: 5 };
    }
  } else if (c0 === 60 /* < */) {
    const exit = RX_SA_EXIT.exec(s);
    if (exit) {
      const failed = exit[1] === 'FAILURE' || (exit[3] !== undefined && parseInt(exit[3], 16) !== 0);
      return { kind: LineKind.SectionExit, level: failed ? Level.Error : Level.Info, messageStart: s.indexOf('[') };
    }
    if (RX_SA_END.test(s)) {
      return { kind: LineKind.SectionEnd, level: Level.Info, messageStart: 5 };
    }
  } else if (c0 === 91 /* [ */) {
    if (RX_SA_BOOT.test(s)) {
      return { kind: LineKind.BootSession, level: Level.Info, messageStart: 1 };
    }
  }
  if (RX_SA_HEADER.test(s)) {
    return { kind: LineKind.Header, level: Level.None, messageStart: 0 };
  }
  const m = RX_SA_ENTRY.exec(s) ?? RX_SA_ENTRY_LOOSE.exec(s);
  if (m) {
    const prefix = m[1] ?? '';
    const level = prefix.startsWith('!!!') ? Level.Error : prefix.startsWith('!') ? Level.Warning : Level.Info;
    const msg = m.at(-1) ?? '';
    return { kind: LineKind.Record, level, messageStart: s.length - msg.length };
  }
  return { kind: LineKind.Unclassified, level: Level.None, messageStart: 0 };
}

/** Real logs nest blocks about ten deep; deeper "blocks" are garbage and are not paired. */
const MAX_BLOCK_DEPTH = 64;

interface OpenBlock {
  column: number;
  section: Section;
}

/**
 * Build sections (with their blocks as children) from classified lines. Blocks pair by the column
 * of their `{`: a closer pops the innermost open block only if it sits at the same column.
 */
export function buildSetupapiSections(parsed: ParsedLines): { sections: Section[]; facts: SetupapiFacts } {
  const { get: getLine, kinds, messageStarts, count: lineCount } = parsed;
  const sections: Section[] = [];
  const exits = new Map<Section, ExitInfo>();
  let current: Section | undefined;
  let stack: OpenBlock[] = [];
  let headerStart = -1;
  let lastEnd = -1;

  const closeOpenBlocks = (endLine: number): void => {
    for (const open of stack) {
      open.section.endLine = endLine;
      open.section.detail = NOT_CLOSED;
    }
    stack = [];
  };
  const finishSection = (endLine: number): void => {
    if (current) {
      closeOpenBlocks(endLine);
      current.endLine = endLine;
      current = undefined;
    }
    lastEnd = endLine;
  };
  // An excerpt can start inside a section: its end and exit lines still deserve a section.
  const ensureSection = (line: number): Section => {
    if (!current) {
      current = makeSection('setupapi-section', EXCERPT_SECTION, lastEnd + 1, line);
      sections.push(current);
    }
    return current;
  };

  for (let i = 0; i < lineCount; i++) {
    const kind = kinds[i];
    if (kind === LineKind.Header) {
      if (headerStart < 0) {
        headerStart = i;
      }
      continue;
    }
    if (headerStart >= 0) {
      if (i - 1 > headerStart) {
        sections.push(makeSection('setupapi-header', 'Log header', headerStart, i - 1));
      }
      lastEnd = i - 1;
      headerStart = -1;
    }
    if (kind === LineKind.SectionTitle) {
      finishSection(i - 1);
      // (The first line may carry a BOM, which the line classifier skipped.)
      const title = RX_SA_TITLE.exec(getLine(i).replace(/^\uFEFF/, ''))?.[1] ?? '';
      current = makeSection('setupapi-section', title, i, i);
      current.detail = NOT_CLOSED;
      sections.push(current);
    } else if (kind === LineKind.SectionExit) {
      current = ensureSection(i);
      const m = RX_SA_EXIT.exec(getLine(i).replace(/^\uFEFF/, ''));
      if (!m) {
        continue;
      }
      const codeText = m[2] ?? m[3];
      const code = codeText && /^(0x)?[0-9A-Fa-f]{8}$/.test(codeText) ? parseInt(codeText.replace(/^0x/, ''), 16) >>> 0 : undefined;
      const failed = m[1] === 'FAILURE' || (code !== undefined && code !== 0 && m[1] !== 'SUCCESS');
      current.failed = current.failed || failed;
      current.detail = m[1] ? (codeText ? `${m[1]}(${codeText})` : m[1]) : code !== undefined ? `Exit Status(${codeText})` : 'Exit';
      exits.set(current, { line: i, code: failed ? code : (code ?? 0), failed });
      finishSection(i);
    } else if (kind === LineKind.SectionEnd) {
      ensureSection(i).endLine = i;
    } else if (kind === LineKind.Record && current) {
      const s = getLine(i);
      const col = must(messageStarts[i]);
      if (s.charCodeAt(col) !== 123 /* { */) {
        current.endLine = i;
        continue;
      }
      const msg = s.slice(col);
      // Closers say "exit" or "- Complete"; testing that first spares the regex on every opener.
      const close = msg.includes('exit') || msg.includes(' - Complete}') ? RX_SA_BLOCK_CLOSE.exec(msg) : null;
      if (close) {
        // The closer ends the innermost open block at its column; blocks opened inside it and
        // never closed (a failed or cut-off operation) end here too, marked "not closed".
        let depth = stack.length - 1;
        while (depth >= 0 && stack[depth]?.column !== col) {
          depth--;
        }
        const top = stack[depth];
        if (top) {
          for (const inner of stack.splice(depth + 1)) {
            inner.section.endLine = i - 1 >= inner.section.startLine ? i - 1 : inner.section.startLine;
            inner.section.detail = NOT_CLOSED;
          }
          stack.pop();
          top.section.endLine = i;
          const code = close[2] !== undefined ? parseInt(close[2], 16) >>> 0 : 0;
          top.section.detail = close[2] !== undefined ? `exit(0x${close[2].toLowerCase()})` : close[3] !== undefined ? 'complete' : 'exit';
          exits.set(top.section, { line: i, code, failed: code !== 0 });
        }
      } else {
        const open = stack.length < MAX_BLOCK_DEPTH ? RX_SA_BLOCK_OPEN.exec(msg) : null;
        if (open) {
          const block = makeSection('setupapi-block', open[1] ?? open[2] ?? '', i, i);
          const parent = stack.at(-1)?.section ?? current;
          parent.children.push(block);
          stack.push({ column: col, section: block });
        }
      }
      current.endLine = i;
    } else if (current && kind !== LineKind.BootSession) {
      current.endLine = i;
    } else if (kind === LineKind.BootSession) {
      finishSection(i - 1);
    }
  }
  finishSection(current ? Math.max(current.endLine, current.startLine) : 0);
  if (headerStart >= 0 && lineCount - 1 > headerStart) {
    sections.push(makeSection('setupapi-header', 'Log header', headerStart, lineCount - 1));
  }
  return { sections, facts: { exits } };
}

function makeSection(kind: Section['kind'], name: string, startLine: number, endLine: number): Section {
  return { kind, name, detail: '', startLine, endLine, failed: false, children: [] };
}
