// The language server: every LSP request and notification Isnad answers,
// each a short adapter from the protocol to a feature module. No analysis
// happens here; see session.ts for the state and sync.ts for the events.
import type { CancellationToken, Connection, SemanticTokens, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../../package.json';
import { clientFlags, serverCapabilities, watchFiles, workspaceRoots } from './capabilities.js';
import { CLAIM_CITATION, claimCitation } from './citation.js';
import type { ClaimCitationParams } from './citation.js';
import { codeActions } from './code-actions.js';
import { REMOVE_REVIEW, SET_RULE, folderFixCommand, folderFixes } from './folder-fixes.js';
import { importArticlesCommand } from './import-command.js';
import { IMPORT_ARTICLES } from './import-protocol.js';
import { hover } from './hover.js';
import { codeLenses } from './lens.js';
import { ARTICLE_MARKS, articleMarks, noMarks } from './marks.js';
import type { ArticleMarksParams } from './marks.js';
import { definition, highlights, references } from './navigation.js';
import { outline } from './outline.js';
import { WORKSPACE_OVERVIEW, emptyOverview, workspaceOverview } from './overview.js';
import type { OverviewParams } from './overview.js';
import { RELATED_CLAIMS, noRelatedClaims, relatedClaims } from './related-claims.js';
import type { RelatedClaimsParams } from './related-claims.js';
import { recordReviewCommand, reviewsOf } from './review-command.js';
import { RECORD_REVIEW } from './review-protocol.js';
import { useLocale } from './messages.js';
import { safeListener, safeRequest } from './safe.js';
import { prefetchCaches, scan } from './scan.js';
import { Session, initOptions } from './session.js';
import { ARTICLE_SUMMARY, articleSummary, emptySummary } from './summary.js';
import type { ArticleSummaryParams } from './summary.js';
import { filesChanged, foldersChanged, settingsChanged, watchDocuments } from './sync.js';
import { workspaceSymbols } from './symbols.js';
import { semanticTokens } from './tokens.js';

/** Waits for the folder scans queued so far, unless the request is cancelled first; true when done. */
async function indexed(session: Session, token: CancellationToken): Promise<boolean> {
  let stop: { dispose(): void } | undefined;
  const cancelled = new Promise<void>((resolve) => { stop = token.onCancellationRequested(() => resolve()); });
  await Promise.race([session.whenIndexed(), cancelled]);
  stop?.dispose();
  return !token.isCancellationRequested;
}

function wireLifecycle(connection: Connection, session: Session): void {
  const log = (m: string): void => connection.console.error(m);
  connection.onInitialize((params) => {
    session.flags = clientFlags(params.capabilities);
    session.init = initOptions(params.initializationOptions);
    useLocale(session.init.locale);
    const roots = workspaceRoots(params);
    session.folders.setRoots(roots);
    session.folders.followOut = session.init.trusted;
    prefetchCaches(session, roots);
    return { capabilities: serverCapabilities, serverInfo: { name: 'isnad', version: packageJson.version } };
  });
  connection.onInitialized(safeListener(log, 'initialized', async () => {
    // the event exists only when the client sends folder changes, and only after initialize
    if (session.flags.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(safeListener(log, 'folders', (e) => foldersChanged(session, e)));
    await watchFiles(session).catch((e: unknown) => session.error('file watching', e));
    await settingsChanged(session);
    await scan(session, session.folders.roots().map((f) => f.path));
  }));
  // the worker threads of folder scans end with the server
  connection.onShutdown(() => session.close());
  connection.onExit(() => void session.close());
  connection.onDidChangeConfiguration(safeListener(log, 'settings', (p) => settingsChanged(session, p.settings)));
  connection.onDidChangeWatchedFiles(safeListener(log, 'file events', (p) => filesChanged(session, p)));
  watchDocuments(session, (name, f) => safeListener(log, name, f));
}

function wireFeatures(connection: Connection, session: Session): void {
  const log = (m: string): void => connection.console.error(m);
  const entry = (uri: string) => session.current(uri);
  connection.onHover(safeRequest(log, 'hover', () => null, (p) => {
    const e = entry(p.textDocument.uri);
    return hover(session.store, e, p.position, reviewsOf(session.folders, e));
  }));
  connection.onCodeAction(safeRequest(log, 'code actions', () => [], (p) => {
    const e = entry(p.textDocument.uri);
    return [...codeActions(e, p), ...folderFixes(session, e, p)];
  }));
  connection.onExecuteCommand(safeRequest(log, 'command', () => null, (p): Promise<unknown> | null =>
    (p.command === RECORD_REVIEW ? recordReviewCommand(session, p.arguments?.[0])
      : p.command === REMOVE_REVIEW || p.command === SET_RULE ? folderFixCommand(session, p.command, p.arguments?.[0])
        : p.command === IMPORT_ARTICLES ? importArticlesCommand(session, p.arguments?.[0]) : null)));
  connection.onDocumentSymbol(safeRequest(log, 'outline', () => [], (p) => {
    const e = entry(p.textDocument.uri);
    return e?.article ? outline(e.article, e.conv) : [];
  }));
  connection.onDefinition(safeRequest(log, 'definition', () => null, (p) => {
    const e = entry(p.textDocument.uri);
    return e ? definition(e, p.position) : null;
  }));
  connection.onReferences(safeRequest(log, 'references', () => [], async (p, token) => {
    if (!(await indexed(session, token))) return [];
    const e = entry(p.textDocument.uri);
    return e ? references(session.store, e, p.position, p.context.includeDeclaration, () => token.isCancellationRequested) : [];
  }));
  connection.onDocumentHighlight(safeRequest(log, 'highlight', () => [], (p) => {
    const e = entry(p.textDocument.uri);
    return e ? highlights(e, p.position) : [];
  }));
  connection.onWorkspaceSymbol(safeRequest(log, 'workspace symbols', () => [], async (p, token) =>
    ((await indexed(session, token)) ? workspaceSymbols(session.store, p.query, () => token.isCancellationRequested) : [])));
  connection.onCodeLens(safeRequest(log, 'code lens', () => [], (p) => {
    const e = entry(p.textDocument.uri);
    return e && session.settings.codeLens ? codeLenses(session.store, e) : [];
  }));
  // Text colours only when the user asks for them (isnad.editor.textColors): they put Arabic words out of order.
  connection.languages.semanticTokens.on(safeRequest(log, 'semantic tokens', (): SemanticTokens => ({ data: [] }), (p) => {
    const e = entry(p.textDocument.uri);
    return e && session.settings.textColors ? semanticTokens(e) : { data: [] };
  }));
  connection.onRequest(ARTICLE_MARKS, safeRequest(log, 'article marks', noMarks, (p: ArticleMarksParams) => {
    const e = entry(p.uri);
    return articleMarks(e, reviewsOf(session.folders, e));
  }));
  connection.onRequest(ARTICLE_SUMMARY, safeRequest(log, 'article summary', emptySummary, (p: ArticleSummaryParams) => {
    const e = entry(p.uri);
    return articleSummary(e, reviewsOf(session.folders, e));
  }));
  connection.onRequest(CLAIM_CITATION, safeRequest(log, 'claim citation', () => null, (p: ClaimCitationParams) => claimCitation(entry(p.uri), p.position)));
  connection.onRequest(RELATED_CLAIMS, safeRequest(log, 'related claims', noRelatedClaims, async (p: RelatedClaimsParams, token) =>
    ((await indexed(session, token)) ? relatedClaims(session.store, entry(p.uri), p, () => token.isCancellationRequested) : noRelatedClaims())));
  connection.onRequest(WORKSPACE_OVERVIEW, safeRequest(log, 'workspace overview', emptyOverview, async (p: OverviewParams | null, token) =>
    ((await indexed(session, token)) ? workspaceOverview(session.store, p ?? {}, (key) => session.reviewsOf(key)) : emptyOverview())));
}

export function startServer(connection: Connection, documents: TextDocuments<TextDocument>): void {
  const session = new Session(connection, documents);
  wireLifecycle(connection, session);
  wireFeatures(connection, session);
  documents.listen(connection);
}
