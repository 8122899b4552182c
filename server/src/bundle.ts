// The log bundle: the servicing logs open in the editor plus those found in the workspace folders
// (any layout a log collector produces). Indexed in the background with progress, kept fresh by
// file events and folder changes, and analysed as one (analysis/src/bundle): links between logs,
// known issues, the bundle report. Open documents win over their copy on disk.
//
// Memory is bounded by the member budget (files/members): logs within it are held as documents;
// larger ones are summarised by the streaming pass (counts and a summary line kept, the text
// dropped), and the user is told which were left out of correlation and why.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeBundle, detectByName, phrase, type BundleAnalysis, type Failure, type LogDocument, type Phrase } from '../../analysis/src/index.js';
import type { ServerContext } from './context.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { langOf, visibleFailures } from './context.js';
import { findFiles, type FoundFile } from './files/find.js';
import { DEFAULT_BUDGET, isSkipped, planMembers, readDocument } from './files/members.js';
import { OffThreadStreamer } from './files/offThread.js';

const MAX_FILES = 200;
const MAX_DEPTH = 6;
/** A workspace that is not a log collection (a source tree) is not walked to the end. */
const MAX_FOLDERS = 2000;
const SKIP_FOLDERS = new Set(['node_modules', '.git', '.vscode', '.e2e', 'out', 'dist']);
/** Small reads while indexing a held log: requests are answered between them. */
const INDEX_CHUNK_BYTES = 1024 * 1024;

interface DiskLog {
  size: number;
  mtimeMs: number;
  doc?: LogDocument;
  /** Why the log is not held for correlation (summarised or not read), for the user. */
  leftOut?: Phrase;
  /** The streaming pass's one line, for a summarised log. */
  summary?: string;
}

export interface LeftOut {
  name: string;
  reason: Phrase;
}

export class LogBundle {
  private disk = new Map<string, DiskLog>();
  private roots: string[] = [];
  private passed: LeftOut[] = [];
  private analysis: { key: string; value: BundleAnalysis } | undefined;
  /** Bumped by each index run: an older run still reading stops at its next file. */
  private generation = 0;
  /** While indexing, no bundle analysis is scheduled: it would run again after each log read. */
  private indexing = false;
  /** Members too large to hold are streamed in a worker thread, off the request path. */
  private readonly streamer = new OffThreadStreamer();

  constructor(private readonly ctx: ServerContext) {}

