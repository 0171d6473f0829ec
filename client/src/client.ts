// The language client: starts dist/server.js over IPC for news articles.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'news-article';

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The watchers tell the server when articles or an isnad.yaml change on
  // disk, so the folder index stays current for files that are not open.
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.txt'),
    vscode.workspace.createFileSystemWatcher('**/isnad.yaml'),
  ];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    // The server pulls its settings (workspace/configuration); this only tells it when they change.
    synchronize: { fileEvents: watchers, configurationSection: 'isnad' },
    initializationOptions: { locale: vscode.env.language },
    outputChannel: output,
  };
  // The id `isnad` makes the client read the `isnad.trace.server` setting.
  return new LanguageClient('isnad', 'Isnad', serverOptions, clientOptions);
}
