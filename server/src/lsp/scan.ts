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
import { basename } from 'node:path';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { FolderCache, writeFolderCache } from '../host/cache.js';
import { listArticleFiles } from '../host/files.js';
import { toCached } from './articles.js';
import type { CachedAnalysis } from './articles.js';
import type { Folder } from './folders.js';
import { within } from './folders.js';
import { messages } from './messages.js';
import type { Session } from './session.js';
import { canonicalUri, pathToUri } from './uris.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The longest stretch of indexing between two turns of the event loop. */
const SLICE_MS = 8;
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
    return listArticleFiles(folder.path, folder.config.files).map((f) => f.path);
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

/** Opens the cache of each folder for the scan (none without a cache folder). */
function openCaches(session: Session, folders: readonly Folder[]): FolderCache<CachedAnalysis>[] {
  const dir = session.init.cacheDir;
  if (!dir) return [];
  const log = (m: string): void => session.connection.console.warn(m);
  return folders.map((f) => {
    const cache = FolderCache.open<CachedAnalysis>(dir, f.path, session.cacheVersion(), log);
    session.caches.set(f.path, cache);
    return cache;
  });
}

/** The folder's analyses as the cache keeps them, in the order of its files: those read from disk during this scan. */
function cacheEntries(session: Session, files: readonly string[]): [string, string, CachedAnalysis][] {
  const out: [string, string, CachedAnalysis][] = [];
  for (const path of files) {
    const entry = session.store.get(pathToUri(path));
    const readings = entry?.article ? session.store.index.readingsOf(entry.key) : undefined;
    if (entry?.article && entry.cacheKey && entry.version === null && readings) out.push([path, entry.cacheKey, toCached(entry.article, readings)]);
  }
  return out;
}

/** Closes the caches; writes each again, in the background, when it did not hold every file of the scan. */
function closeCaches(session: Session, caches: readonly FolderCache<CachedAnalysis>[], files: readonly string[], complete: boolean): void {
  const dir = session.init.cacheDir;
  for (const cache of caches) {
    session.caches.delete(cache.folder);
    const log = `analysis cache: ${cache.hits} articles of ${cache.folder} from the cache, ${cache.misses} analysed`;
    session.connection.console.log(log);
    const stale = cache.misses > 0;
    cache.close();
    if (!dir || !complete || !stale) continue;
    const entries = cacheEntries(session, files.filter((p) => within(cache.folder, p)));
    void writeFolderCache(dir, cache.folder, cache.version, entries, (m) => session.connection.console.warn(m)).then((written) => {
      if (written) session.connection.console.log(`analysis cache: wrote ${entries.length} articles of ${cache.folder}`);
    });
  }
}

async function scanNow(session: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths) queuedFor(session).set(p, (queuedFor(session).get(p) ?? 1) - 1);
  if (superseded(session, paths)) return;
  // read the folders now, not when the scan was queued: their isnad.yaml may have changed since
  const folders = paths.map((p) => session.folders.get(p));
  for (const folder of folders) session.publishConfig(folder);
  const files = folders.flatMap((f) => articleFiles(session, f));
  const progress = await startProgress(session, files.length);
  const caches = openCaches(session, folders);
  let done = 0;
  let reported = 0;
  let slice = 0;
  for (const path of files) {
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
    if (superseded(session, paths)) break;
    try {
      session.loadFile(path);
    } catch (e) {
      session.error(`indexing ${path}`, e);
    }
    done++;
    if (performance.now() - reported > PROGRESS_MS) {
      reported = performance.now();
      progress.report((done / files.length) * 100, messages.indexingStep(done, files.length, basename(path)));
    }
  }
  const complete = done === files.length;
  if (complete) forgetMissing(session, folders, new Set(files.map((p) => canonicalUri(pathToUri(p)))));
  closeCaches(session, caches, files, complete);
  progress.done();
  session.refreshLenses();
}

/** Queues a scan of these folders (absolute paths). */
export function scan(session: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths) queuedFor(session).set(p, (queuedFor(session).get(p) ?? 0) + 1);
  return session.enqueue(() => scanNow(session, paths));
}
