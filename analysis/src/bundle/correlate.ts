// Links between the logs of a bundle (anchors.md §6.2 point 5; formats.md §3.3 step 4: "match
// timestamps across setupact, setuperr and setupapi.dev.log").
//
// For every error of every log (verdicts, root causes and chains first), the lines of the OTHER
// logs that
//   (a) fall within ±windowMs of its time (each log in its own clock, see timeline.ts), and are
//       failures there or share a key with it; or
//   (b) share a key with it (keys.ts): failures there at any time within keyWindowMs, other lines
//       only within ±nearKeyMs (the same operation).
// Candidates are ranked (failure there, same second, shared key) and capped.
//
// Cost: per log one timeline and, on first use, one key index; per error a binary search in the
// other logs' failures by time and a look-up of its keys. No pass over lines per error.

import type { Failure, FailureRole, RelatedLine, Severity } from '../model.js';
import { lineAt, messageOf, type LogDocument } from '../document.js';
import { sameCode } from '../failures/label.js';
import { timeAt, timelineOf } from './timeline.js';
import { must } from '../must.js';
import { failuresNear, occurrencesNear, type LogView } from './candidates.js';
import { keyIndexOf, keysOfLine, keyValue } from './keys.js';
import { bundleNames, shortLine } from './names.js';
import { logText, phrase, type Phrase } from '../messages/index.js';

export interface CorrelateOptions {
  /** Half-width of the time window around an error, in ms. Default 2000. */
  windowMs?: number;
  /** Key links to failures further apart than this (both times known) are dropped. Default 3 days. */
  keyWindowMs?: number;
  /** Key links to lines that are not failures must be this close in time. Default 10 minutes. */
  nearKeyMs?: number;
  /** Most links per error, over all other logs. Default 10. */
  maxLinksPerFailure?: number;
  /** Most links per error into one other log. Default 5. */
  maxLinksPerLog?: number;
  /** Most errors per log that get links (verdicts, root causes and chains first). Default 200. */
  maxFailuresPerLog?: number;
  /** Display names of the logs (default: file names from the URIs). */
  names?: readonly string[];
}

/** `same-record`: the other log has the very same message (setuperr.log copies setupact.log). */
export type LinkReason = 'same-second' | 'near-time' | 'key' | 'same-record';

export interface BundleLink {
  /** The other log, as an index into the bundle, and its URI. */
  docIndex: number;
  uri?: string;
  line: number;
  reasons: LinkReason[];
  /** Shared keys (`inf:oposdrv.inf`). */
  keys: string[];
  /** Time of the linked line minus time of the error, in ms; NaN when either is unknown. */
  deltaMs: number;
  score: number;
  /** When the linked line is a failure in its log. */
  failure?: { code: string; severity: Severity; role: FailureRole; value?: number; message: Phrase };
  /** Why the lines are linked (`same second, oposdrv.inf`), when it can be said. */
  why?: Phrase;
  /** `setupapi.dev.log: !!! idb: Failed … (same second, oposdrv.inf)`. */
  message: Phrase;
  /** The same without the log's name (the editor names the file of related information). */
  unnamed: Phrase;
}

export interface FailureLinks {
  docIndex: number;
  line: number;
  /** The failure's diagnostic code (a log line can carry more than one finding). */
  code: string;
  links: BundleLink[];
  /** The links as LSP-ready related information (uri set). */
  related: RelatedLine[];
}

const DEFAULTS = {
  windowMs: 2000,
  keyWindowMs: 3 * 86_400_000,
  nearKeyMs: 10 * 60_000,
  maxLinksPerFailure: 10,
  maxLinksPerLog: 5,
  maxFailuresPerLog: 200,
};
const MAX_KEYS = 8;
const ROLE_ORDER: Record<FailureRole, number> = { verdict: 0, 'root-cause': 1, chain: 2, failure: 3, noise: 4 };

