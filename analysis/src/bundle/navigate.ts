// Moving between the logs of a bundle: "Show This Moment in Other Logs" (by time) and go to
// definition / peek on a shared key (by key).

import type { LogDocument } from '../document.js';
import { timelineOf, lineNearest, ownLinesBetween, timeAt } from './timeline.js';
import { keyIndexOf } from './keys.js';

export interface MomentLine {
  docIndex: number;
  uri?: string;
  line: number;
  /** Time of that line minus the time of the given line, in ms. */
  deltaMs: number;
}

/**
 * "Show This Moment in Other Logs": in every other log with a clock, the first line within the
 * moment of `line` of log `docIndex` (a whole second for CBS, DISM and Panther stamps), else the
 * line nearest to it, unless that is more than `maxDeltaMs` away. Empty when that line has no time.
 */
export function momentInOtherLogs(docs: readonly LogDocument[], docIndex: number, line: number, maxDeltaMs = Infinity): readonly MomentLine[] {
  const sourceDoc = docs[docIndex];
  if (sourceDoc === undefined) {
    return [];
  }
  const source = timelineOf(sourceDoc);
  const time = timeAt(source, line);
  if (Number.isNaN(time)) {
    return [];
  }
  const last = time + source.resolutionMs - 1;
  const out: MomentLine[] = [];
  docs.forEach((doc, i) => {
    if (i === docIndex) {
      return;
    }
    const timeline = timelineOf(doc);
    const nearest = ownLinesBetween(timeline, time, last, 1)[0] ?? lineNearest(timeline, time);
    const deltaMs = nearest === undefined ? NaN : timeAt(timeline, nearest) - time;
    if (nearest !== undefined && Math.abs(deltaMs) <= maxDeltaMs) {
      out.push({ docIndex: i, uri: doc.uri, line: nearest, deltaMs });
    }
  });
  return out;
}

export interface KeyLocation {
  docIndex: number;
  uri?: string;
  line: number;
}

/** Where the logs of a bundle mention a key (go to definition / peek), at most `maxPerLog` each. */
export function keyLocations(docs: readonly LogDocument[], key: string, maxPerLog = 200): readonly KeyLocation[] {
  const out: KeyLocation[] = [];
  docs.forEach((doc, docIndex) => {
    const lines = keyIndexOf(doc).get(key) ?? [];
    for (const line of lines.slice(0, maxPerLog)) {
      out.push({ docIndex, uri: doc.uri, line });
    }
  });
  return out;
}
