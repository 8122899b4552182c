// Line splitting with offsets. One pass over the text, no regex over the whole text.
// "\r\n", "\n" and a lone "\r" all end a line, as in VS Code (so line numbers match the editor).

export interface LineTable {
  /** Offset of the first character of each line. */
  starts: Uint32Array;
  /** Offset just past the last character of each line, line break excluded. */
  ends: Uint32Array;
  count: number;
}

export function splitLines(text: string): LineTable {
  let capacity = Math.max(16, (text.length >>> 6) + 16);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let count = 0;
  let lineStart = 0;
  const push = (end: number, next: number): void => {
    if (count === capacity) {
      capacity *= 2;
      const s = new Uint32Array(capacity);
      s.set(starts);
      starts = s;
      const e = new Uint32Array(capacity);
      e.set(ends);
      ends = e;
    }
    starts[count] = lineStart;
    ends[count] = end;
    count++;
    lineStart = next;
  };
  const n = text.length;
  // The next "\n" and "\r" are looked up only once they are passed: a text without any "\r"
  // must not be rescanned for one at every line.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      push(cr, next);
    } else {
      push(lf, lf + 1);
    }
    if (lf >= 0 && lf < lineStart) {
      lf = text.indexOf('\n', lineStart);
    }
    if (cr >= 0 && cr < lineStart) {
      cr = text.indexOf('\r', lineStart);
    }
  }
  push(n, n);
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), count };
}