  setRoots(uris: readonly string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  /** workspace/didChangeWorkspaceFolders: the roots change; index again to apply. */
  changeRoots(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)));
    this.setRoots([...this.roots.filter((r) => !gone.has(r)).map((r) => pathToFileURL(r).href), ...added]);
  }

  /**
   * Walk the workspace folders for servicing logs and read them within the member budget.
   * Logs unchanged on disk since the last run are not read again. Returns the logs found.
   */
  async index(report?: (read: number, total: number) => void): Promise<number> {
    const generation = ++this.generation;
    this.indexing = true;
    try {
      return await this.indexRun(generation, report);
    } finally {
      this.indexing = generation !== this.generation;
      if (!this.indexing) {
        this.streamer.close();
      }
    }
  }

  private async indexRun(generation: number, report?: (read: number, total: number) => void): Promise<number> {
    const found = this.roots.length > 0 ? await findFiles(this.roots, { accept: (file) => detectByName(file) !== undefined, skipFolders: SKIP_FOLDERS, maxDepth: MAX_DEPTH, maxFiles: MAX_FILES, maxFolders: MAX_FOLDERS }) : undefined;
    if (!found || generation !== this.generation) {
      return this.disk.size;
    }
    const previous = this.disk;
    this.disk = new Map();
    this.passed = found.passed.map((p) => ({ name: p.name, reason: p.reason }));
    if (found.truncated) {
      this.passed.push({ name: found.root, reason: phrase('bundle.notSearched', { why: found.truncated }) });
    }
    const { plan, reasons } = planMembers(found.files, DEFAULT_BUDGET);
    for (const [i, file] of found.files.entries()) {
      if (generation !== this.generation) {
        break;
      }
      const uri = pathToFileURL(file.path).href;
      const old = previous.get(uri);
      const entry = old && old.size === file.size && old.mtimeMs === file.mtimeMs ? old : await this.read(file, plan[i] === 'document', reasons[i]);
      this.disk.set(uri, entry);
      this.analysis = undefined;
      report?.(i + 1, found.files.length);
    }
    return this.disk.size;
  }

  private async read(file: FoundFile, hold: boolean, whyNotHeld: Phrase | undefined): Promise<DiskLog> {
    const entry: DiskLog = { size: file.size, mtimeMs: file.mtimeMs };
    const plain = { ansi: DEFAULT_SETTINGS.ansiCodePage, noisePatterns: DEFAULT_SETTINGS.noisePatterns, name: file.path, lang: langOf(this.ctx) };
    const member = hold
      ? await readDocument(file.path, { ...plain, chunkBytes: INDEX_CHUNK_BYTES, pause: () => new Promise<void>((resolve) => setImmediate(resolve)) })
      : await this.streamer.stream(file.path, plain);
    if (isSkipped(member)) {
      entry.leftOut = member.reason;
    } else if ('doc' in member) {
      entry.doc = member.doc;
    } else {
      entry.leftOut = phrase('bundle.summarisedOnly', { why: whyNotHeld ?? phrase('file.tooLarge') });
      entry.summary = member.result.summary.text;
    }
    return entry;
  }

  /** What the bundle could not hold or read, and why (shown to the user after indexing). */
  leftOut(): LeftOut[] {
    const out = [...this.passed];
    for (const [uri, entry] of this.disk) {
      if (entry.leftOut) {
        out.push({ name: path.basename(fileURLToPath(uri)), reason: entry.summary ? phrase('bundle.withSummary', { reason: entry.leftOut, summary: entry.summary }) : entry.leftOut });
      }
    }
    return out;
  }

  /** A file changed, appeared or disappeared on disk: index again (unchanged logs are kept). */
  fileChanged(uri: string, deleted: boolean): void {
    if (deleted) {
      this.disk.delete(uri);
    } else if (uri.startsWith('file:') && detectByName(fileURLToPath(uri))) {
      // fileURLToPath throws on a URI no file can have; the caller logs it and goes on with the batch.
      this.scheduleIndex();
    }
    this.analysis = undefined;
  }

  private indexPending: NodeJS.Timeout | undefined;
  private scheduleIndex(): void {
    clearTimeout(this.indexPending);
    this.indexPending = setTimeout(() => {
      this.index().then(
        () => this.onAnalyzed(),
        (error: unknown) => this.ctx.connection.console.error(`indexing the workspace failed: ${String(error)}`),
      );
    }, 1000);
  }

  /** Every servicing log of the bundle: open documents first, then those held from disk. */
  documents(): LogDocument[] {
    const docs: LogDocument[] = [];
    const seen = new Set<string>();
    for (const text of this.ctx.documents.all()) {
      const doc = this.ctx.cache.get(text);
      if (doc.kind !== 'plain') {
        docs.push(doc);
        seen.add(text.uri);
      }
    }
    for (const [uri, entry] of this.disk) {
      if (!seen.has(uri) && entry.doc && entry.doc.kind !== 'plain') {
        docs.push(entry.doc);
      }
    }
    return docs;
  }

  private pending: NodeJS.Timeout | undefined;
  /** Called when a background analysis finished (to refresh diagnostics). */
  onAnalyzed: () => void = () => undefined;

  /**
   * The last bundle analysis, if it saw `uri` at its current version; otherwise undefined, and a
   * fresh analysis is scheduled (typing in one log must not re-correlate the bundle every key).
   */
  analysisFor(uri: string): BundleAnalysis | undefined {
    const current = this.analysis?.value;
    const doc = current?.docs.find((d) => d.uri === uri);
    if (current && doc && this.analysis?.key.includes(`${uri}@${this.versionOf(doc)}`)) {
      return current;
    }
    if (!this.indexing) {
      this.schedule();
    }
    return undefined;
  }

  private schedule(): void {
    if (this.pending) {
      return;
    }
    this.pending = setTimeout(() => {
      this.pending = undefined;
      const before = this.analysis?.key;
      try {
        this.analyze();
      } catch (error) {
        this.ctx.connection.console.error(`bundle analysis failed: ${String(error)}`);
        return;
      }
      if (this.analysis?.key !== before) {
        this.onAnalyzed();
      }
    }, 800);
  }

  /** The bundle analysis of the current documents; recomputed only when a document changed. */
  analyze(): BundleAnalysis {
    const docs = this.documents();
    const key = docs.map((d) => `${d.uri}@${this.versionOf(d)}`).join('|');
    if (!this.analysis || this.analysis.key !== key) {
      const failuresOf = (doc: LogDocument): readonly Failure[] => visibleFailures(doc, DEFAULT_SETTINGS);
      this.analysis = { key, value: analyzeBundle(docs, { failuresOf }) };
    }
    return this.analysis.value;
  }

  private versionOf(doc: LogDocument): string {
    const open = doc.uri ? this.ctx.documents.get(doc.uri) : undefined;
    if (open) {
      return `v${open.version}`;
    }
    const entry = doc.uri ? this.disk.get(doc.uri) : undefined;
    return entry ? `d${entry.mtimeMs}:${entry.size}` : 'x';
  }

  /** Index of `uri` in the analysis, or -1. */
  static indexOf(analysis: BundleAnalysis, uri: string): number {
    return analysis.docs.findIndex((d) => d.uri === uri);
  }

  /** The bundle has more than one log: cross-log features have something to say. */
  get isMultiLog(): boolean {
    return this.disk.size + this.ctx.documents.all().length > 1;
  }
}
