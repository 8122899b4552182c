// The timestamps each log format prints, read into a timeline (see timeline.ts for the clock
// rule). One reader per format; each fills `times` and `own` for the lines with a stamp of their
// own and returns the log's UTC offset in minutes when the log shows one.

import { LineKind } from '../model.js';
import { lineAt, type LogDocument } from '../document.js';
import { RX_CSI } from '../formats/records.js';
import { must } from '../must.js';

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;

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

export function readFamilyStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): number | undefined {
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
    let at = must(doc.lines.starts[i]);
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
    const messageStart = must(doc.lines.starts[i]) + must(doc.messageStarts[i]);
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
      const [, y = '', mo = '', d = '', h = '', mi = '', s = '', ms = ''] = m;
      return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms.padEnd(3, '0'));
    }
  }
  const universal = RX_UNIVERSAL.exec(message);
  if (universal) {
    const [, stamp = '', ms = ''] = universal;
    return stampAt(stamp, 0) + Number(ms);
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
export function readSetupDiagStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): void {
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

export function readSetupapiStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): void {
  const text = doc.text;
  let day = NaN;
  let last = NaN;
  // Time-of-day lines seen before the first date: dated backwards from that date.
  const pending: { line: number; timeOfDay: number }[] = [];
  for (let i = 0; i < doc.lines.count; i++) {
    const kind = doc.lineKinds[i];
    const start = must(doc.lines.starts[i]);
    const isBody = kind === LineKind.Record;
    if (!isBody && kind !== LineKind.SectionStart && kind !== LineKind.SectionEnd && kind !== LineKind.BootSession) {
      continue;
    }
    // Section lines carry a date; a body entry only with the optional `YYYY/MM/DD …` after its prefix.
    const dated = !isBody || text.charCodeAt(start + 9) === 47 /* / */ ? RX_SA_DATED.exec(lineAt(doc, i)) : null;
    if (dated) {
      const [, y = '', mo = '', d = '', h = '', mi = '', s = '', ms = ''] = dated;
      const t = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms);
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
    const timeOfDay = isBody ? trailingTimeOfDay(text, start, must(doc.lines.ends[i])) : NaN;
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
      times[i] = must(times[i + 1]);
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
  for (const { line, timeOfDay } of [...pending].reverse()) {
    let t = next - (next % DAY_MS) + timeOfDay;
    if (t > next + HALF_DAY_MS) {
      t -= DAY_MS;
    }
    times[line] = t;
    own[line] = 1;
    next = t;
  }
}

// ---- WindowsUpdate.log: Windows 10+ text from ETW, Windows 7 tab-separated -------------------

const RX_WU7_TZ = /Logging initialized \(build: [^,(]*, tz: ([+-])(\d{2})(\d{2})\)/;

export function readWindowsUpdateStamps(doc: LogDocument, times: Float64Array, own: Uint8Array): number | undefined {
  const text = doc.text;
  let offset: number | undefined;
  for (let i = 0; i < doc.lines.count; i++) {
    if (doc.lineKinds[i] !== LineKind.Record) {
      continue;
    }
    const at = must(doc.lines.starts[i]);
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
