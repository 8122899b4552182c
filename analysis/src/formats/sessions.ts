// Structure of CBS, DISM and Panther logs for folding and the Outline: TrustedInstaller runs,
// CBS sessions, SFC runs, advanced installers, DISM sessions, the System Update Readiness report
// and multi-line records (formats.md §1.2 "Folding").

import { LineKind, type LogKind, type Section, type SectionKind } from '../model.js';
import { RX_CSI } from './records.js';
import type { ParsedLines } from './parsedLines.js';
import { must } from '../must.js';

const RX_TI_START = /^(?:TI: --- Initializing Trusted Installer ---|Starting TrustedInstaller initialization\.)/;
const RX_TI_END = /^(?:Ending TrustedInstaller finalization\.|TI: --- Ending Trusted Installer ---)/;
const RX_SESSION_INIT = /^Session: (\S+) initialized by client ([^,]+?)\.?(?:,|$)/;
const RX_SESSION_END = /^Session: (\S+) finalized\.(.*)$/;
const RX_SFC = /^\[SR\] /;
const RX_SFC_END = /^\[SR\] (?:Repair complete|Verify and Repair Transaction completed)/;
const RX_AI_START = /^Begin executing advanced installer/;
const RX_AI_END = /^End executing advanced installer/;
const RX_DISM_START = /<----- Starting (Dism\.exe|DismApi\.dll) session ----->/;
const RX_DISM_END = /<----- Ending (Dism\.exe|DismApi\.dll) session ----->/;
const RX_PID = /PID=(\d+)/;
// Every rule below needs one of these; most records have none and skip the rules after one test.
const RX_ANY_RULE = /^(?:TI:|Start|Ending|Loaded|Session:|\[SR\]|Begin exec|End exec)|<-----/;
/** The first characters of RX_ANY_RULE's anchored words. */
const RULE_FIRST_CHARS = 'TSEL[B';
const RX_STACK = /^Loaded Servicing Stack v(\S+)/;

interface Open {
  section: Section;
  key?: string;
}