export function correlate(docs: readonly LogDocument[], failuresOf: (doc: LogDocument) => readonly Failure[], options: CorrelateOptions = {}): FailureLinks[] {
  const o = { ...DEFAULTS, ...stripUndefined(options) };
  const names = bundleNames(docs, options.names);
  const views: LogView[] = docs.map((doc, i) => {
    const failures = [...failuresOf(doc)];
    const byLine = new Map<number, Failure>();
    for (const f of failures) {
      const known = byLine.get(f.line);
      if (!known || rank(f) < rank(known)) {
        byLine.set(f.line, f);
      }
    }
    return { doc, name: must(names[i]), timeline: timelineOf(doc), failures, byLine };
  });
  const out: FailureLinks[] = [];
  if (docs.length < 2) {
    return out;
  }
  views.forEach((view, docIndex) => {
    const errors = view.failures
      .filter((f) => f.severity === 'error' && f.role !== 'noise')
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.line - b.line)
      .slice(0, o.maxFailuresPerLog);
    for (const failure of errors) {
      const links = linksFor(views, view, failure, o);
      if (links.length > 0) {
        out.push({
          docIndex,
          line: failure.line,
          code: failure.code,
          links,
          related: links.map((l) => ({ line: l.line, message: l.unnamed, uri: l.uri })),
        });
      }
    }
  });
  return out.sort((a, b) => a.docIndex - b.docIndex || a.line - b.line);
}

function stripUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function rank(f: Failure): number {
  const severity = { error: 0, warning: 1, information: 2, hint: 3 }[f.severity];
  return severity * 10 + ROLE_ORDER[f.role];
}

/** The keys of a failure: its own line's and those of the lines its chain links to. */
function keysOfFailure(doc: LogDocument, failure: Failure): string[] {
  const keys = new Set<string>();
  const lines = [failure.line, ...failure.related.filter((r) => r.uri === undefined).map((r) => r.line)];
  for (const line of lines) {
    for (const k of keysOfLine(doc, line)) {
      keys.add(k.key);
    }
  }
  const order = ['driver-package', 'inf', 'package', 'kb', 'device'];
  return [...keys].sort((a, b) => order.indexOf(a.slice(0, a.indexOf(':'))) - order.indexOf(b.slice(0, b.indexOf(':')))).slice(0, MAX_KEYS);
}

interface Candidate {
  line: number;
  time: number;
  keys: Set<string>;
  failure?: Failure;
}

function linksFor(views: LogView[], source: LogView, failure: Failure, o: typeof DEFAULTS): BundleLink[] {
  const time = timeAt(source.timeline, failure.line);
  const resolution = source.timeline.resolutionMs;
  const keys = keysOfFailure(source.doc, failure);
  const origin: Origin = { time, resolution, message: messageOf(source.doc, failure.line).trim(), value: failure.value };
  const all: BundleLink[] = [];
  views.forEach((target, targetIndex) => {
    if (target === source) {
      return;
    }
    const candidates = new Map<number, Candidate>();
    const add = (line: number, key?: string): void => {
      let c = candidates.get(line);
      if (!c) {
        c = { line, time: timeAt(target.timeline, line), keys: new Set(), failure: target.byLine.get(line) };
        candidates.set(line, c);
      }
      if (key) {
        c.keys.add(key);
      }
    };
    if (!Number.isNaN(time)) {
      for (const tf of failuresNear(target, time - o.windowMs - target.timeline.resolutionMs, time + resolution + o.windowMs)) {
        add(tf.failure.line);
      }
    }
    const index = keys.length > 0 ? keyIndexOf(target.doc) : undefined;
    for (const key of keys) {
      for (const line of occurrencesNear(target, index?.get(key) ?? [], time)) {
        add(line, key);
      }
    }
    const links: BundleLink[] = [];
    for (const c of candidates.values()) {
      const link = toLink(origin, target, targetIndex, c, o);
      if (link) {
        links.push(link);
      }
    }
    links.sort((a, b) => b.score - a.score || a.line - b.line);
    all.push(...links.slice(0, o.maxLinksPerLog));
  });
  return all.sort((a, b) => b.score - a.score || a.docIndex - b.docIndex || a.line - b.line).slice(0, o.maxLinksPerFailure);
}

/** The error that links are sought for. */
interface Origin {
  time: number;
  resolution: number;
  /** Its message column, to spot the same record copied into another log. */
  message: string;
  value?: number;
}

