// Links each verdict to its root cause and the failures in between (formats.md §1.5 "Reading
// order", §2.5 "Root cause for a failed section", §3.3 "Analyst method").

import type { Failure, LogKind } from '../model';
import { lineAt, type LogDocument } from '../document';
import { hasRecordTimestamp } from '../formats/panther';
import { sameCode } from './label';
import { firstAtLeast } from '../search';
import { DiagnosticCode as C } from './catalog';

/** Failures further apart than this, in lines or in seconds, belong to different bursts. */
const BURST_LINES = 300;
const BURST_SECONDS = 120;
const MAX_RELATED = 20;

/**
 * What chain linking needs to know about a failure's line besides the failure itself. A plain
 * interface so that a streamed analysis (large files) can answer from what it recorded.
 */
export interface ChainContext {
  kind: LogKind;
  /** Milliseconds of the record the line belongs to (0 when the format has no dated records). */
  timeOf(line: number): number;
  /** The DISM process (PID) that wrote the line, if any. */
  processOf(line: number): string | undefined;
  /** First line of the setupapi section that holds the line, if any. */
  sectionStartOf(line: number): number | undefined;
}

export function chainContextOf(doc: LogDocument): ChainContext {
  return {
    kind: doc.kind,
    timeOf: recordClock(doc),
    processOf: (line) => (doc.kind === 'dism' ? RX_PID.exec(lineAt(doc, line))?.[1] : undefined),
    sectionStartOf: sectionLookup(doc),
  };
}

export function linkChains(doc: ChainContext, failures: Failure[]): void {
  const clock = (line: number): number => doc.timeOf(line);
  let verdicts = failures.filter((f) => f.role === 'verdict');
  if (verdicts.length === 0 && doc.kind === 'dism') {
    // A DISM log without a command verdict: its last error is the result.
    const last = [...failures].reverse().find((f) => f.severity === 'error' && f.role === 'failure');
    if (last) {
      last.role = 'verdict';
      verdicts = [last];
    }
  }
  const close = (a: Failure, b: Failure): boolean =>
    Math.abs(b.line - a.line) <= BURST_LINES && Math.abs(clock(b.line) - clock(a.line)) <= BURST_SECONDS * 1000;

  // A failed operation states its verdict more than once (`Setting original failure status`, then
  // `Exec: Processing complete … [HRESULT = …]`; Setup's `Operation failed`, `abandoning`,
  // `exiting with HRESULT`): verdicts close together are one, the last; the others join its chain.
  const groups: Failure[][] = [];
  for (const verdict of verdicts) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (last && close(last, verdict) && (sameValue(last, verdict) || doc.kind === 'panther') && samePid(doc, last, verdict)) {
      group.push(verdict);
    } else {
      groups.push([verdict]);
    }
  }
  let boundary = -1;
  for (const group of groups) {
    const verdict = group[group.length - 1];
    const echoes = group.slice(0, -1);
    for (const echo of echoes) {
      echo.role = 'chain';
    }
    const first = group[0];
    const candidates = failuresBetween(failures, boundary, first.line).filter(
      (f) => f.role !== 'noise' && f.role !== 'verdict' && inScope(doc, verdict, f),
    );
    boundary = verdict.line;
    const root = findRoot(doc, verdict, first, candidates, close);
    if (root) {
      root.role = 'root-cause';
      root.severity = 'error';
      root.message = `Root cause: ${root.message}`;
      root.related.push({ line: verdict.line, message: `Leads to: ${verdict.message}` });
      verdict.related.push({ line: root.line, message: root.message });
    }
    // The lines between the root cause and the verdict, including those among the verdict's echoes.
    // (Setup's echoes carry other codes than the verdict; CBS's carry the same one.)
    const inside = failuresBetween(failures, first.line, verdict.line).filter(
      (f) => f.role === 'failure' && (doc.kind === 'panther' ? f.severity === 'error' : sameValue(f, verdict)),
    );
    const between = root
      ? [...candidates.filter((f) => f !== root && f.line > root.line && (sameValue(f, verdict) || sameValue(f, root) || f.severity === 'error')), ...inside]
      : inside;
    // The verdict's own echoes first (they are few and say the most), then the lines in between.
    const chosen = [...echoes, ...between.filter((f) => !echoes.includes(f))].slice(0, MAX_RELATED).sort((a, b) => a.line - b.line);
    for (const f of chosen) {
      if (f.role === 'failure') {
        f.role = 'chain';
      }
      verdict.related.push({ line: f.line, message: f.message });
    }
  }
}

