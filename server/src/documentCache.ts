// (uri, version) → LogDocument, parsed once per version. A new version of a known document is
// re-parsed incrementally (only the edited lines). LRU-bounded; entries are dropped when the
// editor closes the document. Every handler gets its LogDocument from here.

import { parseSteps, reparseLog, runSteps, type LogDocument } from '../../analysis/src/index.js';

export interface TextSource {
  uri: string;
  version: number;
  languageId: string;
  getText(): string;
}

interface Entry {
  version: number;
  /** Set once parsed; until then `steps` is the parse under way. */
  doc?: LogDocument;
  steps?: Generator<void, LogDocument>;
}

/** One turn of the event loop: the messages that arrived meanwhile are handled first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 8) {}

  /** The document now: a parse under way (see `load`) is finished at once. */
  get(source: TextSource): LogDocument {
    const entry = this.entry(source);
    return entry.doc ?? this.finish(entry, runSteps(entry.steps!));
  }

  /**
   * The document, parsed in steps with a turn of the event loop between them, so that requests
   * (a hover, folding, another document) are answered while a big log is parsed. Undefined when a
   * newer version or a close replaced this one meanwhile.
   */
  async load(source: TextSource): Promise<LogDocument | undefined> {
    const entry = this.entry(source);
    while (!entry.doc) {
      await nextTurn();
      if (this.entries.get(source.uri) !== entry) {
        return undefined;
      }
      // Another caller may have finished it during the turn.
      const next = entry.doc ? undefined : entry.steps!.next();
      if (next?.done) {
        this.finish(entry, next.value);
      }
    }
    return entry.doc;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }

  /** The entry of this version: found, re-parsed from the previous version, or a parse begun. */
  private entry(source: TextSource): Entry {
    const hit = this.entries.get(source.uri);
    this.entries.delete(source.uri);
    let entry: Entry;
    if (hit && hit.version === source.version) {
      entry = hit;
    } else {
      const options = { uri: source.uri, languageId: source.languageId };
      entry = hit?.doc ? { version: source.version, doc: reparseLog(hit.doc, source.getText(), options) } : { version: source.version, steps: parseSteps(source.getText(), options) };
    }
    this.entries.set(source.uri, entry);
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return entry;
  }

  private finish(entry: Entry, doc: LogDocument): LogDocument {
    entry.doc = doc;
    entry.steps = undefined;
    return doc;
  }
}
