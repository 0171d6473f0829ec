// The server's state and its core moves: analyse an open document or a file,
// publish its diagnostics (never for a version the editor has moved past),
// forget it. Events (sync.ts), the folder scan (scan.ts) and the feature
// handlers (server.ts) all go through here. A change to one article can
// change another's diagnostics (conflicting-figure reads the folder): the
// articles sharing a quantity with it, before and after, are published
// again, right after the edited one and once at the end of a folder scan.
// During a scan, a folder's files come from the cache of analyses when it
// has them (host/cache.ts: in the client's storage folder, keyed by content).
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import picomatch from 'picomatch';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FolderCache, analysisKey, codeVersion } from '../host/cache.js';
import { CONFIG_FILE } from '../host/config.js';
import { readArticleFile } from '../host/limits.js';
import packageJson from '../../../package.json';
import { ArticleStore, analyse, analysedFromCache, unread } from './articles.js';
import type { Analysed, CachedAnalysis, Source } from './articles.js';
import { articleDiagnostics, configDiagnostics } from './diagnostics.js';
import { Folders } from './folders.js';
import type { Folder } from './folders.js';
import { messages } from './messages.js';
import { reviewsOf } from './review-command.js';
import { SIZE_SETTING, defaultSettings, effectiveRules } from './settings.js';
import type { ClientSettings } from './settings.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';

/** The language id the client gives article files. */
export const LANGUAGE_ID = 'news-article';

/** What the client said it can do, as far as the server cares. */
export interface ClientFlags {
  configuration: boolean;
  codeLensRefresh: boolean;
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
}

/** The client's initialization options, checked: anything else is ignored. */
export interface InitOptions {
  /** The editor's display language (`en`, `ar`, `ar-eg` …). */
  locale: string;
  /** A folder of the extension's own where the analysis cache may live; null: no cache. */
  cacheDir: string | null;
}

export function initOptions(raw: unknown): InitOptions {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    locale: typeof o['locale'] === 'string' && o['locale'] !== '' ? o['locale'] : 'en',
    cacheDir: typeof o['cacheDir'] === 'string' && o['cacheDir'] !== '' ? o['cacheDir'] : null,
  };
}

export class Session {
  readonly store = new ArticleStore();
  readonly folders: Folders;
  settings: ClientSettings = defaultSettings();
  /** False until the client's settings are in: diagnostics wait for them rather than flash with defaults. */
  settingsLoaded = false;
  flags: ClientFlags = { configuration: false, codeLensRefresh: false, watchedFilesRegistration: false, workspaceFolders: false };
  /** What the client passed in its initialization options (locale, cache folder). */
  init: InitOptions = { locale: 'en', cacheDir: null };
  private queue: Promise<void> = Promise.resolve();
  private readonly configsWithProblems = new Set<string>();
  /** Articles (index keys) whose folder diagnostics may have changed, published when no scan runs. */
  private readonly stale = new Set<string>();
  private staleQueued = false;
  private scanning = 0;
  /** The cache of analyses of each folder being scanned (none without a cacheDir). */
  readonly caches = new Map<string, FolderCache<CachedAnalysis>>();
  private version: string | null = null;

  constructor(readonly connection: Connection, readonly documents: TextDocuments<TextDocument>) {
    this.folders = new Folders((path) => this.openDoc(pathToUri(path))?.getText() ?? null);
  }

  error(what: string, e: unknown): void {
    this.connection.console.error(messages.handlerFailed(what, e));
  }

  /** The open document of a URI, however the client spells it. */
  openDoc(uri: string): TextDocument | undefined {
    const key = canonicalUri(uri);
    return this.documents.get(uri) ?? this.documents.all().find((d) => canonicalUri(d.uri) === key);
  }

  /** `.txt` files, files the client calls news articles, and files isnad.yaml `files:` names. */
  isArticle(uri: string, languageId?: string): boolean {
    if (languageId === LANGUAGE_ID) return true;
    const path = uriToPath(uri);
    if (!path || basename(path) === CONFIG_FILE) return false;
    if (path.endsWith('.txt')) return true;
    const { folder, rel } = this.folders.placeRelative(path);
    return folder.config.files.length > 0 && picomatch(folder.config.files)(rel);
  }

  isConfig(uri: string): boolean {
    const path = uriToPath(uri);
    return path !== null && basename(path) === CONFIG_FILE;
  }

  /** The analysis of a document as it is now: an open article is analysed again when its text changed. */
  current(uri: string): Analysed | undefined {
    const doc = this.openDoc(uri);
    const entry = this.store.get(uri);
    if (doc && this.isArticle(doc.uri, doc.languageId) && entry?.version !== doc.version) return this.analyseOpen(doc);
    return entry;
  }

  analyseOpen(doc: TextDocument): Analysed {
    const path = uriToPath(doc.uri);
    const source = { uri: doc.uri, path, text: doc.getText(), version: doc.version };
    const placement = path ? this.folders.place(path) : null;
    const entry = analyse(source, placement, (e) => this.error('analysis', e), this.settings.maxFileBytes);
    this.file(entry, { gazetteer: placement?.context.speakers ?? [] });
    this.publish(entry);
    return entry;
  }

