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

import { LineKind } from '../model';
import { lineAt, type LogDocument } from '../document';
import { RX_CSI } from '../formats/panther';

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

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;

const cache = new WeakMap<LogDocument, Timeline>();

/** The timeline of a document, built once (one pass over the lines) and memoized. */
export function timelineOf(doc: LogDocument): Timeline {
  let timeline = cache.get(doc);
  if (!timeline) {
    timeline = buildTimeline(doc);
    cache.set(doc, timeline);
  }
  return timeline;
}

export function timeAt(timeline: Timeline, line: number): number {
  return line >= 0 && line < timeline.times.length ? timeline.times[line] : NaN;
}

/** The line whose own time is nearest to `time` (the first such line on a tie), if any. */
export function lineNearest(timeline: Timeline, time: number): number | undefined {
  const { order, times } = timeline;
  if (order.length === 0 || Number.isNaN(time)) {
    return undefined;
  }
  const k = lowerBound(timeline, time);
  if (k >= order.length) {
    return order[order.length - 1];
  }
  if (k === 0) {
    return order[0];
  }
  const after = order[k];
  const before = order[k - 1];
  if (times[after] - time < time - times[before]) {
    return after;
  }
  // The first line of the earlier time: walk back over equal times.
  let j = k - 1;
  while (j > 0 && times[order[j - 1]] === times[before]) {
    j--;
  }
  return order[j];
}

/** Lines with their own time in [from, to], in time order, at most `limit`. */
export function ownLinesBetween(timeline: Timeline, from: number, to: number, limit = Infinity): number[] {
  const out: number[] = [];
  const { order, times } = timeline;
  for (let k = lowerBound(timeline, from); k < order.length && times[order[k]] <= to && out.length < limit; k++) {
    out.push(order[k]);
  }
  return out;
}

/** First index of `order` whose time is >= time. */
function lowerBound(timeline: Timeline, time: number): number {
  const { order, times } = timeline;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[order[mid]] < time) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
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

// ---- CBS, DISM, Panther: `YYYY-MM-DD HH:MM:SS, …` at column 0 --------------------------------

function digits(s: string, at: number, count: number): number {
  let v = 0;
  for (let i = 0; i < count; i++) {
    const c = s.charCodeAt(at + i) - 48;
    if (c < 0 || c > 9) {
      return NaN;
    }
    v = v * 10 + c;
  }
  return v;
}

/** `YYYY?MM?DD?HH:MM:SS` at `at` (any separators), as local milliseconds. */
function stampAt(s: string, at: number): number {
  return Date.UTC(digits(s, at, 4), digits(s, at + 5, 2) - 1, digits(s, at + 8, 2), digits(s, at + 11, 2), digits(s, at + 14, 2), digits(s, at + 17, 2));
}

const UNIVERSAL = 'Universal Time is: ';
const RX_UNIVERSAL = /^Universal Time is: (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\.(\d{3})/;
const OFFSET_SAMPLES = 16;

function readFamilyStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): number | undefined {
  const samples: number[] = [];
  const text = doc.text;
  // Records come in runs of one date: compute a date's midnight once.
  let dayKey = -1;
  let dayMs = NaN;
  const csiId = doc.components.indexOf('CSI');
  for (let i = 0; i < doc.lines.count; i++) {
    if (doc.lineKinds[i] !== LineKind.Record) {
      continue;
    }
    let at = doc.lines.starts[i];
    if (text.charCodeAt(at) === 0xfeff) {
      at++;
    }
    const key = digits(text, at, 4) * 10000 + digits(text, at + 5, 2) * 100 + digits(text, at + 8, 2);
    if (key !== dayKey) {
      dayKey = key;
      dayMs = Date.UTC(Math.floor(key / 10000), (Math.floor(key / 100) % 100) - 1, key % 100);
    }
    const t = dayMs + ((digits(text, at + 11, 2) * 60 + digits(text, at + 14, 2)) * 60 + digits(text, at + 17, 2)) * 1000;
    if (Number.isNaN(t)) {
      continue;
    }
    times[i] = t;
    own[i] = 1;
    const messageStart = doc.lines.starts[i] + doc.messageStarts[i];
    if (samples.length < OFFSET_SAMPLES && ((csiId === doc.componentIds[i] && text.charCodeAt(messageStart + 8) === 64) /* 0000002b@… */ || text.startsWith(UNIVERSAL, messageStart))) {
      const utc = utcStampOf(text.slice(messageStart, doc.lines.ends[i]));
      if (utc !== undefined) {
        samples.push(t - utc);
      }
    }
  }
  return offsetFrom(samples);
}

