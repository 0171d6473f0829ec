// Entry point of dist/server.js. The transport comes from the command line:
// VS Code starts the server with --node-ipc, other editors with --stdio.
// first: the compiler budget applies to everything compiled after it
import '../host/v8-budget.js';
import { ProposedFeatures, TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { messages } from './messages.js';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
// a bug must cost one answer, never the server
process.on('uncaughtException', (e) => connection.console.error(messages.handlerFailed('server', e)));
process.on('unhandledRejection', (e) => connection.console.error(messages.handlerFailed('server', e)));
startServer(connection, new TextDocuments(TextDocument));
connection.listen();
