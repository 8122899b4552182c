// WindowsUpdate.log (formats.md §3.2): the Windows 10+ text decoded from ETW traces, and the
// Windows 7 tab-separated file. Both are one record per line.

import { Level, LineKind, type Section } from '../model.js';
import type { ParsedLines } from './parsedLines.js';
import { must } from '../must.js';

export const RX_WU10 =
  /^(\d{4}[/.-]\d{2}[/.-]\d{2}[ \t]\d{2}:\d{2}:\d{2}\.\d{7})[ \t]+(\d+)[ \t]+(\d+)[ \t]+(\S+)[ \t]+/;
export const RX_WU7 = /^(\d{4}-\d{2}-\d{2})\t(\d{2}:\d{2}:\d{2}:\d{3})\t *(\d+)\t *([0-9a-fA-F]+)\t([^\t]+)\t/;
export const WU_STUB = 'Windows Update logs are now generated using ETW';

export interface WuHead {
  level: Level;
  component: string;
  messageStart: number;
}

export function parseWuHead(s: string): WuHead | undefined {
  const m = RX_WU10.exec(s) ?? RX_WU7.exec(s);
  if (!m) {
    return undefined;
  }
  const component = (m.length === 5 ? m[4] : m[5]) ?? '';
  const message = s.slice(m[0].length);
  let level: Level = Level.Info;
  if (message.startsWith('FATAL') || message.includes('FATAL:')) {
    level = Level.Error;
  } else if (message.startsWith('WARNING:') || message.includes('*FAILED*')) {
    level = Level.Warning;
  }
  return { level, component, messageStart: m[0].length };
}

// Operation banners: `* START *` / `* END *` (Windows 10+), `** START **`, `## START ##`,
// `:: START ::`, `-- START --` (Windows 7). An END closes the latest open START of the same
// component whose text begins with the same two words.
const RX_BANNER = /^(?:\*{1,2}|##|::|--)\s+(START|END)\s+(?:\*{1,2}|##|::|--)\s+(?!\s)(.*)$/;

function bannerKey(component: string, text: string): string {
  return `${component}|${text.split(/[\s:=,[]+/).filter(Boolean).slice(0, 2).join(' ').toLowerCase()}`;
}

export function buildWuSections(parsed: ParsedLines): Section[] {
  const { get: getLine, kinds: lineKinds, messageStarts, componentIds, components, count: lineCount } = parsed;
  const sections: Section[] = [];
  const open = new Map<string, Section[]>();
  for (let i = 0; i < lineCount; i++) {
    if (lineKinds[i] !== LineKind.Record) {
      continue;
    }
    const message = getLine(i).slice(messageStarts[i]);
    if (message.indexOf('START') < 0 && message.indexOf('END') < 0) {
      continue;
    }
    const m = RX_BANNER.exec(message.trim());
    if (!m) {
      continue;
    }
    const [, edge, title = ''] = m;
    const text = title.trim();
    const key = bannerKey(components[must(componentIds[i])] ?? '', text);
    if (edge === 'START') {
      const section: Section = { kind: 'wu-operation', name: text.length > 90 ? `${text.slice(0, 89)}…` : text, detail: '', startLine: i, endLine: i, failed: false, children: [] };
      sections.push(section);
      open.set(key, [...(open.get(key) ?? []), section]);
    } else {
      const stack = open.get(key);
      const section = stack?.pop();
      if (section) {
        section.endLine = i;
        const result = /(?:Updates found = \d+|Exit code = 0x[0-9A-Fa-f]+|Succeeded = \d+)/.exec(text);
        section.detail = result ? result[0] : '';
      }
    }
  }
  // A START without its END (the log was cut, or the END reworded) is no range.
  return sections.filter((s) => s.endLine > s.startLine);
}
