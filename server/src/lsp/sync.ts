// Keeping the analysis in step with the editor and the disk: open documents
// (analysed at once on open, and on change as soon as they can be: see
// Pace), closed ones (back to the file on disk), isnad.yaml edits,
// file-system events, workspace folders and client settings.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IsnadConfig } from '../host/config.js';
import { OFF_THREAD_CHARS, parseInWorker } from './config-task.js';
import { FileChangeType } from 'vscode-languageserver';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../host/config.js';
import { messages } from './messages.js';
import { poolOf, scan } from './scan.js';
import type { Folder } from './folders.js';
import type { Session } from './session.js';
import { readSettings } from './settings.js';
import { pathToUri, uriToPath } from './uris.js';

/** Quiet time after a keystroke before a document that is slow to analyse is analysed again. */
export const DEBOUNCE_MS = 150;
/** A document whose last analysis (and publishing) took at most this long is analysed right after a change. */
export const QUICK_MS = 25;

/**
 * When to analyse a changed document again, from what its last analysis
 * cost: a quick one (most articles: ~10 ms for 10 KB) at once, as long as
 * the analyses take at most half of the time, so a fast typist never piles
 * work up; a slow one (a long document) after DEBOUNCE_MS of quiet, or its
 * own cost when that is longer. Changes that come before the analysis ran
 * are taken together.
 */
export class Pace {
  private readonly spent = new Map<string, { ms: number; ended: number }>();

  delay(uri: string, now: number): number {
    const last = this.spent.get(uri);
    if (!last) return 0;
    if (last.ms > QUICK_MS) return Math.max(DEBOUNCE_MS, last.ms);
    return Math.max(0, last.ms - (now - last.ended));
  }

  /** Runs an analysis of `uri`, timing it. */
  run(uri: string, analysis: () => void): void {
    const started = performance.now();
    try {
      analysis();
    } finally {
      const ended = performance.now();
      this.spent.set(uri, { ms: ended - started, ended });
    }
  }

  forget(uri: string): void {
    this.spent.delete(uri);
  }
}

/**
 * Whether nothing of the config could be used: broken YAML (as it is in the
 * middle of an edit), or a file ignored whole (unreadable, too large, too many
 * aliases). The problems are the only sign host/config.ts gives of it.
 */
export function unusable(folder: Folder): boolean {
  return folder.problems.some((p) => p.severity === 'error' && /^syntax:|^cannot read it|^the file is larger than|the file is ignored$/.test(p.message));
}

/** Keeps the configuration of `before` in force in `folder`, and says so on the file. */
function keepLastGood(folder: Folder, before: Folder): void {
  folder.config = before.config;
  folder.problems.push({ file: folder.configPath, line: 1, column: 1, severity: 'information', message: messages.lastGoodConfig });
}

/**
 * Rereads a folder's isnad.yaml; when its text really changed, analyses the
 * folder again. A change that leaves nothing usable keeps the last good
 * configuration in force: half-typed YAML must not drop every publication date.
 */
export function configChanged(session: Session, folderPath: string): void {
  // an isnad.yaml made or removed below a workspace folder changes which one applies to its articles
  session.folders.configsMoved();
  if (!session.folders.known(folderPath)) {
    if (session.folders.inWorkspace(folderPath) && existsSync(join(folderPath, CONFIG_FILE))) void scan(session, [folderPath]);
    return;
  }
  const open = session.openDoc(pathToUri(join(folderPath, CONFIG_FILE)));
  const pool = open && open.getText().length > OFF_THREAD_CHARS ? poolOf(session) : null;
  if (open && pool) {
    // a large isnad.yaml typed in: parsed by a worker, while requests are answered; taken if still the editor's text
    const { version } = open;
    const text = open.getText();
    parseInWorker(pool, text, join(folderPath, CONFIG_FILE)).then((parsed) => {
      if (session.openDoc(open.uri)?.version !== version) return;
      settleConfig(session, folderPath, session.folders.get(folderPath), session.folders.reloadWith(folderPath, text, parsed));
    }, (e: unknown) => {
      session.error('parsing isnad.yaml in a worker', e);
      settleConfig(session, folderPath, session.folders.get(folderPath), session.folders.reload(folderPath));
    });
    return;
  }
  const before = session.folders.get(folderPath);
  settleConfig(session, folderPath, before, session.folders.reload(folderPath));
}

/** A folder's new isnad.yaml in force (or the last good one, said so), its problems published, the folder analysed again if need be. */
function settleConfig(session: Session, folderPath: string, before: Folder, folder: Folder): void {
  const keptBefore = before.problems.some((p) => p.message === messages.lastGoodConfig);
  const kept = unusable(folder) && before.text !== null && (keptBefore || !unusable(before));
  if (kept) keepLastGood(folder, before);
  session.publishConfig(folder);
  if (folder.text === before.text || kept) return;
  // what the analysis is told (dates, outlets, URLs, the gazetteer, extra files, rules) is as it was: a decision
  // recorded needs the diagnostics published again, not the folder analysed again
  if (sameContexts(before.config, folder.config)) {
    for (const entry of session.store.all()) if (entry.path && session.folders.folderOf(entry.path).path === folderPath) session.publish(entry);
  } else void scan(session, [folderPath]);
}

