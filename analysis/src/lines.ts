// Line splitting with offsets. One pass over the text, no regex over the whole text.
// "\r\n", "\n" and a lone "\r" all end a line, as in VS Code (so line numbers match the editor).

import { must } from './must.js';

export interface LineTable {
  /** Offset of the first character of each line. */
  starts: Uint32Array;
  /** Offset just past the last character of each line, line break excluded. */
  ends: Uint32Array;
  count: number;
}

export function splitLines(text: string): LineTable {
  const out = new LineBuilder(text.length);
  out.push(splitRange(text, 0, text.length, out), text.length);
  return out.table();
}

/**
 * The lines of `text` after an edit, reusing `old` (the lines of the text before it) outside the
 * edit: `prefix` characters at the start and `suffix` at the end are unchanged. Only the lines
 * around the edit are split again; the ones after it are shifted. Equals `splitLines(text)` (tested).
 */
export function spliceLines(old: LineTable, oldLength: number, text: string, prefix: number, suffix: number): LineTable {
  const delta = text.length - oldLength;
  // From the line before the one holding the edit: a "\r" just before it may now pair with a "\n".
  const first = Math.max(0, lineOfOffset(old, prefix) - 1);
  // The first old line start whose break and first character both lie in the unchanged tail is a
  // line start in the new text too, and every line after it is the same, shifted.
  let tail = lineOfOffset(old, Math.max(prefix, oldLength - suffix + 1)) + 1;
  while (tail < old.count && must(old.starts[tail]) - 2 < oldLength - suffix) {
    tail++;
  }
  const out = new LineBuilder(old.count + 16);
  out.copy(old, 0, first, 0);
  const from = must(old.starts[first]);
  if (tail >= old.count) {
    out.push(splitRange(text, from, text.length, out), text.length);
  } else {
    splitRange(text, from, must(old.starts[tail]) + delta, out);
    out.copy(old, tail, old.count, delta);
  }
  return out.table();
}

/** Index of the line that contains `offset`. */
export function lineOfOffset(lines: LineTable, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (must(lines.starts[mid]) <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Push the lines that end with a line break in `text[from, to)`; returns where the rest starts. */
function splitRange(text: string, from: number, to: number, out: LineBuilder): number {
  let lineStart = from;
  // The next "\n" and "\r" are looked up only once they are passed: a text without any "\r"
  // must not be rescanned for one at every line.
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  if (lf >= to) {
    lf = -1;
  }
  if (cr >= to) {
    cr = -1;
  }
  while (lf >= 0 || cr >= 0) {
    let next: number;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      out.push(lineStart, cr);
    } else {
      next = lf + 1;
      out.push(lineStart, lf);
    }
    lineStart = next;
    if (lf >= 0 && lf < lineStart) {
      lf = text.indexOf('\n', lineStart);
      if (lf >= to) {
        lf = -1;
      }
    }
    if (cr >= 0 && cr < lineStart) {
      cr = text.indexOf('\r', lineStart);
      if (cr >= to) {
        cr = -1;
      }
    }
  }
  return lineStart;
}

class LineBuilder {
  private starts: Uint32Array;
  private ends: Uint32Array;
  private count = 0;

  constructor(textLength: number) {
    const capacity = Math.max(16, (textLength >>> 6) + 16);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  push(start: number, end: number): void {
    this.reserve(1);
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** Lines `from` to `to` (exclusive) of `lines`, their offsets moved by `delta`. */
  copy(lines: LineTable, from: number, to: number, delta: number): void {
    const n = to - from;
    this.reserve(n);
    const s = lines.starts.subarray(from, to);
    const e = lines.ends.subarray(from, to);
    if (delta === 0) {
      this.starts.set(s, this.count);
      this.ends.set(e, this.count);
    } else {
      for (let k = 0; k < n; k++) {
        this.starts[this.count + k] = must(s[k]) + delta;
        this.ends[this.count + k] = must(e[k]) + delta;
      }
    }
    this.count += n;
  }

  table(): LineTable {
    return { starts: this.starts.subarray(0, this.count), ends: this.ends.subarray(0, this.count), count: this.count };
  }

  private reserve(n: number): void {
    if (this.count + n <= this.starts.length) {
      return;
    }
    const capacity = Math.max(this.starts.length * 2, this.count + n);
    const s = new Uint32Array(capacity);
    s.set(this.starts.subarray(0, this.count));
    this.starts = s;
    const e = new Uint32Array(capacity);
    e.set(this.ends.subarray(0, this.count));
    this.ends = e;
  }
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. A slice keeps its whole
 * parent string alive: whatever outlives a streamed window must not pin the window in memory.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
