// What every operation builder gets: the records of a log, one at a time and in order, and the
// lines between them. The same calls serve a whole document and a file streamed in windows.

import type { Level } from '../model.js';
import type { Draft } from './draft.js';

export interface OperationBuilder {
  /**
   * A record line; `message` is the text after the record's columns (and the CSI prefix), `text`
   * the whole line (its timestamp, for builders that compare times).
   */
  record(line: number, level: Level, component: string, message: string, text: string): void;
  /** A line that is not a record (continuation, report block); only some builders care. */
  other?(line: number, text: string): void;
  /** The log ends after `lastLine`: close what is still open. */
  finish(lastLine: number): Draft[];
}

const RX_HRESULT = /\[HRESULT = (0x[0-9A-Fa-f]{8})|\bstatus:? (0x[0-9A-Fa-f]{1,8})|HRESULT=(0x)?([0-9A-Fa-f]{1,8})\b|\(hr:(0x[0-9A-Fa-f]{1,8})\)/;

/** The code an outcome line states, in the spellings those lines use. */
export function statedCode(message: string): number | undefined {
  const m = RX_HRESULT.exec(message);
  const hex = m && (m[1] ?? m[2] ?? m[4] ?? m[5]);
  return hex ? parseInt(hex.replace(/^0x/i, ''), 16) >>> 0 : undefined;
}

/** Seconds of a `yyyy-mm-dd hh:mm:ss` record timestamp (CBS, DISM, Panther); NaN for anything else. */
export function recordSeconds(text: string): number {
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return Date.parse(`${text.slice(at, at + 10)}T${text.slice(at + 11, at + 19)}Z`) / 1000;
}
