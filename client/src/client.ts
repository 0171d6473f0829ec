// The language client: starts dist/server.js over IPC for news articles, and
// restarts it when it stops unexpectedly (restart.ts decides when and what to say).
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { describe } from './errors.js';
import { RestartPolicy, restartMessages } from './restart.js';
import { SERVER_NODE_ARGS } from '../../server/src/lsp/node-args.js';

export const LANGUAGE_ID = 'news-article';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MINUTES = 3;
/** Connection errors tolerated before the client shuts the server down (as vscode-languageclient's default). */
const MAX_CONNECTION_ERRORS = 3;

/** Restarts a crashed server and says so once; gives up (saying how to restart) in a crash loop. */
function errorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const policy = new RestartPolicy(MAX_RESTARTS, RESTART_WINDOW_MINUTES * 60 * 1000);
  return {
    error: (error, _message, count) => {
      output.error(`Connection to the server: ${describe(error)}`);
      return { action: (count ?? 0) <= MAX_CONNECTION_ERRORS ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed: () => {
      const decision = policy.stopped();
      output.warn(decision.restart ? 'The server stopped unexpectedly: restarting it.' : 'The server stopped again: not restarting it.');
      if (decision.tell === 'restarted') {
        void vscode.window.showWarningMessage(restartMessages.restarted, restartMessages.showOutput).then((c) => c && output.show(true));
      } else if (decision.tell === 'gave-up') {
        void vscode.window.showErrorMessage(restartMessages.gaveUp(MAX_RESTARTS, RESTART_WINDOW_MINUTES), restartMessages.restartServer)
          .then((c) => c && vscode.commands.executeCommand('isnad.restartServer'));
      }
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] } },
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
      // so the problems of an isnad.yaml show while it is typed, not only on save
      { scheme: 'file', pattern: '**/isnad.yaml' },
    ],
    // Hovers link to the related claims; only that command may run from them.
    markdown: { isTrusted: { enabledCommands: ['isnad.showRelatedClaims'] } },
    // The server pulls its settings (workspace/configuration: isnad.rules.*,
    // isnad.maxFileSizeMB); this only tells it when they change.
    synchronize: { fileEvents: watchers, configurationSection: 'isnad' },
    // The locale picks the language of the server's messages; the storage
    // folder (the extension's, never the user's) holds the analysis cache.
    // In an untrusted (restricted) workspace the server reads only the folder: links out of it are not followed.
    initializationOptions: {
      locale: vscode.env.language,
      cacheDir: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
      trusted: vscode.workspace.isTrusted,
    },
    outputChannel: output,
    errorHandler: errorHandler(output),
    // a server that cannot even initialize would fail the same way again: no retry loop
    initializationFailedHandler: (error: unknown) => {
      output.error(`The server did not initialize: ${describe(error)}`);
      void vscode.window.showErrorMessage(restartMessages.initFailed);
      return false;
    },
  };
  // The id `isnad` makes the client read the `isnad.trace.server` setting.
  return new LanguageClient('isnad', 'Isnad', serverOptions, clientOptions);
}
