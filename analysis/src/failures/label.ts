// How a code is named in diagnostic messages: `0x800703F1 ERROR_BADDB`.

import type { CodeHint, CodeSpan, Failure, Severity } from '../model.js';
import { lineAt, type LogDocument } from '../document.js';
import { describeCode } from '../codes/describe.js';
import { isSuccessCode } from '../operations/outcomes.js';
import { clueOf } from './clues.js';
import { phrase, type Phrase } from '../messages/index.js';


// Labels per document (keyed by its learned names): a log prints the same few codes thousands of times.
const LABELS = new WeakMap<object, Map<string, string>>();

export function codeLabel(doc: Pick<LogDocument, 'learnedNames'>, value: number, hint: CodeHint = 'any'): string {
  let memo = LABELS.get(doc.learnedNames);
  if (!memo) {
    memo = new Map();
    LABELS.set(doc.learnedNames, memo);
  }
  const key = `${hint}:${value}`;
  let label = memo.get(key);
  if (label === undefined) {
    label = describeLabel(doc, value, hint);
    memo.set(key, label);
  }
  return label;
}

function describeLabel(doc: Pick<LogDocument, 'learnedNames'>, value: number, hint: CodeHint): string {
  const d = describeCode(value, hint, doc.learnedNames.get(value));
  const decimal = value > 0 && value < 0x10000 ? ` (${value})` : '';
  return `${d.hex}${decimal}${d.name ? ` ${d.name}` : ''}`;
}

/** `: 0x800F0922 CBS_E_…` after a message, or nothing when there is no code to name. */
export function codeSuffix(label: string): Phrase | '' {
  return label ? phrase('diag.code', { label }) : '';
}

/** The first failing code of a line, preferring the main code over a `[gle=…]` trailer. */
export function failingCode(codes: readonly CodeSpan[]): CodeSpan | undefined {
  let fallback: CodeSpan | undefined;
  for (const c of codes) {
    if (isSuccessCode(c.value)) {
      continue;
    }
    if (c.secondary) {
      fallback ??= c;
    } else {
      return c;
    }
  }
  return fallback;
}

/** Win32 code behind a value, so that 1009, 0x3F1, 0x800703F1 and 0xC00703F1 compare equal. */
export function win32Of(value: number): number | undefined {
  if (value < 0x10000) {
    return value;
  }
  const high = value >>> 16;
  if (high === 0x8007 || high === 0xc007) {
    return value & 0xffff;
  }
  return undefined;
}

export function sameCode(a: number, b: number): boolean {
  if (a === b) {
    return true;
  }
  const wa = win32Of(a);
  return wa !== undefined && wa !== 0 && wa === win32Of(b);
}

export function shorten(msg: string): string {
  const s = msg.trim();
  return s.length > 140 ? `${s.slice(0, 139)}…` : s;
}

/** A record's own words, shortened, with its code decoded: `Failed to … — 0x800F081F CBS_E_SOURCE_MISSING`. */
export function describeWithCode(msg: string, label: string): string {
  const text = shorten(msg.replace(/\s+/g, ' '));
  if (!label) {
    return text;
  }
  // Say only what the line does not already say: the name, or the whole decoded label.
  const tokens = label.split(' ');
  const lastToken = tokens.at(-1) ?? '';
  const name = /^[A-Z][A-Z0-9_]+$/.test(lastToken) ? lastToken : undefined;
  if (name && text.includes(name)) {
    return text;
  }
  if (text.toLowerCase().includes((tokens[0] ?? '').toLowerCase().replace(/^0x0*/, ''))) {
    return name ? `${text} — ${name}` : text;
  }
  return `${text} — ${label}`;
}

/** A failure that spans its whole line. */
export function pushWholeLine(out: Failure[], doc: LogDocument, line: number, severity: Severity, code: string, message: Phrase, value?: number, role: Failure['role'] = 'failure'): void {
  const text = lineAt(doc, line);
  const clue = clueOf(text);
  out.push({ line, start: 0, end: text.length, severity, code, message, role, value, related: [], ...(clue ? { clue } : {}) });
}
