// The record grammar shared by CBS.log, CbsPersist_*.log, DISM.log, setupact.log and setuperr.log
// (formats.md §1). Windows writes fixed columns; users paste copies with the spacing flattened.
//
//   2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 …
//   |<----- 19 ------->|, |<---- 21 chars ---->| |<6>| message from column 50

import { Level } from '../model.js';

export interface RecordHead {
  level: Level;
  /** '' when the component column is empty. */
  component: string;
  /** Column of the first message character. */
  messageStart: number;
  /** `[0x060228]` message id columns, when present. */
  messageId?: [number, number];
}

const LEVELS: Record<string, Level> = {
  Info: Level.Info,
  Warning: Level.Warning,
  Error: Level.Error,
  'Fatal Error': Level.Fatal,
  Perf: Level.Info,
};

// Tolerant form for pasted copies: a component is 2–6 upper-case characters followed by white space.
const RX_PANTHER_HDR =
  /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),\s?(Fatal Error|[A-Z][a-z]+)(?:\s+\[(0x[0-9A-Fa-f]{6})\])?(?:\s+([A-Z][A-Z0-9_]{1,5})(?=\s))?\s*/;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** True when the line starts with `YYYY-MM-DD HH:MM:SS,`. */
export function hasRecordTimestamp(s: string): boolean {
  return (
    s.length >= 20 &&
    isDigit(s.charCodeAt(0)) &&
    isDigit(s.charCodeAt(3)) &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 32 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 44 &&
    isDigit(s.charCodeAt(18))
  );
}

/** The component of the record before, kept by a caller that parses lines in order. */
export interface RecordMemo {
  lastComponent: string;
}

/**
 * Parse a record start line, or return undefined for a continuation line. With a memo, the
 * component is reused from the record before when it is the same (most are): no string is sliced.
 */
export function parseRecordHead(s: string, memo: RecordMemo = { lastComponent: '' }): RecordHead | undefined {
  if (!hasRecordTimestamp(s)) {
    return undefined;
  }
  return parseFixedColumns(s, memo) ?? parseTolerant(s);
}

// Level words by their first letter, checked with startsWith: no string is built per line.
const LEVEL_WORDS: ReadonlyArray<[string, Level]> = [
  ['Info ', Level.Info],
  ['Info\t', Level.Info],
  ['Error ', Level.Error],
  ['Warning ', Level.Warning],
  ['Fatal Error ', Level.Fatal],
  ['Perf ', Level.Info],
];

function levelAt21(s: string): Level | undefined {
  for (const [word, level] of LEVEL_WORDS) {
    if (s.startsWith(word, 21)) {
      return level;
    }
  }
  return undefined;
}

function componentAt43(s: string, memo: RecordMemo): string | undefined {
  const lastComponent = memo.lastComponent;
  const c43 = s.charCodeAt(43);
  if (c43 === 32) {
    return s.startsWith('      ', 43) ? '' : undefined;
  }
  if (c43 < 65 || c43 > 90) {
    return undefined;
  }
  if (lastComponent !== '' && s.startsWith(lastComponent, 43) && (43 + lastComponent.length === 49 || s.charCodeAt(43 + lastComponent.length) === 32)) {
    return lastComponent;
  }
  const component = s.slice(43, 49).trimEnd();
  if (!/^[A-Z][A-Za-z0-9_]{0,5}$/.test(component)) {
    return undefined;
  }
  memo.lastComponent = component;
  return component;
}

