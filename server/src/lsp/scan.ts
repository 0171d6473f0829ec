// Indexing whole folders in the background: at start, and again when a
// folder's isnad.yaml changes. One article per turn of the event loop, so
// requests are answered in between; progress goes to the client as
// $/progress ("Isnad: indexing N articles"). Scans run one after another; a
// scan that a later one queued for the same folder makes pointless (isnad.yaml
// saved twice, the size limit changed) stops, and the later one does the work.
// One article that cannot be read or analysed never stops a scan.
import { basename } from 'node:path';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { listArticleFiles } from '../host/files.js';
import type { Folder } from './folders.js';
import { within } from './folders.js';
import { messages } from './messages.js';
import type { Session } from './session.js';
import { canonicalUri, pathToUri } from './uris.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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

async function scanNow(session: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths) queuedFor(session).set(p, (queuedFor(session).get(p) ?? 1) - 1);
  if (superseded(session, paths)) return;
  // read the folders now, not when the scan was queued: their isnad.yaml may have changed since
  const folders = paths.map((p) => session.folders.get(p));
  for (const folder of folders) session.publishConfig(folder);
  const files = folders.flatMap((f) => articleFiles(session, f));
  const progress = await startProgress(session, files.length);
  let done = 0;
  for (const path of files) {
    await nextTurn();
    if (superseded(session, paths)) break;
    try {
      session.loadFile(path);
    } catch (e) {
      session.error(`indexing ${path}`, e);
    }
    done++;
    progress.report((done / files.length) * 100, messages.indexingStep(done, files.length, basename(path)));
  }
  if (done === files.length) forgetMissing(session, folders, new Set(files.map((p) => canonicalUri(pathToUri(p)))));
  progress.done();
  session.refreshLenses();
}

/** Queues a scan of these folders (absolute paths). */
export function scan(session: Session, paths: readonly string[]): Promise<void> {
  for (const p of paths) queuedFor(session).set(p, (queuedFor(session).get(p) ?? 0) + 1);
  return session.enqueue(() => scanNow(session, paths));
}
