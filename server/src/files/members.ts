// The members of a log collection, read within a memory budget: small logs are held as parsed
// documents (they take part in correlation and the bundle report); larger ones, and any once the
// budget is spent, are summarised by one streaming pass and dropped. Used by the CLI, the
// workspace bundle and Analyze Large Log, so every caller reads logs the same way.

import { pathToFileURL } from 'node:url';
import {
  createStreamAnalyzer,
  detectByName,
  findFailuresSteps,
  parseSteps,
  phrase,
  type LogDocument,
  type Phrase,
  type StreamResult,
} from '../../../analysis/src/index.js';
import type { Lang, TextEncoding } from '../../../analysis/src/index.js';
import type { FoundFile } from './find.js';
import { isProblem, readLogText, type ReadOptions, type ReadResult } from './read.js';

export interface MemberBudget {
  /** A log larger than this on disk is summarised, never held. */
  maxDocumentBytes: number;
  /** Disk bytes of all held documents together (a parsed document takes a few times its size). */
  totalDocumentBytes: number;
}

export const DEFAULT_BUDGET: MemberBudget = { maxDocumentBytes: 32 * 1024 * 1024, totalDocumentBytes: 192 * 1024 * 1024 };

export type MemberPlan = 'document' | 'summary';

/** Which members are held: smallest first (setupapi, DISM and Panther logs are the small ones), while the budget lasts. */
export function planMembers(files: readonly Pick<FoundFile, 'size'>[], budget: MemberBudget = DEFAULT_BUDGET): { plan: MemberPlan[]; reasons: (Phrase | undefined)[] } {
  const plan: MemberPlan[] = files.map(() => 'summary');
  const reasons: (Phrase | undefined)[] = files.map(() => undefined);
  let used = 0;
  const order = files.map(({ size }, i) => ({ size, i })).sort((a, b) => a.size - b.size || a.i - b.i);
  for (const { size, i } of order) {
    if (size > budget.maxDocumentBytes) {
      reasons[i] = phrase('file.larger', { size: mb(budget.maxDocumentBytes) });
    } else if (used + size > budget.totalDocumentBytes) {
      reasons[i] = phrase('file.budgetUsed', { size: mb(budget.totalDocumentBytes) });
    } else {
      plan[i] = 'document';
      used += size;
    }
  }
  return { plan, reasons };
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

const NOT_A_LOG = phrase('file.notALog');

/** A member that is not read: binary, no servicing log, or an I/O problem. */
export interface SkippedMember {
  reason: Phrase;
  io: boolean;
}

export interface DocumentMember {
  doc: LogDocument;
  notes: Phrase[];
}

export interface SummaryMember {
  result: StreamResult;
  notes: Phrase[];
  bytes: number;
  encoding: TextEncoding | undefined;
}

function whyNotRead(read: ReadResult): SkippedMember | undefined {
  if (read.binary) {
    return { reason: phrase('file.notText', { why: read.binary }), io: false };
  }
  if (read.cancelled) {
    return { reason: phrase('file.cancelled'), io: false };
  }
  return undefined;
}

export interface DocumentOptions extends ReadOptions {
  name?: string;
  noisePatterns?: readonly string[];
  /** Awaited between steps of the parse and of the failure search (the server answers requests there). */
  pause?: () => Promise<void>;
}

/** Read a member whole, parse it and find its failures (memoized on the document). */
export async function readDocument(file: string, options: DocumentOptions = {}): Promise<DocumentMember | SkippedMember> {
  const parts: string[] = [];
  const read = await readLogText(file, (text) => parts.push(text), options);
  if (isProblem(read)) {
    return read;
  }
  const problem = whyNotRead(read);
  if (problem) {
    return problem;
  }
  const doc = await stepped(parseSteps(parts.join(''), { uri: pathToFileURL(file).href }), options.pause);
  if (doc.kind === 'plain' && !detectByName(options.name ?? file)) {
    return { reason: NOT_A_LOG, io: false };
  }
  await stepped(findFailuresSteps(doc, { noisePatterns: options.noisePatterns }), options.pause);
  return { doc, notes: read.notes };
}

async function stepped<T>(steps: Generator<void, T>, pause?: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) {
      return next.value;
    }
    await pause?.();
  }
}

export interface StreamMemberOptions extends ReadOptions {
  name?: string;
  noisePatterns?: readonly string[];
  lang?: Lang;
  windowChars?: number;
  /** Progress of a read: pass 2 is the rare second read (a code named only after it was shown). */
  onPass?: (pass: 1 | 2, bytes: number) => void;
}

/**
 * The streamed analysis of a member, in one read: code names are learnt as it goes. When a name
 * printed late would change an earlier message, the file is read once more with every name, so
 * messages equal an in-memory analysis.
 */
export async function streamMember(file: string, options: StreamMemberOptions = {}): Promise<SummaryMember | SkippedMember> {
  const first = await streamOnce(file, options, 1);
  const member = !isSkipped(first) && first.result.namesLearnedLate ? await streamOnce(file, options, 2, first.result.learnedNames) : first;
  if (!isSkipped(member) && member.result.kind === 'plain' && !detectByName(options.name ?? file)) {
    return { reason: NOT_A_LOG, io: false };
  }
  return member;
}

async function streamOnce(file: string, options: StreamMemberOptions, pass: 1 | 2, learnedNames?: ReadonlyMap<number, string>): Promise<SummaryMember | SkippedMember> {
  const analyzer = createStreamAnalyzer({ uri: pathToFileURL(file).href, noisePatterns: options.noisePatterns, lang: options.lang, learnedNames, windowChars: options.windowChars });
  const read = await readLogText(file, (text) => analyzer.push(text), { ...options, onBytes: (b) => options.onPass?.(pass, b) });
  if (isProblem(read)) {
    return read;
  }
  return whyNotRead(read) ?? { result: analyzer.finish(), notes: read.notes, bytes: read.bytes, encoding: read.encoding };
}

export function isSkipped(member: object): member is SkippedMember {
  return 'reason' in member;
}