function sameContexts(a: IsnadConfig, b: IsnadConfig): boolean {
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
  if (a.articles.size !== b.articles.size || !same(a.files, b.files) || !same(a.ignore, b.ignore) || !same(a.speakers, b.speakers) || !same([...a.rules], [...b.rules])) return false;
  for (const [key, entry] of a.articles) {
    const other = b.articles.get(key);
    if (!other || other.published !== entry.published || other.outlet !== entry.outlet || other.url !== entry.url) return false;
  }
  return true;
}

function closed(session: Session, doc: TextDocument): void {
  const path = uriToPath(doc.uri);
  if (session.isConfig(doc.uri) && path) configChanged(session, dirname(path));
  else if (path && session.folders.inWorkspace(path) && existsSync(path) && session.isArticle(doc.uri, doc.languageId)) {
    session.loadFile(path); // the file on disk is what the folder holds again
  } else session.forget(doc.uri);
}

export function watchDocuments(session: Session, guard: <E>(name: string, f: (e: E) => void) => (e: E) => void): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const pace = new Pace();
  const settle = (doc: TextDocument): void => {
    timers.delete(doc.uri);
    const path = uriToPath(doc.uri);
    if (session.isConfig(doc.uri) && path) configChanged(session, dirname(path));
    else if (session.openDoc(doc.uri)) pace.run(doc.uri, () => session.current(doc.uri)); // analyses only if the version moved on
  };
  const documents = session.documents;
  documents.onDidOpen(guard('open', (e: TextDocumentChangeEvent<TextDocument>) => {
    if (session.isArticle(e.document.uri, e.document.languageId)) pace.run(e.document.uri, () => session.current(e.document.uri));
    else if (session.isConfig(e.document.uri)) settle(e.document);
  }));
  documents.onDidChangeContent(guard('change', (e: TextDocumentChangeEvent<TextDocument>) => {
    clearTimeout(timers.get(e.document.uri));
    const delay = session.isConfig(e.document.uri) ? DEBOUNCE_MS : pace.delay(e.document.uri, performance.now());
    timers.set(e.document.uri, setTimeout(guard('analysis', () => settle(e.document)), delay));
  }));
  documents.onDidClose(guard('close', (e: TextDocumentChangeEvent<TextDocument>) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    pace.forget(e.document.uri);
    closed(session, e.document);
  }));
}

export function filesChanged(session: Session, params: DidChangeWatchedFilesParams): void {
  for (const change of params.changes) {
    const path = uriToPath(change.uri);
    if (!path || session.openDoc(change.uri)) continue; // the editor's text wins over the disk
    if (session.isConfig(change.uri)) configChanged(session, dirname(path));
    else if (!session.folders.inWorkspace(path) || !session.isArticle(change.uri)) continue;
    else if (change.type === FileChangeType.Deleted) session.forget(change.uri);
    else session.loadFile(path);
  }
  session.refreshLenses();
}

export function foldersChanged(session: Session, event: WorkspaceFoldersChangeEvent): void {
  const removed = event.removed.flatMap((f) => uriToPath(f.uri) ?? []);
  const added = event.added.flatMap((f) => uriToPath(f.uri) ?? []);
  session.folders.forgetRoots(removed);
  for (const path of removed) session.cacheReads.delete(path);
  for (const entry of session.store.all()) {
    if (entry.version === null && entry.path && !session.folders.inWorkspace(entry.path)) session.forget(entry.uri);
  }
  session.folders.setRoots([...session.folders.roots().map((f) => f.path), ...added]);
  if (added.length) void scan(session, added);
}

/** Fetches the `isnad` settings (or takes those pushed with the notification) and publishes again. */
export async function settingsChanged(session: Session, pushed?: unknown): Promise<void> {
  let raw = typeof pushed === 'object' && pushed !== null ? (pushed as { isnad?: unknown }).isnad : undefined;
  if (session.flags.configuration) {
    try {
      raw = await session.connection.workspace.getConfiguration('isnad');
    } catch (e) {
      session.error('reading settings', e);
    }
  }
  const limit = session.settings.maxFileBytes;
  const before = session.settings;
  session.settings = readSettings(raw);
  if (session.settingsLoaded && before.textColors !== session.settings.textColors) session.refreshTokens();
  if (session.settingsLoaded && before.codeLens !== session.settings.codeLens) session.refreshLenses();
  const wasLoaded = session.settingsLoaded;
  session.settingsLoaded = true;
  session.republish();
  // files skipped (or analysed) under the old size limit are read again under the new one
  if (wasLoaded && session.settings.maxFileBytes !== limit) {
    for (const doc of session.documents.all()) if (session.isArticle(doc.uri, doc.languageId)) session.analyseOpen(doc);
    void scan(session, session.folders.roots().map((f) => f.path));
  }
}
