// (uri, version) → LogDocument, parsed once per version. LRU-bounded; entries are dropped when
// the editor closes the document. Every handler gets its LogDocument from here.

import { parseLog, type LogDocument } from '../../analysis/src/index';

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
    const doc = parseLog(source.getText(), { uri: source.uri, languageId: source.languageId });
    this.entries.delete(source.uri);
    this.entries.set(source.uri, { version: source.version, doc });
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return doc;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }
}
