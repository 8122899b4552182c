// Which log is this? File name first, then the content confirms (formats.md §6). Users rename
// files and paste excerpts into untitled editors, so content wins when the two disagree, except
// inside the CBS/DISM/Panther family, which shares one grammar: there the name picks.

import type { LogKind } from './model.js';
import { parseRecordHead } from './formats/records.js';
import { RX_SA_TITLE, RX_SA_START, RX_SA_EXIT, RX_SA_ENTRY } from './formats/setupapi.js';
import { RX_WU10, RX_WU7, WU_STUB } from './formats/windowsUpdate.js';

const NAME_RULES: ReadonlyArray<[RegExp, LogKind]> = [
  [/^setupapi\.(?:dev|app|setup|offline|upgrade)(?:\.\d{8}_\d{6})?\.log$/i, 'setupapi'],
  [/^setupapi\.log$/i, 'setupapi'],
  [/^cbs(?:\.persist)?\.log$|^cbspersist_\d{14}\.log$|^checksur(?:\.persist)?\.log$/i, 'cbs'],
  [/^dism\.log$/i, 'dism'],
  [/^setupdiagresults\.log$/i, 'setupdiag'],
  [/^setup(?:act|err)(?:_rollback)?\.log$/i, 'panther'],
  [/^windowsupdate.*\.log$|^uso\.log$|^ux\.log$/i, 'windowsupdate'],
];

const LANGUAGE_IDS: Record<string, LogKind> = {
  'cbs-log': 'cbs',
  'setupapi-log': 'setupapi',
  'dism-log': 'dism',
  'panther-log': 'panther',
  'windowsupdate-log': 'windowsupdate',
};

const FAMILY: ReadonlySet<LogKind> = new Set<LogKind>(['cbs', 'dism', 'panther']);
const CBS_COMPONENTS = new Set(['CBS', 'CSI', 'DPX', 'SXS', 'DEPLOY']);
const PANTHER_COMPONENTS = new Set(['SP', 'MIG', 'CONX', 'MOUPG', 'PANTHR', 'IBS', 'IBSLIB', 'SYSPRP', 'DIAG', 'DIAGER', 'UI', 'TOOL', 'CMI']);

export function detectByName(pathOrName: string | undefined): LogKind | undefined {
  if (!pathOrName) {
    return undefined;
  }
  const decoded = safeDecode(pathOrName);
  const name = decoded.replace(/[?#][\s\S]*$/, '').split(/[\\/]/).pop() ?? '';
  for (const [rx, kind] of NAME_RULES) {
    if (rx.test(name)) {
      return kind;
    }
  }
  if (/[\\/]logs[\\/]dism[\\/]/i.test(decoded)) {
    return 'dism';
  }
  if (/[\\/]panther[\\/]|\$windows\.~bt[\\/]/i.test(decoded)) {
    return 'panther';
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Classify by the first lines of the text (at most ~200 records are looked at). */
function detectByContent(lines: readonly string[]): LogKind | undefined {
  const first = lines.map((l) => l.replace(/^\uFEFF/, '')).filter((l) => l.trim() !== '');
  const head = first[0];
  if (head === undefined) {
    return undefined;
  }
  if (head.startsWith('[Device Install Log]') || head.startsWith('[SetupAPI Log]')) {
    return 'setupapi';
  }
  if (/^(?:Matching Profile found:|SetupDiag version:)/.test(head)) {
    return 'setupdiag';
  }
  if (first.slice(0, 5).some((l) => l.includes(WU_STUB))) {
    return 'windowsupdate';
  }
  const votes = { cbs: 0, dism: 0, panther: 0, records: 0, setupapi: 0, wu: 0 };
  for (const [i, line] of first.slice(0, 400).entries()) {
    if (RX_WU10.test(line) || RX_WU7.test(line)) {
      votes.wu++;
      continue;
    }
    if ((RX_SA_TITLE.test(line) && RX_SA_START.test(first[i + 1] ?? '')) || RX_SA_EXIT.test(line)) {
      votes.setupapi += 10;
      continue;
    }
    if (RX_SA_ENTRY.test(line) || /^(?:!!!|!) ?\s?[a-z]{3}: |^[a-z]{3}: [{A-Z]/.test(line)) {
      votes.setupapi++;
      continue;
    }
    const record = parseRecordHead(line);
    if (!record) {
      continue;
    }
    votes.records++;
    if (CBS_COMPONENTS.has(record.component)) {
      votes.cbs++;
    } else if (record.component === 'DISM') {
      votes.dism++;
    } else if (PANTHER_COMPONENTS.has(record.component) || record.messageId) {
      votes.panther++;
    }
  }
  const best = Math.max(votes.wu, votes.setupapi, votes.records);
  if (best === 0) {
    return undefined;
  }
  if (best === votes.wu) {
    return 'windowsupdate';
  }
  if (best === votes.setupapi) {
    return 'setupapi';
  }
  const family = Math.max(votes.cbs, votes.dism, votes.panther);
  if (family === 0) {
    return 'panther';
  }
  return family === votes.cbs ? 'cbs' : family === votes.dism ? 'dism' : 'panther';
}

/**
 * The kind of a log from its name (or URI), the editor's language id and its first lines.
 * `plain` when nothing says it is a servicing log.
 */
export function detectLogKind(firstLines: readonly string[], pathOrName?: string, languageId?: string): LogKind {
  const byName = (languageId ? LANGUAGE_IDS[languageId] : undefined) ?? detectByName(pathOrName);
  const byContent = detectByContent(firstLines);
  if (!byContent) {
    return byName ?? 'plain';
  }
  if (byName && FAMILY.has(byName) && FAMILY.has(byContent)) {
    return byName;
  }
  return byContent;
}
