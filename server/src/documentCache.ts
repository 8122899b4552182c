// (uri, version) → LogDocument, parsed once per version. A new version of a known document is
// re-parsed incrementally (only the edited lines). LRU-bounded; entries are dropped when the
// editor closes the document. Every handler gets its LogDocument from here.

import { parseLog, reparseLog, type LogDocument } from '../../analysis/src/index';

export interface TextSource {
  uri: string;
  version: number;
  languageId: string;
  getText(): string;
}

interface Entry {
  version: number;
  doc: LogDocument;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 8) {}

  get(source: TextSource): LogDocument {
    const hit = this.entries.get(source.uri);
    if (hit && hit.version === source.version) {
      this.entries.delete(source.uri);
      this.entries.set(source.uri, hit);
      return hit.doc;
    }
    const options = { uri: source.uri, languageId: source.languageId };
    const doc = hit ? reparseLog(hit.doc, source.getText(), options) : parseLog(source.getText(), options);
    this.entries.delete(source.uri);
    this.entries.set(source.uri, { version: source.version, doc });
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return doc;
  }

  /** The version last parsed for `uri`, if any (a request can tell that its work went stale). */
  versionOf(uri: string): number | undefined {
    return this.entries.get(uri)?.version;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }
}