export function buildFamilySections(kind: LogKind, parsed: ParsedLines): Section[] {
  const { get: getLine, kinds: lineKinds, messageStarts, componentIds, components, count: lineCount } = parsed;
  const top: Section[] = [];
  const records: Section[] = [];
  const stack: Open[] = [];
  // Sections closed on a record line also take that record's continuation lines.
  let extendThroughContinuation: Section[] = [];

  const open = (sectionKind: SectionKind, name: string, line: number, key?: string): Section => {
    const section: Section = { kind: sectionKind, name, detail: '', startLine: line, endLine: line, failed: false, children: [] };
    (stack.at(-1)?.section.children ?? top).push(section);
    stack.push({ section, key });
    return section;
  };
  const find = (sectionKind: SectionKind): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]?.section.kind === sectionKind) {
        return k;
      }
    }
    return -1;
  };
  /** Close the open section at stack index k and everything inside it. */
  const closeAt = (k: number, endLine: number, onRecord: boolean): void => {
    while (stack.length > k) {
      const { section } = stack.pop()!;
      section.endLine = Math.max(section.startLine, endLine);
      if (onRecord) {
        extendThroughContinuation.push(section);
      }
    }
  };

  let recordStart = -1;
  let lastContent = -1;
  const finishRecord = (): void => {
    if (recordStart >= 0 && lastContent > recordStart) {
      records.push({ kind: 'record', name: '', detail: '', startLine: recordStart, endLine: lastContent, failed: false, children: [] });
    }
  };
  let sur: Section | undefined;

  for (let i = 0; i < lineCount; i++) {
    const lineKind = lineKinds[i];
    if (lineKind !== LineKind.Record) {
      if (lineKind === LineKind.Blank) {
        continue;
      }
      lastContent = i;
      for (const s of extendThroughContinuation) {
        s.endLine = i;
      }
      const s = getLine(i);
      if (s.startsWith('Checking System Update Readiness.') && recordStart >= 0) {
        sur = { kind: 'cbs-sur-report', name: 'Component store report (System Update Readiness)', detail: '', startLine: recordStart, endLine: i, failed: false, children: [] };
        (stack.at(-1)?.section.children ?? top).push(sur);
      } else if (sur && s.startsWith('Operation result: ')) {
        sur.detail = s.slice('Operation result: '.length).trim();
      }
      if (sur) {
        sur.endLine = i;
      }
      continue;
    }
    finishRecord();
    recordStart = i;
    lastContent = i;
    extendThroughContinuation = [];
    sur = undefined;
    for (const { section } of stack) {
      section.endLine = i;
    }
    const line = getLine(i);
    const start = must(messageStarts[i]);
    const csi = components[must(componentIds[i])] === 'CSI';
    // Most records cannot match a rule (RX_ANY_RULE): told from one character, without a copy.
    if ((kind === 'cbs' || kind === 'dism' || kind === 'panther') && (csi || (start < line.length && RULE_FIRST_CHARS.includes(line.charAt(start))) || line.includes('<-----', start))) {
      let msg = line.slice(start);
      const prefix = csi ? RX_CSI.exec(msg) : null;
      if (prefix) {
        msg = msg.slice(prefix[0].length);
      }
      applyRules(msg, i);
    }
  }
  finishRecord();
  closeAt(0, lastContent >= 0 ? lastContent : lineCount - 1, false);
  return top.concat(records);

  function applyRules(msg: string, i: number): void {
    if (!RX_ANY_RULE.test(msg)) {
      return;
    }
    if (RX_TI_START.test(msg)) {
      if (find('cbs-trusted-installer') < 0) {
        closeAt(0, i - 1, false);
        open('cbs-trusted-installer', `TrustedInstaller ${timestampOf(getLine(i))}`, i);
      }
      return;
    }
    if (RX_TI_END.test(msg)) {
      const k = find('cbs-trusted-installer');
      if (k >= 0) {
        closeAt(k, i, true);
      }
      return;
    }
    const stackVersion = RX_STACK.exec(msg);
    if (stackVersion) {
      const installer = stack[find('cbs-trusted-installer')];
      if (installer && !installer.section.detail) {
        installer.section.detail = `servicing stack ${stackVersion[1]}`;
      }
      return;
    }
    const init = RX_SESSION_INIT.exec(msg);
    if (init) {
      const [, id = '', client = ''] = init;
      const k = find('cbs-session');
      if (k >= 0) {
        closeAt(k, i - 1, false);
      }
      open('cbs-session', `Session ${id} · ${client.trim()}`, i, id);
      return;
    }
    const end = RX_SESSION_END.exec(msg);
    if (end) {
      const [, id, rest = ''] = end;
      const k = find('cbs-session');
      const session = stack[k];
      if (session && session.key === id) {
        const [, hex = '', name] = /\[HRESULT = (0x[0-9A-Fa-f]{8})(?: - ([A-Z_a-z0-9]+))?\]/.exec(rest) ?? [];
        if (hex) {
          session.section.detail = name ?? hex;
        }
        closeAt(k, i, true);
      }
      return;
    }
    if (RX_SFC.test(msg)) {
      const k = find('cbs-sfc');
      if (k < 0) {
        open('cbs-sfc', 'SFC verify and repair', i);
      } else if (RX_SFC_END.test(msg)) {
        closeAt(k, i, true);
      } else {
        closeAt(k + 1, i, false);
      }
      return;
    }
    if (RX_AI_START.test(msg)) {
      open('cbs-advanced-installer', 'Advanced installer', i);
      return;
    }
    if (RX_AI_END.test(msg)) {
      const k = find('cbs-advanced-installer');
      if (k >= 0) {
        closeAt(k, i, true);
      }
      return;
    }
    const dismStart = RX_DISM_START.exec(msg);
    if (dismStart) {
      const pid = RX_PID.exec(msg)?.[1];
      open('dism-session', `${dismStart[1]} session${pid ? ` (PID ${pid})` : ''}`, i, `${dismStart[1]}:${pid ?? ''}`);
      return;
    }
    const dismEnd = RX_DISM_END.exec(msg);
    if (dismEnd) {
      const key = `${dismEnd[1]}:${RX_PID.exec(msg)?.[1] ?? ''}`;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]?.key === key) {
          closeAt(k, i, true);
          break;
        }
      }
    }
  }
}

function timestampOf(line: string): string {
  return line.replace(/^\uFEFF/, '').slice(0, 19);
}
