// The time of every line of a log, in the log's own clock (formats.md §1.1, §1.3, §2.2–2.3, §3.2).
//
// Clock rule, kept simple on purpose: every time here is the machine's LOCAL wall-clock time,
// stored as "milliseconds since 1970 as if the printed fields were UTC" (Date.UTC of the fields).
// CBS, CbsPersist, DISM, Panther and setupapi stamps are local, so logs of one machine compare
// directly. CSI `@` stamps are UTC: they only serve to measure the log's UTC offset (with
// CBS `Universal Time is: …` and the Windows 7 WindowsUpdate.log `tz:`), which is reported in
// `utcOffsetMinutes` for whoever needs UTC. Get-WindowsUpdateLog text is taken as local time
// (formats.md §7 lists that as unverified).
//
// Lines without a stamp of their own take the time of the line before them; lines before the
// first stamp (an excerpt that starts mid-section) take the first time that follows.

import type { LogDocument } from '../document.js';
import { readFamilyStamps, readSetupapiStamps, readSetupDiagStamps, readWindowsUpdateStamps } from './stamps.js';
import { infoOf } from '../documentInfo.js';
import { must } from '../must.js';
import { firstAtLeast } from '../search.js';

export interface Timeline {
  /** Local wall-clock milliseconds of each line (see above); NaN when the log gives no time. */
  readonly times: Float64Array;
  /** 1 for lines that print their own time, 0 for lines that inherit one. */
  readonly own: Uint8Array;
  /** Lines with their own time, sorted by time (ties in line order): the search index. */
  readonly order: Uint32Array;
  /** Resolution of the printed stamps: 1000 (whole seconds: CBS, DISM, Panther) or 1 (ms). */
  readonly resolutionMs: number;
  /** Local time minus UTC, in minutes, when the log shows both clocks. */
  readonly utcOffsetMinutes?: number;
}

/** The timeline of a document, built once (one pass over the lines) and kept in its info. */
export function timelineOf(doc: LogDocument): Timeline {
  const info = infoOf(doc);
  info.timeline ??= buildTimeline(doc);
  return info.timeline;
}

/** The time of `line`: NaN when the log gives it none, or when there is no such line. */
export function timeAt(timeline: Timeline, line: number): number {
  return timeline.times[line] ?? NaN;
}

/** The line whose own time is nearest to `time` (the first such line on a tie), if any. */
export function lineNearest(timeline: Timeline, time: number): number | undefined {
  const { order } = timeline;
  if (order.length === 0 || Number.isNaN(time)) {
    return undefined;
  }
  const k = lowerBound(timeline, time);
  const after = order[k];
  const before = order[k - 1];
  if (after === undefined || before === undefined) {
    return after ?? before;
  }
  if (timeAt(timeline, after) - time < time - timeAt(timeline, before)) {
    return after;
  }
  // The first line of the earlier time: walk back over equal times.
  let j = k - 1;
  while (j > 0 && timeAt(timeline, must(order[j - 1])) === timeAt(timeline, before)) {
    j--;
  }
  return order[j];
}

/** Lines with their own time in [from, to], in time order, at most `limit`. */
export function ownLinesBetween(timeline: Timeline, from: number, to: number, limit = Infinity): number[] {
  const out: number[] = [];
  for (const line of timeline.order.subarray(lowerBound(timeline, from))) {
    if (out.length >= limit || timeAt(timeline, line) > to) {
      break;
    }
    out.push(line);
  }
  return out;
}

/** First index of `order` whose time is >= time. */
function lowerBound(timeline: Timeline, time: number): number {
  return firstAtLeast(timeline.order, time, (line) => timeAt(timeline, line));
}

/** `2022-10-10 15:33:51` (or `…51.638` when the milliseconds mean something). */
export function formatLocalTime(time: number, withMilliseconds = false): string {
  if (Number.isNaN(time)) {
    return '';
  }
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, withMilliseconds ? 23 : 19)}`;
}

export function buildTimeline(doc: LogDocument): Timeline {
  const n = doc.lines.count;
  const times = new Float64Array(n).fill(NaN);
  const own = new Uint8Array(n);
  let resolutionMs = 1;
  let offset: number | undefined;
  switch (doc.kind) {
    case 'cbs':
    case 'dism':
    case 'panther':
      resolutionMs = 1000;
      offset = readFamilyStamps(doc, times, own);
      break;
    case 'setupdiag':
      resolutionMs = 1000;
      readSetupDiagStamps(doc, times, own);
      break;
    case 'setupapi':
      readSetupapiStamps(doc, times, own);
      break;
    case 'windowsupdate':
      offset = readWindowsUpdateStamps(doc, times, own);
      break;
    default:
      break;
  }
  inheritTimes(times);
  return { times, own, order: sortOwnLines(times, own), resolutionMs, utcOffsetMinutes: offset };
}

function inheritTimes(times: Float64Array): void {
  let previous = NaN;
  let firstKnown = -1;
  for (const [i, t] of times.entries()) {
    if (Number.isNaN(t)) {
      times[i] = previous;
    } else {
      previous = t;
      if (firstKnown < 0) {
        firstKnown = i;
      }
    }
  }
  if (firstKnown > 0) {
    times.fill(must(times[firstKnown]), 0, firstKnown);
  }
}

function sortOwnLines(times: Float64Array, own: Uint8Array): Uint32Array {
  let count = 0;
  for (const o of own) {
    count += o;
  }
  const order = new Uint32Array(count);
  let k = 0;
  let sorted = true;
  let previous = -Infinity;
  for (const [i, o] of own.entries()) {
    if (o) {
      order[k++] = i;
      const t = must(times[i]);
      if (t < previous) {
        sorted = false;
      }
      previous = t;
    }
  }
  // Mostly sorted already; setupapi sections and WU threads interleave, so sort when needed.
  return sorted ? order : order.sort((a, b) => must(times[a]) - must(times[b]) || a - b);
}
