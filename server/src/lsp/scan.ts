// Indexing whole folders in the background: at start, and again when a
// folder's isnad.yaml changes. Articles are read in slices of SLICE_MS, and
// the event loop turns between slices, so requests (an open document's hover)
// are answered in between; progress goes to the client as $/progress
// ("Isnad: indexing N articles"), at most every PROGRESS_MS. Scans run one
// after another; a scan that a later one queued for the same folder makes
// pointless (isnad.yaml saved twice, the size limit changed) stops, and the
// later one does the work. One article that cannot be read or analysed never
// stops a scan. With a cache folder (the client's storage), each folder's
// cache of analyses is opened for the scan and written again after it, in
// the background, when it missed anything.
//
// A scan goes in two passes. First, in this thread, the open documents and
// the files the cache holds (most without being read: host/cache.ts). Then
// the rest, analysed in the pool's worker threads (index-task.ts), one per
// core, while this thread answers requests and files each result as it
// comes, in the scan's order. Without dist/worker.js (the sources run by
// tsx), with ISNAD_INDEX_WORKERS=0, or when a worker dies (said in the log),
// the rest is analysed in this thread, as before; so is a rest of under 1 MB
// (worthWorkers).
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { FolderCache, analysisKey, contextKey, writeFolderCache } from '../host/cache.js';
import type { CacheEntry } from '../host/cache.js';
import { walkArticles } from '../host/article-walk.js';
import { ConfigChain, confinedReader } from '../host/config-chain.js';
import type { Skipped } from '../host/files.js';
import { cleanLeftovers } from '../host/reviews.js';
import { WorkerPool, fewBytes, fileSizes, workerScript } from '../host/pool/pool.js';
import { Prestat } from '../host/prestat.js';
import type { Analysed } from './articles.js';
import { lineBreaks, toCached } from './cached.js';
import type { CacheRecord, CachedAnalysis } from './cached.js';
import type { Folder } from './folders.js';
import { within } from './folders.js';
import { indexTask } from './index-task.js';
import type { IndexItem, IndexSetup } from './index-task.js';
import { messages } from './messages.js';
import type { Session } from './session.js';
import { canonicalUri, pathToUri } from './uris.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The longest stretch of indexing between two turns of the event loop: a
 * request that comes in the middle of one waits for its end, and the editor
 * expects a hover in 10 ms.
 */
const SLICE_MS = 4;
/** The shortest time between two progress reports. */
const PROGRESS_MS = 100;

/** Per session, per folder: scans queued and not yet started. */
const queued = new WeakMap<Session, Map<string, number>>();

function queuedFor(session: Session): Map<string, number> {
  let counts = queued.get(session);
  if (!counts) queued.set(session, (counts = new Map()));
  return counts;
}

/** Whether a scan queued after this one will cover every one of these folders. */
const superseded = (session: Session, paths: readonly string[]): boolean =>
  paths.length > 0 && paths.every((p) => (queuedFor(session).get(p) ?? 0) > 0);

type Progress = Pick<WorkDoneProgressServerReporter, 'report' | 'done'>;
const silent: Progress = { report: () => undefined, done: () => undefined };

async function startProgress(session: Session, total: number): Promise<Progress> {
  try {
    const progress = await session.connection.window.createWorkDoneProgress();
    progress.begin(messages.indexingTitle(total), 0, undefined, false);
    return progress;
  } catch (e) {
    session.error('progress', e); // the client refused the token: index without telling it
    return silent;
  }
}

function articleFiles(session: Session, folder: Folder): string[] {
  try {
    const onSkip = (s: Skipped): void => session.connection.console.warn(messages.unreadable(s.path, s.problem));
    // each subfolder with its nearest isnad.yaml's files: and ignore:, and .gitignore honoured, as the command line walks
    const chain = new ConfigChain(session.init.trusted ? undefined : confinedReader(session.folders.rootOf(folder.path)), folder.path);
    // the folder's own isnad.yaml as the session holds it (the editor's text, or the last good one): not parsed again
    if (folder.text !== null) chain.seed(folder.configPath, folder.config);
    return walkArticles(folder.path, chain, { onSkip, followLinksOut: session.init.trusted }).map((f) => f.path);
  } catch (e) {
    session.error(`listing ${folder.path}`, e);
    return [];
  }
}

