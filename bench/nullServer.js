// The reference language server for the benchmark: it does nothing. Full text sync, an empty
// diagnostics list pushed on didOpen, a constant hover, no folding ranges. It uses the same
// libraries as ours (vscode-languageserver, vscode-languageserver-textdocument), so what it costs
// is the cost of LSP itself: the stdio transport, JSON, the document store.
//
//   node bench/nullServer.js --stdio
'use strict';

const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, MarkupKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  serverInfo: { name: 'null-server', version: '1.0.0' },
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Full,
    hoverProvider: true,
    foldingRangeProvider: true,
  },
}));

documents.onDidOpen((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] });
});

const HOVER = { contents: { kind: MarkupKind.Markdown, value: '**0x800F081F** CBS_E_SOURCE_MISSING' } };
connection.onHover(() => HOVER);
connection.onFoldingRanges(() => []);

documents.listen(connection);
connection.listen();
