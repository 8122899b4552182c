// The log bundle: the servicing logs open in the editor plus those found in the workspace folders
// (any layout a log collector produces). Indexed in the background with progress, kept fresh by
// file events, and analysed as one (analysis/src/bundle): links between logs, known issues, the
// bundle report. Open documents win over their copy on disk.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  analyzeBundle,
  decodeLogBytes,
  detectByName,
  parseLog,
  type BundleAnalysis,
  type Failure,
  type LogDocument,
} from '../../analysis/src/index';
import type { ServerContext } from './context';
import { DEFAULT_SETTINGS } from './settings';
import { visibleFailures } from './context';

/** Files above this are not held in memory for correlation (use Analyze Large Log for them). */
const MAX_BUNDLE_FILE = 50 * 1024 * 1024;
const MAX_FILES = 200;
const MAX_DEPTH = 6;
/** A workspace that is not a log collection (a source tree) is not walked to the end. */
const MAX_DIRECTORIES = 2000;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode', '.e2e', 'out', 'dist']);

interface DiskLog {
  size: number;
  mtimeMs: number;
  doc?: LogDocument;
}

export class LogBundle {
  private readonly disk = new Map<string, DiskLog>();
  private roots: string[] = [];
  private directoriesSeen = 0;
  private analysis: { key: string; value: BundleAnalysis } | undefined;

  constructor(private readonly ctx: ServerContext) {}

  setRoots(uris: readonly string[]): void {
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  /** Walk the workspace folders for servicing logs (names only; parsing happens on use). */
  async index(report?: (message: string) => void): Promise<number> {
    this.disk.clear();
    this.analysis = undefined;
    this.directoriesSeen = 0;
    for (const root of this.roots) {
      await this.walk(root, 0, report);
    }
    this.analysis = undefined;
    return this.disk.size;
  }

  private async walk(dir: string, depth: number, report?: (message: string) => void): Promise<void> {
    if (depth > MAX_DEPTH || this.disk.size >= MAX_FILES || ++this.directoriesSeen > MAX_DIRECTORIES) {
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) {
        await this.walk(full, depth + 1, report);
      } else if (entry.isFile() && detectByName(full)) {
        const stat = await fs.promises.stat(full).catch(() => undefined);
        if (stat && stat.size <= MAX_BUNDLE_FILE) {
          this.disk.set(pathToFileURL(full).href, { size: stat.size, mtimeMs: stat.mtimeMs });
          report?.(`${this.disk.size} logs found`);
        }
      }
    }
  }

  /** A file changed, appeared or disappeared on disk. */
  fileChanged(uri: string, deleted: boolean): void {
    if (deleted) {
      this.disk.delete(uri);
    } else if (uri.startsWith('file:') && detectByName(uri)) {
      const stat = fs.statSync(fileURLToPath(uri), { throwIfNoEntry: false });
      if (stat && stat.size <= MAX_BUNDLE_FILE) {
        this.disk.set(uri, { size: stat.size, mtimeMs: stat.mtimeMs });
      }
    }
    this.analysis = undefined;
  }

  /** Every servicing log of the bundle: open documents first, then the rest from disk. */
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
      if (seen.has(uri)) {
        continue;
      }
      if (!entry.doc) {
        try {
          const decoded = decodeLogBytes(fs.readFileSync(fileURLToPath(uri)));
          entry.doc = decoded.binary ? undefined : parseLog(decoded.text, { uri });
        } catch {
          entry.doc = undefined;
        }
      }
      if (entry.doc && entry.doc.kind !== 'plain') {
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
    this.schedule();
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