/** Drops the files of these folders that the scan no longer found (open documents stay). */
function forgetMissing(session: Session, folders: readonly Folder[], found: ReadonlySet<string>): void {
  for (const entry of session.store.all()) {
    const path = entry.path;
    if (entry.version !== null || path === null || found.has(entry.key)) continue;
    if (folders.some((f) => within(f.path, path))) session.forget(entry.uri);
  }
}

/** The bytes of each folder's cache, read in the background while the folders are listed (none without a cache folder). */
function readCaches(session: Session, folders: readonly Folder[]): Promise<(Buffer | null)[]> {
  const dir = session.init.cacheDir;
  return Promise.all(dir ? folders.map((f) => takeCacheRead(session, f.path) ?? FolderCache.read(dir, f.path)) : []);
}

/**
 * Starts reading the cache file of each folder at initialize, for the first
 * scan: an archive's is 90 MB, and the scan would otherwise wait for it
 * after reading isnad.yaml and listing the folder.
 */
export function prefetchCaches(session: Session, paths: readonly string[]): void {
  const dir = session.init.cacheDir;
  if (dir) for (const path of paths) session.cacheReads.set(path, FolderCache.read(dir, path));
}

/** The read prefetchCaches started for `path`, once. */
function takeCacheRead(session: Session, path: string): Promise<Buffer | null> | undefined {
  const read = session.cacheReads.get(path);
  session.cacheReads.delete(path);
  return read;
}

/** Opens the cache of each folder for the scan from the bytes readCaches gave. */
function openCaches(session: Session, folders: readonly Folder[], bytes: readonly (Buffer | null)[]): FolderCache<CachedAnalysis>[] {
  const dir = session.init.cacheDir;
  if (!dir) return [];
  const log = (m: string): void => session.connection.console.warn(m);
  return folders.map((f, i) => {
    const cache = FolderCache.of<CachedAnalysis>(dir, f.path, session.cacheVersion(), log, bytes[i] ?? null);
    session.caches.set(f.path, cache);
    return cache;
  });
}

/** The folder's analyses as the cache keeps them, in the order of its files: those of files on disk analysed while a cache was open. */
function cacheEntries(session: Session, files: readonly string[]): CacheEntry<CachedAnalysis>[] {
  const out: CacheEntry<CachedAnalysis>[] = [];
  for (const path of files) {
    const entry = session.store.get(pathToUri(path));
    const record = entry && (entry.record ?? openRecord(session, entry, path));
    const readings = entry?.article ? session.store.index.readingsOf(entry.key) : undefined;
    if (!entry?.article || !record || !readings) continue;
    const encoding = entry.notice?.code === 'encoding' ? entry.notice.message : undefined;
    out.push({ path, key: record.key, told: record.told, stamp: record.stamp, value: toCached(entry.article, readings, record.lines, encoding) });
  }
  return out;
}

/**
 * An open document's analysis as the cache files it: under the key of the
 * editor's text, without a stamp. The next start reads and hashes the file,
 * and takes the analysis if the file holds that text (saved, or never
 * edited) instead of analysing it before its code is even compiled.
 */
function openRecord(session: Session, entry: Analysed, path: string): CacheRecord | undefined {
  if (entry.version === null || !entry.article) return undefined;
  const { context } = session.folders.place(path);
  return { key: analysisKey(session.cacheVersion(), context, entry.text), told: contextKey(context), stamp: null, lines: lineBreaks(entry.text) };
}

/** Closes the caches; writes each again, in the background, when it did not hold every file of the scan. */
function closeCaches(session: Session, caches: readonly FolderCache<CachedAnalysis>[], files: readonly string[], complete: boolean): void {
  const dir = session.init.cacheDir;
  for (const cache of caches) {
    session.caches.delete(cache.folder);
    const log = `analysis cache: ${cache.hits} articles of ${cache.folder} from the cache (${cache.stamped} of them not read), ${cache.misses} analysed`;
    session.connection.console.log(log);
    const stale = cache.misses > 0 || cache.hits > cache.stamped; // new analyses, or new stamps to spare reading next time
    cache.close();
    if (!dir || !complete || !stale) continue;
    const entries = cacheEntries(session, files.filter((p) => within(cache.folder, p)));
    void writeFolderCache(dir, cache.folder, cache.version, entries, (m) => session.connection.console.warn(m)).then((written) => {
      if (written) session.connection.console.log(`analysis cache: wrote ${entries.length} articles of ${cache.folder}`);
    });
  }
}