/** The UTC time a record prints next to its local stamp (CSI `@…`, `Universal Time is: …`). */
function utcStampOf(message: string): number | undefined {
  const csi = RX_CSI.exec(message);
  if (csi?.[2]) {
    const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2}):(\d{2}):(\d{2}):(\d{2})\.(\d{1,3})$/.exec(csi[2]);
    if (m) {
      return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7].padEnd(3, '0'));
    }
  }
  const universal = RX_UNIVERSAL.exec(message);
  if (universal) {
    return stampAt(universal[1], 0) + Number(universal[2]);
  }
  return undefined;
}

/** The most common offset among the samples, rounded to a quarter hour (time zones are). */
function offsetFrom(samples: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const ms of samples) {
    const minutes = Math.round(ms / 900_000) * 15;
    counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [minutes, count] of counts) {
    if (count > bestCount) {
      best = minutes;
      bestCount = count;
    }
  }
  return best;
}

// SetupDiagResults.log quotes Panther records after `LogEntry: `.
function readSetupDiagStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): void {
  for (let i = 0; i < doc.lines.count; i++) {
    const s = lineAt(doc, i);
    if (s.startsWith('LogEntry: ')) {
      const t = stampAt(s, 10);
      if (!Number.isNaN(t)) {
        times[i] = t;
        own[i] = 1;
      }
    }
  }
}

// ---- setupapi: dated section lines, time-of-day at the end of body lines ----------------------

const RX_SA_DATED = /(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})/;

function readSetupapiStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): void {
  const text = doc.text;
  let day = NaN;
  let last = NaN;
  // Time-of-day lines seen before the first date: dated backwards from that date.
  const pending: { line: number; timeOfDay: number }[] = [];
  for (let i = 0; i < doc.lines.count; i++) {
    const kind = doc.lineKinds[i];
    const start = doc.lines.starts[i];
    const isBody = kind === LineKind.Record;
    if (!isBody && kind !== LineKind.SectionStart && kind !== LineKind.SectionEnd && kind !== LineKind.BootSession) {
      continue;
    }
    // Section lines carry a date; a body entry only with the optional `YYYY/MM/DD …` after its prefix.
    const dated = !isBody || text.charCodeAt(start + 9) === 47 /* / */ ? RX_SA_DATED.exec(lineAt(doc, i)) : null;
    if (dated) {
      const t = Date.UTC(+dated[1], +dated[2] - 1, +dated[3], +dated[4], +dated[5], +dated[6], +dated[7]);
      times[i] = t;
      own[i] = 1;
      day = t - (t % DAY_MS);
      last = t;
      if (pending.length > 0) {
        backdate(pending, t, times, own);
        pending.length = 0;
      }
      continue;
    }
    const timeOfDay = isBody ? trailingTimeOfDay(text, start, doc.lines.ends[i]) : NaN;
    if (Number.isNaN(timeOfDay)) {
      continue;
    }
    if (Number.isNaN(day)) {
      pending.push({ line: i, timeOfDay });
      continue;
    }
    let t = day + timeOfDay;
    // Midnight passed inside the section: the time of day went back by more than half a day.
    if (t < last - HALF_DAY_MS) {
      day += DAY_MS;
      t += DAY_MS;
    }
    times[i] = t;
    own[i] = 1;
    last = t;
  }
  // Section titles take the time of their `Section start` line.
  for (let i = 0; i + 1 < doc.lines.count; i++) {
    if (doc.lineKinds[i] === LineKind.SectionTitle && own[i + 1] === 1 && doc.lineKinds[i + 1] === LineKind.SectionStart) {
      times[i] = times[i + 1];
    }
  }
}