  /** The version analyses are cached under: this build of Isnad. */
  cacheVersion(): string {
    return (this.version ??= codeVersion(packageJson.version));
  }

  /** A file read from disk: from the cache of its folder when it holds this text, else analysed (and keyed for the cache). */
  private analyseFile(source: Source & { path: string }): void {
    const placement = this.folders.place(source.path);
    const gazetteer = placement.context.speakers ?? [];
    const cache = this.caches.get(placement.folder.path);
    const key = cache ? analysisKey(this.cacheVersion(), placement.context, source.text) : undefined;
    const cached = cache && key ? cache.get(source.path, key) : undefined;
    const uriKey = canonicalUri(source.uri);
    if (cached && key && cached.readings.filing.refs.every((r) => r.startsWith(`${uriKey}#`))) {
      this.file(analysedFromCache(source, placement, cached, key), { gazetteer, readings: cached.readings });
      return;
    }
    const entry = analyse(source, placement, (e) => this.error('analysis', e), this.settings.maxFileBytes);
    this.file(key && entry.article ? { ...entry, cacheKey: key } : entry, { gazetteer });
  }

  /** Analyses an article file; the editor's text when it is open, else the file on disk. */
  loadFile(path: string): void {
    const uri = pathToUri(path);
    const doc = this.openDoc(uri);
    if (doc) {
      this.analyseOpen(doc);
      return;
    }
    const decoded = readArticleFile(path, this.settings.maxFileBytes, SIZE_SETTING);
    if ('problem' in decoded) {
      this.connection.console.warn(messages.unreadable(path, decoded.problem));
      if (!existsSync(path)) this.forget(uri);
      else this.file(unread(uri, path, decoded.problem)); // the notice says what was not read
    } else {
      this.analyseFile({ uri, path, text: decoded.text, version: null, encodingNotice: decoded.notice });
    }
    const entry = this.store.get(uri);
    if (entry) this.publish(entry);
  }

  forget(uri: string): void {
    const before = this.store.index.neighbours(canonicalUri(uri));
    const entry = this.store.delete(uri);
    if (entry) void this.connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
    this.touched(canonicalUri(uri), before);
  }

  /** Stores an analysis (with its folder's gazetteer, which wins in the workspace index) and marks its neighbours stale. */
  private file(entry: Analysed, options: Parameters<ArticleStore['set']>[1] = {}): void {
    const before = this.store.index.neighbours(entry.key);
    this.store.set(entry, options);
    this.touched(entry.key, before);
  }

  /** Marks the neighbours stale; outside scans they are published on the next turn, after the article itself. */
  private touched(key: string, before: readonly string[]): void {
    for (const other of [...before, ...this.store.index.neighbours(key)]) if (other !== key) this.stale.add(other);
    if (this.scanning || this.staleQueued || !this.stale.size) return;
    this.staleQueued = true;
    setImmediate(() => {
      this.staleQueued = false;
      if (!this.scanning) this.publishStale();
    });
  }

  private publishStale(): void {
    const keys = [...this.stale];
    this.stale.clear();
    for (const key of keys) {
      const entry = this.store.get(key);
      if (entry) this.publish(entry);
    }
  }

  publish(entry: Analysed): void {
    if (!this.settingsLoaded) return; // republish() follows when they arrive
    // an open document's diagnostics are for the version analysed, and only while it is current
    if (entry.version !== null && this.openDoc(entry.uri)?.version !== entry.version) return;
    const folder = { index: this.store.index, uri: entry.key };
    const diagnostics = articleDiagnostics(entry, effectiveRules(this.settings, entry.rules), folder, (key, span) => this.store.location(key, span), reviewsOf(this.folders, entry));
    void this.connection.sendDiagnostics({ uri: entry.uri, version: entry.version ?? undefined, diagnostics });
  }

  /** Problems of a folder's isnad.yaml; nothing for a folder without problems that never had any. */
  publishConfig(folder: Folder): void {
    const uri = this.openDoc(pathToUri(folder.configPath))?.uri ?? pathToUri(folder.configPath);
    if (!folder.problems.length && !this.configsWithProblems.delete(uri)) return;
    if (folder.problems.length) this.configsWithProblems.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: configDiagnostics(folder.problems) });
  }

  republish(): void {
    for (const entry of this.store.all()) this.publish(entry);
  }

  /** Runs folder scans one after the other; the promise settles when this one has run. */
  enqueue(task: () => Promise<void>): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.scanning++ === 0) this.store.index.deferGrouping(true);
      try {
        await task();
      } finally {
        if (--this.scanning === 0) this.scanEnded();
      }
    };
    this.queue = this.queue.then(run).catch((e: unknown) => this.error('indexing', e));
    return this.queue;
  }

  /** After the last scan: the stale articles published, and the folder regrouped before anyone asks. */
  private scanEnded(): void {
    this.store.index.deferGrouping(false);
    this.publishStale();
    setImmediate(() => {
      if (!this.scanning) this.store.index.settle();
    });
  }

  /** Settles when every scan queued so far has run. */
  whenIndexed(): Promise<void> {
    return this.queue;
  }

  refreshLenses(): void {
    if (this.flags.codeLensRefresh) this.connection.sendRequest(CodeLensRefreshRequest.type).catch((e: unknown) => this.error('code lens refresh', e));
  }
}
