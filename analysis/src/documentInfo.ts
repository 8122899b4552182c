// What is derived from a LogDocument, computed on first use and kept with the document: one lazy
// info per document (the shape of the markdown language service's MdDocumentInfo), in one place
// instead of a memo in every module. A document is immutable, so what is derived from it never
// goes stale; a re-parse of identical text returns the same document and so keeps its info.

import type { Operation } from './model.js';
import type { LogDocument } from './document.js';
import type { Timeline } from './bundle/timeline.js';
import type { KeyIndex } from './bundle/keys.js';
import type { FailuresMemo } from './failures/index.js';

export interface DocumentInfo {
  timeline?: Timeline;
  keyIndex?: KeyIndex;
  operations?: readonly Operation[];
  /** The failures (or their computation under way), for the noise settings they are for. */
  failures?: FailuresMemo;
}

const infos = new WeakMap<LogDocument, DocumentInfo>();

export function infoOf(doc: LogDocument): DocumentInfo {
  let info = infos.get(doc);
  if (!info) {
    info = {};
    infos.set(doc, info);
  }
  return info;
}
