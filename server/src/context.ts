// What every feature module needs: the connection, the open documents, the parse cache and the
// settings, plus the one function that turns a document into its (filtered) failures.

import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findFailures, toLang, type Failure, type Lang, type LogDocument } from '../../analysis/src/index.js';
import type { DocumentCache } from './documentCache.js';
import { isAtLeast } from './convert.js';
import type { Settings, SettingsStore } from './settings.js';
import type { LogBundle } from './bundle.js';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: DocumentCache;
  settings: SettingsStore;
  bundle: LogBundle;
  /** The client's display language from `initialize` (VS Code sends vscode.env.language), e.g. `zh-cn`; `en` when not sent. */
  locale: string;
}

/** The language the server answers in: the client's display language. */
export function langOf(ctx: ServerContext): Lang {
  return toLang(ctx.locale);
}

export function getLogDocument(ctx: ServerContext, uri: string): LogDocument | undefined {
  const text = ctx.documents.get(uri);
  return text ? ctx.cache.get(text) : undefined;
}

/**
 * The failures the user asked to see: noise settings applied, severity floor. All of them: the
 * Problems panel groups them to fit VS Code's limit (features/problems.ts); nothing is cut here.
 */
export function visibleFailures(doc: LogDocument, settings: Settings): Failure[] {
  const all = findFailures(doc, { noisePatterns: settings.noisePatterns });
  return all.filter((f) => isAtLeast(f.severity, settings.minimumSeverity));
}

const LANGUAGE_OF_KIND: Record<string, string | undefined> = {
  cbs: 'cbs-log',
  dism: 'dism-log',
  panther: 'panther-log',
  setupdiag: 'panther-log',
  setupapi: 'setupapi-log',
  windowsupdate: 'windowsupdate-log',
};

export function languageIdOf(doc: LogDocument): string | undefined {
  return LANGUAGE_OF_KIND[doc.kind];
}