/** ISNAD_INDEX_WORKERS when it is a count (0: none), else null. */
function workersSet(): number | null {
  const set = Number(process.env['ISNAD_INDEX_WORKERS']);
  return process.env['ISNAD_INDEX_WORKERS'] !== undefined && Number.isInteger(set) && set >= 0 ? set : null;
}

/** Worker threads for the scans: ISNAD_INDEX_WORKERS (0: none), else one per core. */
const workerCount = (): number => workersSet() ?? availableParallelism();

/**
 * Whether the files the cache could not give go to the workers: unless they
 * are a few, under 1 MB, which this thread analyses sooner than a worker
 * thread starts (half a second, compiling the analysis). ISNAD_INDEX_WORKERS
 * set sends them whatever their size.
 */
const worthWorkers = (rest: readonly string[]): boolean => rest.length > 0 && (workersSet() !== null || !fewBytes(fileSizes(rest)));

/** The session's pool (started at the first scan that needs it), or null: no worker script, or no workers wanted. */
export function poolOf(session: Session): WorkerPool | null {
  if (session.pool) return session.pool;
  const script = workerScript();
  const workers = workerCount();
  if (!script || workers === 0) return null;
  return (session.pool = new WorkerPool({ workers, script, background: true }));
}

/** What the scan tells the client, and when it turns the event loop. */
class Pace {
  done = 0;
  private reported = 0;
  private slice = performance.now();

  constructor(private readonly progress: Progress, readonly total: number) {}

  /** One more file done; reports progress at most every PROGRESS_MS. */
  step(path: string): void {
    this.done++;
    if (performance.now() - this.reported <= PROGRESS_MS) return;
    this.reported = performance.now();
    this.progress.report((this.done / this.total) * 100, messages.indexingStep(this.done, this.total, basename(path)));
  }

  /** Lets the event loop turn (requests, worker results) when this slice has run long enough. */
  async turn(): Promise<void> {
    if (performance.now() - this.slice <= SLICE_MS) return;
    await nextTurn();
    this.slice = performance.now();
  }
}

/** One file in this thread; a failure is logged and never stops the scan. */
function loadHere(session: Session, path: string, read: boolean): void {
  try {
    session.loadFile(path, { read, scan: true });
  } catch (e) {
    session.error(`indexing ${path}`, e);
  }
}

/** The work of a worker for each file: its index key, what isnad.yaml says of it, its folder's gazetteer. */
function indexItems(session: Session, paths: readonly string[]): { setup: IndexSetup; items: IndexItem[] } {
  const setup: IndexSetup = { version: session.cacheVersion(), maxBytes: session.settings.maxFileBytes, gazetteers: [] };
  const gazetteers = new Map<string, number>();
  const items = paths.map((path) => {
    const { folder, context } = session.folders.place(path);
    let gazetteer = gazetteers.get(folder.path);
    if (gazetteer === undefined) gazetteers.set(folder.path, (gazetteer = setup.gazetteers.push(folder.config.speakers) - 1));
    return { path, key: canonicalUri(pathToUri(path)), published: context.published ?? null, outlet: context.outlet ?? null, url: context.url ?? null, gazetteer };
  });
  return { setup, items };
}

/**
 * The files the cache could not give, in worker threads; each result filed
 * as it comes. Returns how many were done: after a failure of the pool, the
 * caller does the rest in this thread.
 */
async function inWorkers(session: Session, pool: WorkerPool, paths: readonly string[], pace: Pace, stop: () => boolean): Promise<number> {
  const { setup, items } = indexItems(session, paths);
  let done = 0;
  session.connection.console.log(`indexing: ${paths.length} articles analysed in ${pool.size} worker threads`);
  try {
    for await (const result of pool.run(indexTask, setup, items, { batch: WORKER_BATCH, ahead: WORKER_AHEAD * pool.size })) {
      const path = paths[done]!;
      try {
        session.fileIndexed(path, items[done]!.key, result);
      } catch (e) {
        session.error(`indexing ${path}`, e);
      }
      done++;
      pace.step(path);
      if (stop()) break;
      await pace.turn();
    }
  } catch (e) {
    if (session.closing) return done; // shut down: the pool was closed on purpose
    session.connection.console.warn(`indexing in worker threads failed (${e instanceof Error ? e.message : String(e)}): the other articles are analysed in the server's thread`);
    session.pool = null;
    void pool.close();
  }
  return done;
}

