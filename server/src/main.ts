// Entry point of the language server bundle (dist/server.js). The transport comes from the
// command line, as vscode-languageserver reads it: --stdio, --node-ipc or --socket=N.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

startServer(createConnection(ProposedFeatures.all));