function toLink(origin: Origin, target: LogView, targetIndex: number, c: Candidate, o: typeof DEFAULTS): BundleLink | undefined {
  const { time, resolution } = origin;
  const known = !Number.isNaN(time) && !Number.isNaN(c.time);
  const delta = known ? c.time - time : NaN;
  // Overlap of the two stamps' intervals (a CBS second covers [t, t + 999]).
  const gap = known ? Math.max(0, time - (c.time + target.timeline.resolutionMs - 1), c.time - (time + resolution - 1)) : Infinity;
  const sameSecond = known && Math.floor(c.time / 1000) === Math.floor(time / 1000);
  const inWindow = gap <= o.windowMs;
  const serious = c.failure !== undefined && (c.failure.severity === 'error' || c.failure.severity === 'warning');
  const keyed = c.keys.size > 0;
  const accepted =
    (inWindow && (serious || keyed)) ||
    (keyed && serious && (!known || gap <= o.keyWindowMs)) ||
    (keyed && (!known || gap <= o.nearKeyMs));
  if (!accepted) {
    return undefined;
  }
  let score = 0;
  if (c.failure) {
    score += { error: 4, warning: 2, information: 1, hint: 0 }[c.failure.severity];
    score += c.failure.role === 'verdict' || c.failure.role === 'root-cause' ? 1 : 0;
  }
  if (sameSecond) {
    score += 3;
  } else if (inWindow) {
    score += 2;
  } else if (known) {
    score += Math.max(0, 1 - gap / o.keyWindowMs);
  }
  if (keyed) {
    score += 3 + (c.keys.size - 1);
  }
  const sameRecord = inWindow && origin.message.length > 0 && messageOf(target.doc, c.line).trim() === origin.message;
  if (sameRecord) {
    score += 4;
  }
  if (origin.value !== undefined && c.failure?.value !== undefined && sameCode(origin.value, c.failure.value)) {
    score += 1;
  }
  const reasons: LinkReason[] = [];
  if (sameSecond) {
    reasons.push('same-second');
  } else if (inWindow) {
    reasons.push('near-time');
  }
  if (keyed) {
    reasons.push('key');
  }
  if (sameRecord) {
    reasons.push('same-record');
  }
  const keys = [...c.keys];
  const text = c.failure ? c.failure.message : logText(shortLine(lineAt(target.doc, c.line)));
  const words: Phrase[] = [
    ...(sameSecond ? [phrase('link.sameSecond')] : known ? [formatDelta(delta)] : []),
    ...(sameRecord ? [phrase('link.sameRecord')] : []),
    ...keys.map((k) => logText(keyValue(k))),
  ];
  const why = words.length > 0 ? words.reduce((list, w) => phrase('link.list', { list, item: w })) : undefined;
  const because = why ? phrase('link.because', { why }) : '';
  return {
    docIndex: targetIndex,
    uri: target.doc.uri,
    line: c.line,
    reasons,
    keys,
    deltaMs: delta,
    score: Math.round(score * 100) / 100,
    failure: c.failure ? { code: c.failure.code, severity: c.failure.severity, role: c.failure.role, value: c.failure.value, message: c.failure.message } : undefined,
    ...(why ? { why } : {}),
    message: phrase('link.named', { name: target.name, text, because }),
    unnamed: phrase('link.unnamed', { text, because }),
  };
}

/** `+1.4 s`, `2 min earlier`, `3 h later`. */
function formatDelta(ms: number): Phrase {
  const abs = Math.abs(ms);
  if (abs < 60_000) {
    return logText(`${ms < 0 ? '−' : '+'}${(abs / 1000).toFixed(abs < 10_000 ? 1 : 0)} s`);
  }
  const when = ms < 0 ? 'earlier' : 'later';
  if (abs < 3_600_000) {
    return phrase(`link.minutes.${when}`, { count: Math.round(abs / 60_000) });
  }
  if (abs < 2 * 86_400_000) {
    return phrase(`link.hours.${when}`, { count: Math.round(abs / 3_600_000) });
  }
  return phrase(`link.days.${when}`, { count: Math.round(abs / 86_400_000) });
}

