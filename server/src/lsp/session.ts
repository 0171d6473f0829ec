// The server's state and its core moves: analyse an open document or a file,
// publish its diagnostics (never for a version the editor has moved past),
// forget it. Events (sync.ts), the folder scan (scan.ts) and the feature
// handlers (server.ts) all go through here. A change to one article can
// change another's diagnostics (conflicting-figure reads the folder): the
// articles sharing a quantity with it, before and after, are published
// again, right after the edited one and once at the end of a folder scan.
// During a scan, a folder's files come from the cache of analyses when it
// has them (host/cache.ts: in the client's storage folder, keyed by content;
// a file whose stat is as the cache saw it is not even read), and the others
// from the pool's worker threads (scan.ts, index-task.ts). A closed file
// with no diagnostics that never had any is not published: the client has
// nothing to clear.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FolderCache, analysisKey, codeVersion, contextKey, parsedConfig, stampOf } from '../host/cache.js';
import type { FileStamp } from '../host/cache.js';
import { CONFIG_FILE, parseConfig } from '../host/config.js';
import { anyGlob } from '../host/glob.js';
import type { WorkerPool } from '../host/pool/pool.js';
import { linksOutOf } from '../host/files.js';
import { readStampedArticle } from '../host/limits.js';
import type { FileStat } from '../host/prestat.js';
import packageJson from '../../../package.json';
import { ArticleStore, analyse, analysedFromCache, unread } from './articles.js';
import type { Analysed, Source } from './articles.js';
import { lineBreaks } from './cached.js';
import type { CacheRecord, CachedAnalysis } from './cached.js';
import { articleDiagnostics, configDiagnostics } from './diagnostics.js';
import { Folders } from './folders.js';
import { within } from './folders.js';
import type { Folder, Placement } from './folders.js';
import type { IndexResult } from './index-task.js';
import { settleGrouping } from './kept-grouping.js';
import { messages } from './messages.js';
import { reviewsOf } from './review-command.js';
import type { Review } from '../analysis/review/index.js';
import { OVERVIEW_CHANGED } from './protocol.js';
import { SIZE_SETTING, defaultSettings, effectiveRules } from './settings.js';
import type { ClientSettings } from './settings.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';

/** The language id the client gives article files. */
export const LANGUAGE_ID = 'news-article';

/**
 * `isnad.diagnostics.scope` "auto": the problems of every article of a folder
 * of up to this many, of the open ones only in a larger folder. Past a few
 * hundred articles the Problems panel is no work list any more (2,000 news
 * articles give some 5,000 warnings); the Isnad view lists the articles by
 * their unsourced figures instead.
 */
export const AUTO_SCOPE_ARTICLES = 200;

/** isnad/overviewChanged comes at most this often: edits and scans change the index in bursts. */
export const OVERVIEW_NOTICE_MS = 500;

/** What the client said it can do, as far as the server cares. */
export interface ClientFlags {
  configuration: boolean;
  codeLensRefresh: boolean;
  semanticTokensRefresh: boolean;
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  /** workspace/applyEdit: a decision goes into an open isnad.yaml as an edit. */
  applyEdit: boolean;
}

/** The client's initialization options, checked: anything else is ignored. */
export interface InitOptions {
  /** The editor's display language (`en`, `ar`, `ar-eg` …). */
  locale: string;
  /** A folder of the extension's own where the analysis cache may live; null: no cache. */
  cacheDir: string | null;
  /** False in an untrusted (restricted) workspace: links out of the folder are not followed. Editors that say nothing are trusted. */
  trusted: boolean;
}

export function initOptions(raw: unknown): InitOptions {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    locale: typeof o['locale'] === 'string' && o['locale'] !== '' ? o['locale'] : 'en',
    cacheDir: typeof o['cacheDir'] === 'string' && o['cacheDir'] !== '' ? o['cacheDir'] : null,
    trusted: o['trusted'] !== false,
  };
}

