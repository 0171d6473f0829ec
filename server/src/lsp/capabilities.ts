// What the server offers (InitializeResult) and what it needs to know of the
// client (InitializeParams): its capabilities and its workspace folders.
import { CodeActionKind, DidChangeWatchedFilesNotification, TextDocumentSyncKind } from 'vscode-languageserver';
import type { ClientCapabilities, InitializeParams, ServerCapabilities } from 'vscode-languageserver';
import { CONFIG_FILE } from '../host/config.js';
import { REMOVE_REVIEW, SET_RULE } from './folder-fixes.js';
import { IMPORT_ARTICLES } from './import-protocol.js';
import { RECORD_REVIEW } from './review-protocol.js';
import type { ClientFlags, Session } from './session.js';
import { legend } from './tokens.js';
import { uriToPath } from './uris.js';

export const serverCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  documentSymbolProvider: { label: 'Isnad' },
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  workspaceSymbolProvider: true,
  codeLensProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  executeCommandProvider: { commands: [RECORD_REVIEW, REMOVE_REVIEW, SET_RULE, IMPORT_ARTICLES] },
  semanticTokensProvider: { legend, full: true, range: false },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export function clientFlags(c: ClientCapabilities): ClientFlags {
  return {
    configuration: c.workspace?.configuration === true,
    codeLensRefresh: c.workspace?.codeLens?.refreshSupport === true,
    semanticTokensRefresh: c.workspace?.semanticTokens?.refreshSupport === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    applyEdit: c.workspace?.applyEdit === true,
  };
}

/** The folders to index: the workspace folders, or the old single root. */
export function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.flatMap((u) => uriToPath(u) ?? []);
  return paths.length || !params.rootPath ? paths : [params.rootPath];
}

/** Asks the client to tell the server about article and isnad.yaml files changing on disk. */
export async function watchFiles(session: Session): Promise<void> {
  if (!session.flags.watchedFilesRegistration) return;
  await session.connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.txt' }, { globPattern: `**/${CONFIG_FILE}` }],
  });
}