function parseFixedColumns(s: string, memo: RecordMemo): RecordHead | undefined {
  // Column check: a space at 20, 42 and 49; the level starts with a capital at 21.
  if (s.length < 49 || s.charCodeAt(20) !== 32 || s.charCodeAt(42) !== 32 || (s.length > 49 && s.charCodeAt(49) !== 32)) {
    return undefined;
  }
  const c21 = s.charCodeAt(21);
  if (c21 < 65 || c21 > 90) {
    return undefined;
  }
  let level = levelAt21(s);
  let messageId: [number, number] | undefined;
  // A message id sits right after the level padded to 10: `Info       [0x060228]`.
  const bracket = s.startsWith(' [0x', 31) ? 31 : -1;
  if (bracket > 0) {
    const end = s.indexOf(']', bracket);
    messageId = [bracket + 1, end + 1];
    if (level === undefined) {
      level = LEVELS[s.slice(21, bracket).trimEnd()];
    }
  }
  if (level === undefined) {
    const word = s.slice(21, 42).trimEnd();
    if (!/^[A-Z][a-z]+$/.test(word)) {
      return undefined;
    }
    level = LEVELS[word] ?? Level.Info;
  }
  const component = componentAt43(s, memo);
  if (component === undefined) {
    return undefined;
  }
  return { level, component, messageStart: Math.min(50, s.length), messageId };
}

function parseTolerant(s: string): RecordHead | undefined {
  const m = RX_PANTHER_HDR.exec(s);
  if (!m) {
    return undefined;
  }
  let messageId: [number, number] | undefined;
  if (m[3]) {
    const at = s.indexOf(m[3], 21);
    messageId = [at - 1, at + m[3].length + 1];
  }
  return { level: LEVELS[m[2] ?? ''] ?? Level.Info, component: m[4] ?? '', messageStart: m[0].length, messageId };
}

// CSI message: sequence number, optional UTC stamp, optional flag (formats.md §1.3).
export const RX_CSI =
  /^([0-9a-f]{8})(?:@(\d{4}\/\d{1,2}\/\d{1,2}:\d{2}:\d{2}:\d{2}\.\d{1,3})?)? (?:\(([A-Za-z])\) )?/;

/**
 * Named continuation forms (formats.md §1.2). Any other line still belongs to the record above;
 * these only decide whether a line counts as "classified".
 */
const CONTINUATION_FORMS: ReadonlyArray<[string, RegExp]> = [
  ['hashPair', /^ (?:Expected|Actual): \{/],
  ['hashPairW8', /^ +Found: \{l:\d+ b:[^}]*\} Expected: \{/],
  ['opList', /^ {2}(?:[A-Z][A-Za-z]+ )?\(\d+\)[: ]/],
  ['poqOp', /^ +\d+(?::|$)/],
  ['overlap', /^ +(?:Original|New) owner: /],
  ['aiDetail', /^ *(?:Old component|New component|Install mode|Smart installer|Installer ID|Installer name|Completion status): /],
  ['appxMsg', /^ +Msg:\[|^ - [A-Za-z_]\w*::[\w~]+/],
  ['hostInfo', /^ {20,}\S/],
  ['gle', /^\[gle=0x[0-9A-Fa-f]{8}\]$/],
  ['csiPerf', /^CSIPERF:/],
  ['poq', /^POQ \d+ (?:starts:|ends\.)$/],
  [
    'sur',
    /^(?:={20,}$|Checking System Update Readiness\.|\(p\)\t|Repair failed: |Summary:$|Operation: |Operation result: |Last Successful Step: |Total (?:Detected|Repaired) Corruption:|Total Operation Time: |\t[A-Za-z ]+:\t)/,
  ],
  ['checkSur', /^\((?:f|fix)\)\t?/],
  ['wimTrace', /^\[\d+(?:\.\d+)?\] \[/],
  ['wimProvider', /^ DISM WIM Provider: PID=/],
  ['wimMount', /^\[[A-Z]:\\\] is not a WIM mount point\.$/],
  ['setupDiagEntry', /^LogEntry: /],
  // A CSI `Component change list:` record lists one more component per line.
  ['componentChange', /^ {2}\{ [\d.]+ -> /],
  // The plan that CSI's scavenger prints after `Scavenge: Planning Complete.`
  ['scavengePlan', /^The following actions will be performed:$|^ {4,}[A-Z][\w/ ()-]*[Cc]andidates(?: \([\w ]+\))?: \d*$/],
];

export function isNamedContinuation(s: string): boolean {
  for (const [, rx] of CONTINUATION_FORMS) {
    if (rx.test(s)) {
      return true;
    }
  }
  return false;
}