export class Session {
  readonly store = new ArticleStore();
  readonly folders: Folders;
  settings: ClientSettings = defaultSettings();
  /** False until the client's settings are in: diagnostics wait for them rather than flash with defaults. */
  settingsLoaded = false;
  flags: ClientFlags = {
    configuration: false, codeLensRefresh: false, semanticTokensRefresh: false, watchedFilesRegistration: false, workspaceFolders: false,
    applyEdit: false,
  };
  /** What the client passed in its initialization options (locale, cache folder). */
  init: InitOptions = { locale: 'en', cacheDir: null, trusted: true };
  private queue: Promise<void> = Promise.resolve();
  private readonly configsWithProblems = new Set<string>();
  /** Quantities whose values changed: their articles' conflicts may have, published when no scan runs. */
  private readonly staleQuantities = new Set<string>();
  /** Articles published during a scan, without the folder rules: published again at its end. */
  private readonly withoutFolder = new Set<string>();
  /** A hash of the diagnostics last sent for each article (index key): the same again is not sent. */
  private readonly sent = new Map<string, string>();
  private staleQueued = false;
  /** Scans queued or running. */
  scanning = 0;
  /** The cache of analyses of each folder being scanned (none without a cacheDir). */
  readonly caches = new Map<string, FolderCache<CachedAnalysis>>();
  /** Per folder: its cache file's bytes, being read since initialize for the first scan (scan.ts, prefetchCaches). */
  readonly cacheReads = new Map<string, Promise<Buffer | null>>();
  private version: string | null = null;
  /** Closed files whose last diagnostics were not empty. */
  private readonly shown = new Set<string>();
  /**
   * While a scan runs: the paths loaded, forgotten or analysed from the
   * editor's text since it began, other than by the scan (a worker's result
   * for one is older; an open document in it is analysed already).
   */
  loadedDuringScan: Set<string> | null = null;
  /** The open documents' URIs as the client spells them, by canonical key (made again when they change). */
  private openKeys: { uris: string[]; byKey: Map<string, string> } | null = null;
  /** Set at shutdown: scans stop. */
  closing = false;
  /** The worker threads of folder scans (scan.ts); null: none (yet, or at all). */
  pool: WorkerPool | null = null;
  /** How many articles the folders hold, as the last scan listed them: decides the "auto" diagnostics scope before they are read. */
  listedArticles = 0;
  /** A pending isnad/overviewChanged notice (sent at most every OVERVIEW_NOTICE_MS). */
  private overviewTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly connection: Connection, readonly documents: TextDocuments<TextDocument>) {
    this.folders = new Folders((path) => this.openDoc(pathToUri(path))?.getText() ?? null, (text, path) => this.parseConfig(text, path));
  }

  /** An isnad.yaml read from disk, parsed; with a cache folder, a large one is parsed once per text. */
  private parseConfig(text: string, path: string): ReturnType<typeof parseConfig> {
    const dir = this.init.cacheDir;
    if (!dir || text.length < 64 * 1024) return parseConfig(text, path);
    return parsedConfig(dir, path, this.cacheVersion(), text, () => parseConfig(text, path), (m) => this.connection.console.warn(m));
  }

  /** Ends the worker threads (at shutdown). */
  async close(): Promise<void> {
    this.closing = true;
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  error(what: string, e: unknown): void {
    this.connection.console.error(messages.handlerFailed(what, e));
  }

  /** The open document of a URI, however the client spells it. */
  openDoc(uri: string): TextDocument | undefined {
    const exact = this.documents.get(uri);
    if (exact) return exact;
    const uris = this.documents.keys();
    if (!uris.length) return undefined; // a folder scan asks for every file: most often with nothing open
    if (this.openKeys?.uris.length !== uris.length || uris.some((u, i) => this.openKeys?.uris[i] !== u)) {
      this.openKeys = { uris, byKey: new Map(uris.map((u) => [canonicalUri(u), u])) };
    }
    const open = this.openKeys.byKey.get(canonicalUri(uri));
    return open === undefined ? undefined : this.documents.get(open);
  }

  /** `.txt` files, files the client calls news articles, and files isnad.yaml `files:` names. */
  isArticle(uri: string, languageId?: string): boolean {
    if (languageId === LANGUAGE_ID) return true;
    const path = uriToPath(uri);
    if (!path || basename(path) === CONFIG_FILE) return false;
    if (path.endsWith('.txt')) return true;
    const { folder, rel } = this.folders.placeRelative(path);
    return folder.config.files.length > 0 && filesMatcher(folder.config.files)(rel);
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
    if (path) this.loadedDuringScan?.add(path);
    const source = { uri: doc.uri, path, text: doc.getText(), version: doc.version };
    const placement = path ? this.folders.place(path) : null;
    const entry = analyse(source, placement, (e) => this.error('analysis', e), this.settings.maxFileBytes);
    this.file(entry, { gazetteer: placement?.context.speakers ?? [] });
    this.publish(entry);
    return entry;
  }

  /** The cache of the folder being scanned that holds `path` (a workspace folder; articles under a nested isnad.yaml are in it too). */
  private cacheOf(path: string): FolderCache<CachedAnalysis> | undefined {
    let best: FolderCache<CachedAnalysis> | undefined;
    for (const [folder, cache] of this.caches) {
      if (within(folder, path) && (!best || folder.length > best.folder.length)) best = cache;
    }
    return best;
  }

  /** The version analyses are cached under: this build of Isnad. */
  cacheVersion(): string {
    return (this.version ??= codeVersion(packageJson.version));
  }

  /** Whether the cache analysed these readings for this very file (they name its URI). */
  private static ownReadings(cached: CachedAnalysis, uri: string): boolean {
    const key = canonicalUri(uri);
    return cached.readings.filing.refs.every((r) => r.startsWith(`${key}#`));
  }

  /**
   * The text of a file analysed without keeping it, read when first asked
   * for; a text that is not the one analysed (its length differs, or its
   * stamp) has the file analysed again.
   */
  private lazyText(path: string, record: CacheRecord): () => string {
    let text: string | undefined;
    return () => {
      if (text !== undefined) return text;
      const { decoded, stats } = readStampedArticle(path, this.settings.maxFileBytes, SIZE_SETTING);
      text = 'problem' in decoded ? '' : decoded.text;
      const stamp = record.stamp;
      const moved = !stats || (stamp !== null && (stats.size !== stamp.size || stats.mtimeMs !== stamp.mtimeMs));
      if (moved || text.length !== record.lines.length) setImmediate(() => this.reloadIf(path, record));
      return text;
    };
  }

  /** Reads a file again if its entry is still the one of `record`. */
  private reloadIf(path: string, record: CacheRecord): void {
    if (this.store.get(pathToUri(path))?.record === record) this.loadFile(path);
  }

  /** Files an analysis that came without its text (from the cache or a worker thread). */
  /** `uri`: made by pathToUri, so canonical. */
  private fileCached(path: string, uri: string, placement: Placement, cached: CachedAnalysis, record: CacheRecord): Analysed {
    const entry = analysedFromCache({ uri, key: uri, path, text: this.lazyText(path, record) }, placement, cached, record);
    this.file(entry, { gazetteer: placement.context.speakers ?? [], readings: cached.readings });
    return entry;
  }

  /**
   * The stat shortcut: files `path` from its folder's cache, without reading
   * it, when its stat and its isnad.yaml entry are as the cache saw them.
   */
  private unchanged(path: string, uri: string, stat?: FileStat | null): Analysed | null {
    const placement = this.folders.place(path);
    const cache = this.cacheOf(path);
    if (!cache?.has(path)) return null;
    const stats = stat === undefined ? statOf(path) : stat;
    if (!stats?.isFile() || stats.size > this.settings.maxFileBytes) return null;
    const told = contextKey(placement.context);
    const hit = cache.unchanged(path, told, stats);
    if (!hit || !Session.ownReadings(hit.value, uri)) return null;
    const stamp: FileStamp = { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
    return this.fileCached(path, uri, placement, hit.value, { key: hit.key, told, stamp, lines: hit.value.lines });
  }

  /** A file read from disk: from the cache of its folder when it holds this text, else analysed (and keyed for the cache). */
  private analyseFile(source: Source & { path: string }, stamp: FileStamp | null): void {
    const placement = this.folders.place(source.path);
    const gazetteer = placement.context.speakers ?? [];
    const cache = this.cacheOf(source.path);
    const key = cache ? analysisKey(this.cacheVersion(), placement.context, source.text) : undefined;
    const cached = cache && key ? cache.get(source.path, key) : undefined;
    const told = contextKey(placement.context);
    if (cached && key && Session.ownReadings(cached, source.uri)) {
      this.fileCached(source.path, source.uri, placement, cached, { key, told, stamp, lines: cached.lines });
      return;
    }
    const entry = analyse(source, placement, (e) => this.error('analysis', e), this.settings.maxFileBytes);
    this.file(key && entry.article ? { ...entry, record: { key, told, stamp, lines: lineBreaks(source.text) } } : entry, { gazetteer });
  }

  /**
   * Analyses an article file; the editor's text when it is open, else the
   * file on disk (not read when the cache holds it unchanged, unless
   * `read`: the scan found it changed already).
   */
  loadFile(path: string, options: { read?: boolean; scan?: boolean } = {}): void {
    const uri = pathToUri(path);
    if (!options.scan) this.loadedDuringScan?.add(path);
    const doc = this.openDoc(uri);
    if (doc) {
      this.analyseOpen(doc);
      return;
    }
    if (options.read || !this.unchanged(path, uri)) this.readFile(path, uri);
    const entry = this.store.get(uri);
    if (entry) this.publish(entry);
  }

  /**
   * Whether the scan can take `path` from the cache, without a worker: filed
   * (and published) if so. `stat`: the file's, when the scan has it (prestat.ts).
   */
  fromCache(path: string, stat?: FileStat | null): boolean {
    if (!this.cacheOf(path)?.has(path)) return false;
    const uri = pathToUri(path);
    if (this.openDoc(uri)) return false;
    const entry = this.unchanged(path, uri, stat) ?? (this.readFile(path, uri, true) ? this.store.get(uri) : undefined);
    if (!entry) return false;
    this.publish(entry);
    return true;
  }

  /** Reads and files `path`; with `cachedOnly`, an analysis the cache does not hold is left to the caller (false). */
  private readFile(path: string, uri: string, cachedOnly = false): boolean {
    const readAt = Date.now();
    // in an untrusted workspace only the folder is read: a link out of it is not followed
    // (the stat is the file's just before the read: a file changed meanwhile is read again next time)
    const { decoded, stats } = !this.init.trusted && linksOutOf(this.folders.rootOf(path), path)
      ? { decoded: { problem: 'a link out of the folder, not followed in an untrusted workspace' }, stats: null }
      : readStampedArticle(path, this.settings.maxFileBytes, SIZE_SETTING);
    if ('problem' in decoded) {
      if (cachedOnly) return false;
      this.connection.console.warn(messages.unreadable(path, decoded.problem));
      if (!existsSync(path)) this.forget(uri);
      else this.file(unread(uri, path, decoded.problem)); // the notice says what was not read
      return true;
    }
    const source = { uri, path, text: decoded.text, version: null, encodingNotice: decoded.notice };
    const stamp = stats ? stampOf(stats, readAt) : null;
    if (cachedOnly) return this.cachedOnly(source, stamp);
    this.analyseFile(source, stamp);
    return true;
  }

  /** Files `source` from its folder's cache if it holds this text; else counts a miss and files nothing (false). */
  private cachedOnly(source: Source & { path: string }, stamp: FileStamp | null): boolean {
    const placement = this.folders.place(source.path);
    const cache = this.cacheOf(source.path);
    const key = cache ? analysisKey(this.cacheVersion(), placement.context, source.text) : undefined;
    const cached = cache && key ? cache.get(source.path, key) : undefined;
    if (cached && key && Session.ownReadings(cached, source.uri)) {
      this.fileCached(source.path, source.uri, placement, cached, { key, told: contextKey(placement.context), stamp, lines: cached.lines });
      return true;
    }
    return false;
  }

  /** A file a worker thread analysed for the scan (in the order of the scan); `again`: analysed here. */
  fileIndexed(path: string, uri: string, result: IndexResult): void {
    if (this.loadedDuringScan?.has(path)) return; // loaded (or forgotten) since: that is newer
    if (result.kind === 'again' || this.openDoc(uri)) {
      this.loadFile(path, { read: true, scan: true });
      return;
    }
    this.publish(this.fileCached(path, uri, this.folders.place(path), result.cached, result.record));
  }

  forget(uri: string): void {
    const path = uriToPath(uri);
    if (path) this.loadedDuringScan?.add(path);
    this.shown.delete(canonicalUri(uri));
    this.sent.delete(canonicalUri(uri));
    const entry = this.store.delete(uri);
    if (entry) void this.connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
    this.touched();
  }

  /** Stores an analysis (with its folder's gazetteer, which wins in the workspace index) and marks the articles it may change stale. */
  private file(entry: Analysed, options: Parameters<ArticleStore['set']>[1] = {}): void {
    this.store.set(entry, options);
    this.touched();
  }

  /** The review decisions on an article's figures (by index key); none without a folder that records any. */
  reviewsOf(key: string): Review[] {
    if (!this.folders.roots().some((f) => f.config.reviews.length)) return [];
    return reviewsOf(this.folders, this.store.get(key));
  }

  /** Tells the client, soon, that the overview may have changed (during a scan: when it ends). */
  private overviewChanged(): void {
    if (this.overviewTimer || this.scanning) return;
    this.overviewTimer = setTimeout(() => {
      this.overviewTimer = null;
      void this.connection.sendNotification(OVERVIEW_CHANGED);
    }, OVERVIEW_NOTICE_MS);
    this.overviewTimer.unref?.();
  }

  /**
   * Marks stale the quantities whose values the change of `key` changed (not
   * only moved): their articles' conflicts may differ. Outside scans they are
   * published on the next turn, after the article itself; a scan publishes
   * them once, at its end. Kept as quantities, not articles: a scan that adds
   * one value to a quantity of thousands marks one key, not thousands of articles.
   */
  private touched(): void {
    this.overviewChanged();
    for (const quantity of this.store.index.takeChangedQuantities()) this.staleQuantities.add(quantity);
    if (this.scanning || this.staleQueued || !(this.staleQuantities.size || this.withoutFolder.size)) return;
    this.staleQueued = true;
    setImmediate(() => {
      this.staleQueued = false;
      if (!this.scanning) this.publishStale();
    });
  }

  private publishStale(): void {
    const keys = new Set<string>();
    for (const quantity of this.staleQuantities) for (const key of this.store.index.quantityArticles(quantity)) keys.add(key);
    for (const key of this.withoutFolder) keys.add(key);
    this.staleQuantities.clear();
    this.withoutFolder.clear();
    for (const key of keys) {
      const entry = this.store.get(key);
      if (entry) this.publish(entry);
    }
  }

  /** Whether the problems of articles that are not open are published (`isnad.diagnostics.scope`). */
  publishesClosed(): boolean {
    const scope = this.settings.diagnosticsScope;
    return scope === 'folder' || (scope === 'auto' && Math.max(this.listedArticles, this.store.size) <= AUTO_SCOPE_ARTICLES);
  }

  publish(entry: Analysed): void {
    if (!this.settingsLoaded) return; // republish() follows when they arrive
    // an open document's diagnostics are for the version analysed, and only while it is current
    if (entry.version !== null && this.openDoc(entry.uri)?.version !== entry.version) return;
    if (entry.version === null && !this.publishesClosed()) {
      if (this.shown.delete(entry.key)) {
        this.sent.delete(entry.key);
        void this.connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
      }
      return;
    }
    // during a scan the folder is incomplete: folder rules wait for its end (a quadratic amount of work otherwise)
    const folder = this.scanning ? undefined : { index: this.store.index, uri: entry.key };
    if (!folder) this.withoutFolder.add(entry.key);
    else this.withoutFolder.delete(entry.key);
    const reviews = this.folders.anyReviews() || entry.version !== null ? reviewsOf(this.folders, entry) : [];
    const diagnostics = articleDiagnostics(entry, effectiveRules(this.settings, entry.rules), folder, (key, span) => this.store.location(key, span), reviews);
    if (diagnostics.length) this.shown.add(entry.key);
    else if (!this.shown.delete(entry.key) && entry.version === null) return; // nothing to clear
    // what the client has already (for this version) is not sent again: a folder's republishing costs only what changed
    const hash = createHash('sha1').update(`${entry.version ?? ''}\u0000${entry.uri}\u0000${JSON.stringify(diagnostics)}`).digest('base64');
    if (this.sent.get(entry.key) === hash) return;
    this.sent.set(entry.key, hash);
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
    this.overviewChanged();
    setImmediate(() => {
      if (!this.scanning) settleGrouping(this);
    });
  }

  /** Settles when every scan queued so far has run. */
  whenIndexed(): Promise<void> {
    return this.queue;
  }

  refreshLenses(): void {
    if (this.flags.codeLensRefresh) this.connection.sendRequest(CodeLensRefreshRequest.type).catch((e: unknown) => this.error('code lens refresh', e));
  }

  refreshTokens(): void {
    if (this.flags.semanticTokensRefresh) this.connection.languages.semanticTokens.refresh();
  }
}

const matchers = new WeakMap<readonly string[], (rel: string) => boolean>();

/** The matcher of a folder's `files:` patterns, compiled once per config (host/glob.ts: linear in the path). */
function filesMatcher(patterns: readonly string[]): (rel: string) => boolean {
  let matcher = matchers.get(patterns);
  if (!matcher) matchers.set(patterns, (matcher = anyGlob(patterns)));
  return matcher;
}

/** A file's stat, or null when it cannot be had. */
function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
