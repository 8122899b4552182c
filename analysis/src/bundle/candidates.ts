// Where to look for the lines of another log that may belong to an error: its failures close in
// time (binary search over the failures sorted by time) and the occurrences of a shared key.

import { firstAtLeast } from '../search.js';
import type { Failure } from '../model.js';
import type { LogDocument } from '../document.js';
import { lineNearest, timeAt, type Timeline } from './timeline.js';
import { must } from '../must.js';

const MAX_OCCURRENCES_EACH_SIDE = 200;

export interface TimedFailure {
  time: number;
  failure: Failure;
}

export interface LogView {
  doc: LogDocument;
  name: string;
  timeline: Timeline;
  failures: Failure[];
  byLine: Map<number, Failure>;
  byTime?: TimedFailure[];
}

/** The target's failures (not noise) whose time falls in [from, to]. */
export function failuresNear(target: LogView, from: number, to: number): TimedFailure[] {
  if (!target.byTime) {
    target.byTime = target.failures
      .filter((f) => f.role !== 'noise' && f.severity !== 'hint')
      .map((failure) => ({ time: timeAt(target.timeline, failure.line), failure }))
      .filter((tf) => !Number.isNaN(tf.time))
      .sort((a, b) => a.time - b.time || a.failure.line - b.failure.line);
  }
  const list = target.byTime;
  const out: TimedFailure[] = [];
  for (let k = firstAtLeast(list, from, (t) => t.time); k < list.length; k++) {
    const tf = must(list[k]);
    if (tf.time > to) {
      break;
    }
    out.push(tf);
  }
  return out;
}

/**
 * The occurrences of a key worth checking: all of them when few, else those around the line
 * nearest in time (lines and time grow together in a log, near enough for this).
 */
export function occurrencesNear(target: LogView, lines: readonly number[], time: number): readonly number[] {
  if (lines.length <= 2 * MAX_OCCURRENCES_EACH_SIDE) {
    return lines;
  }
  const pivot = Number.isNaN(time) ? undefined : lineNearest(target.timeline, time);
  const out = new Set<number>();
  // Failures that mention the key always count.
  for (const line of lines) {
    if (target.byLine.has(line) && out.size < MAX_OCCURRENCES_EACH_SIDE) {
      out.add(line);
    }
  }
  const from = pivot === undefined ? 0 : Math.max(0, firstAtLeast(lines, pivot, (line) => line) - MAX_OCCURRENCES_EACH_SIDE);
  for (const line of lines.slice(from, from + 2 * MAX_OCCURRENCES_EACH_SIDE)) {
    out.add(line);
  }
  return [...out];
}