/** Failures on lines strictly between `from` and `to` (failures are in line order). */
function failuresBetween(failures: readonly Failure[], from: number, to: number): Failure[] {
  const first = firstAtLeast(failures, from + 1, byLine);
  return failures.slice(first, firstAtLeast(failures, to, byLine, first));
}

const byLine = (f: Failure): number => f.line;

/** Start of the setupapi section holding a line, by binary search over the (ordered) sections. */
function sectionLookup(doc: LogDocument): (line: number) => number | undefined {
  const sections = doc.sections.filter((s) => s.kind === 'setupapi-section');
  return (line) => {
    let lo = 0;
    let hi = sections.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = sections[mid];
      if (line < s.startLine) {
        hi = mid - 1;
      } else if (line > s.endLine) {
        lo = mid + 1;
      } else {
        return s.startLine;
      }
    }
    return undefined;
  };
}

function sameValue(a: Failure, b: Failure): boolean {
  return a.value !== undefined && b.value !== undefined && sameCode(a.value, b.value);
}

const RX_PID = /\bPID=(\d+)/;

/** DISM interleaves processes: a failure belongs to the verdict of its own process. */
function samePid(doc: ChainContext, a: Failure, b: Failure): boolean {
  if (doc.kind !== 'dism') {
    return true;
  }
  const pa = doc.processOf(a.line);
  const pb = doc.processOf(b.line);
  return pa === undefined || pb === undefined || pa === pb;
}

/** setupapi: only failures inside the failed section count; DISM: only the same process. */
function inScope(doc: ChainContext, verdict: Failure, f: Failure): boolean {
  if (doc.kind === 'dism') {
    return samePid(doc, verdict, f);
  }
  if (doc.kind !== 'setupapi' || verdict.code !== C.setupapiSectionFailed) {
    return true;
  }
  const start = doc.sectionStartOf(verdict.line);
  return start !== undefined && f.line >= start;
}

function findRoot(
  doc: ChainContext,
  verdict: Failure,
  first: Failure,
  candidates: Failure[],
  close: (a: Failure, b: Failure) => boolean,
): Failure | undefined {
  if (doc.kind === 'setupapi') {
    return candidates.find((f) => f.code === C.setupapiError) ?? candidates.find((f) => f.code === C.setupapiBlockFailed);
  }
  const same = candidates.filter((f) => sameValue(f, verdict) && close(f, first));
  if (doc.kind === 'cbs' && same.length > 0) {
    return same[0];
  }
  // The first failure of the burst that ends in the verdict (Microsoft's method for Setup logs).
  let earliest: Failure | undefined;
  let previous = first;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const f = candidates[k];
    if (!close(f, previous)) {
      break;
    }
    if (f.severity === 'error' || f.code === C.wimFailure || f.code === C.dismCbsError) {
      earliest = f;
      previous = f;
    }
  }
  return earliest ?? same[0];
}

/** Milliseconds of the record a line belongs to (0 when the format has no dated records). */
function recordClock(doc: LogDocument): (line: number) => number {
  if (doc.kind !== 'cbs' && doc.kind !== 'dism' && doc.kind !== 'panther') {
    return () => 0;
  }
  const memo = new Map<number, number>();
  return (line: number): number => {
    const known = memo.get(line);
    if (known !== undefined) {
      return known;
    }
    let time = 0;
    for (let i = line; i >= 0 && i > line - 5000; i--) {
      const text = lineAt(doc, i).replace(/^\uFEFF/, '');
      if (hasRecordTimestamp(text)) {
        time = Date.parse(`${text.slice(0, 10)}T${text.slice(11, 19)}Z`);
        break;
      }
    }
    memo.set(line, time);
    return time;
  };
}