/** Articles sent to a worker at once: a batch comes back as one message. */
const WORKER_BATCH = 16;
/** Batches a worker may run ahead of this thread: enough that a pause here (a major GC) does not leave it idle. */
const WORKER_AHEAD = 32;

/**
 * Files each of `files` (but those loaded otherwise since the scan began):
 * in this thread, an open document (the editor's text) and what the cache
 * holds; the rest in the workers, or here (see worthWorkers). Returns the
 * rest: the files the cache could not give.
 */
async function indexFiles(session: Session, files: readonly string[], pace: Pace, stop: () => boolean, prestat: Prestat | null): Promise<string[]> {
  const rest: string[] = [];
  for (const [i, path] of files.entries()) {
    await pace.turn();
    if (stop()) break;
    try {
      if (session.openDoc(pathToUri(path))) {
        // the editor's text, never the disk's: analysed here, once (not again when it was since the scan began)
        if (!session.loadedDuringScan?.has(path)) loadHere(session, path, true);
        pace.step(path);
      } else if (session.fromCache(path, prestat?.get(i))) pace.step(path);
      else rest.push(path);
    } catch (e) {
      session.error(`indexing ${path}`, e);
      pace.step(path);
    }
  }
  const pool = poolOf(session);
  const inPool = pool && !stop() && worthWorkers(rest) ? await inWorkers(session, pool, rest, pace, stop) : 0;
  for (const path of rest.slice(inPool)) {
    await pace.turn();
    if (stop()) break;
    loadHere(session, path, true);
    pace.step(path);
  }
  return rest;
}

async function scanNow(session: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths) queuedFor(session).set(p, (queuedFor(session).get(p) ?? 1) - 1);
  if (superseded(session, paths)) return;
  // read the folders now, not when the scan was queued: their isnad.yaml may have changed since
  const folders = paths.map((p) => session.folders.get(p));
  // from here on, what the editor has analysed is by this config: the scan need not do it again
  session.loadedDuringScan = new Set();
  try {
    await scanFolders(session, paths, folders);
  } finally {
    session.loadedDuringScan = null;
  }
}

async function scanFolders(session: Session, paths: readonly string[], folders: readonly Folder[]): Promise<void> {
  for (const folder of folders) session.publishConfig(folder);
  // temp files and a lock left by a process killed while it wrote isnad.yaml
  for (const folder of folders) {
    void cleanLeftovers(folder.path).then((removed) => {
      for (const path of removed) session.connection.console.log(`removed ${path}, left by a write of isnad.yaml that did not finish`);
    });
  }
  const cacheBytes = readCaches(session, folders);
  const files = folders.flatMap((f) => articleFiles(session, f));
  // before any is read: the "auto" diagnostics scope knows the folder's size from its first article on
  session.listedArticles = Math.max(files.length, session.folders.roots().length === folders.length ? 0 : session.listedArticles);
  const progress = await startProgress(session, files.length);
  const bytes = await cacheBytes;
  // with a cache, most files are taken by their stat: taken ahead, in a thread of its own, started before the
  // cache's header is parsed (a cache of another version then costs the thread's stats for nothing; starting
  // after the parse made the warm start of the corpus about 0.4 s slower)
  const prestat = bytes.some(Boolean) ? new Prestat(files) : null;
  const caches = openCaches(session, folders, bytes);
  // the files no cache holds go to the workers: started now, they load the analysis while this thread files the cache's
  if (worthWorkers(files.filter((p) => !caches.some((c) => c.has(p))))) poolOf(session)?.start();
  const pace = new Pace(progress, files.length);
  const stop = (): boolean => session.closing || superseded(session, paths);
  let rest: string[];
  try {
    rest = await indexFiles(session, files, pace, stop, prestat);
  } finally {
    prestat?.close();
  }
  // the misses: the files the cache could not give (those this scan analysed, had it run to the end)
  for (const cache of caches) cache.misses = rest.filter((p) => within(cache.folder, p)).length;
  const complete = pace.done === files.length;
  if (complete) forgetMissing(session, folders, new Set(files.map((p) => canonicalUri(pathToUri(p)))));
  progress.done();
  // the cache is written after the end is told: it is for the next start, not part of this one's indexing
  await nextTurn();
  closeCaches(session, caches, files, complete);
  session.refreshLenses();
}

/** Queues a scan of these folders (absolute paths). */
export function scan(session: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths) queuedFor(session).set(p, (queuedFor(session).get(p) ?? 0) + 1);
  return session.enqueue(() => scanNow(session, paths));
}