/** ` HH:MM:SS.mmm` at the end of a body line (trailing blanks allowed), in ms of the day. */
function trailingTimeOfDay(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
    end--;
  }
  const at = end - 12;
  if (at <= start || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at + 2) !== 58 || text.charCodeAt(at + 5) !== 58 || text.charCodeAt(at + 8) !== 46) {
    return NaN;
  }
  return ((digits(text, at, 2) * 60 + digits(text, at + 3, 2)) * 60 + digits(text, at + 6, 2)) * 1000 + digits(text, at + 9, 3);
}

/** Date time-of-day stamps that came before the first dated line, walking back from it. */
function backdate(pending: readonly { line: number; timeOfDay: number }[], firstDated: number, times: Float64Array, own: Uint8Array): void {
  let next = firstDated;
  for (let k = pending.length - 1; k >= 0; k--) {
    let t = next - (next % DAY_MS) + pending[k].timeOfDay;
    if (t > next + HALF_DAY_MS) {
      t -= DAY_MS;
    }
    times[pending[k].line] = t;
    own[pending[k].line] = 1;
    next = t;
  }
}

// ---- WindowsUpdate.log: Windows 10+ text from ETW, Windows 7 tab-separated -------------------

const RX_WU7_TZ = /Logging initialized \(build: [^,]*, tz: ([+-])(\d{2})(\d{2})\)/;

function readWindowsUpdateStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): number | undefined {
  const text = doc.text;
  let offset: number | undefined;
  for (let i = 0; i < doc.lines.count; i++) {
    if (doc.lineKinds[i] !== LineKind.Record) {
      continue;
    }
    const at = doc.lines.starts[i];
    const separator = text.charCodeAt(at + 10);
    let t = NaN;
    if (separator === 32 && text.charCodeAt(at + 19) === 46) {
      // Windows 10+: `2021/07/13 10:22:58.9553434` (date separator per locale), 7 fraction digits.
      t = stampAt(text, at) + Math.floor(digits(text, at + 20, 7) / 10_000);
    } else if (separator === 9 && text.charCodeAt(at + 19) === 58) {
      // Windows 7: `2021-08-28<TAB>03:07:48:216`.
      t = stampAt(text, at) + digits(text, at + 20, 3);
      const tz = offset === undefined ? RX_WU7_TZ.exec(lineAt(doc, i)) : null;
      if (tz) {
        offset = (tz[1] === '-' ? -1 : 1) * (Number(tz[2]) * 60 + Number(tz[3]));
      }
    }
    if (!Number.isNaN(t)) {
      times[i] = t;
      own[i] = 1;
    }
  }
  return offset;
}

// ---- shared -----------------------------------------------------------------------------------

function inheritTimes(times: Float64Array): void {
  let previous = NaN;
  let firstKnown = -1;
  for (let i = 0; i < times.length; i++) {
    if (Number.isNaN(times[i])) {
      times[i] = previous;
    } else {
      previous = times[i];
      if (firstKnown < 0) {
        firstKnown = i;
      }
    }
  }
  for (let i = 0; i < firstKnown; i++) {
    times[i] = times[firstKnown];
  }
}

function sortOwnLines(times: Float64Array, own: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < own.length; i++) {
    count += own[i];
  }
  const order = new Uint32Array(count);
  let k = 0;
  let sorted = true;
  let previous = -Infinity;
  for (let i = 0; i < own.length; i++) {
    if (own[i]) {
      order[k++] = i;
      if (times[i] < previous) {
        sorted = false;
      }
      previous = times[i];
    }
  }
  // Mostly sorted already; setupapi sections and WU threads interleave, so sort when needed.
  return sorted ? order : order.sort((a, b) => times[a] - times[b] || a - b);
}
