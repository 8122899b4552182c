// WindowsUpdate.log (formats.md §3.2): the Windows 10+ text decoded from ETW traces, and the
// Windows 7 tab-separated file. Both are one record per line.

import { Level } from '../model';

export const RX_WU10 =
  /^(\d{4}[/.-]\d{2}[/.-]\d{2} \d{2}:\d{2}:\d{2}\.\d{7}) +(\d+) +(\d+) +(\S+) +/;
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
  const component = m.length === 5 ? m[4] : m[5];
  const message = s.slice(m[0].length);
  let level: Level = Level.Info;
  if (message.startsWith('FATAL') || message.includes('FATAL:')) {
    level = Level.Error;
  } else if (message.startsWith('WARNING:') || message.includes('*FAILED*')) {
    level = Level.Warning;
  }
  return { level, component, messageStart: m[0].length };
}
