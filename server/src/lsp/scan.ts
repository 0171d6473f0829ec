// Indexing whole folders in the background: at start, and again when a
// folder's isnad.yaml changes. One article per turn of the event loop, so
// requests are answered in between; progress goes to the client as
// $/progress ("Isnad: indexing N articles"). Scans run one after another.
import { basename } from 'node:path';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { listArticleFiles } from '../host/files.js';
import type { Folder } from './folders.js';
import { within } from './folders.js';
import { messages } from './messages.js';
import type { Session } from './session.js';
import { canonicalUri, pathToUri } from './uris.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
  // read the folders now, not when the scan was queued: their isnad.yaml may have changed since
  const folders = paths.map((p) => session.folders.get(p));
  for (const folder of folders) session.publishConfig(folder);
  const files = folders.flatMap((f) => articleFiles(session, f));
  const progress = await startProgress(session, files.length);
  let done = 0;
  for (const path of files) {
    await nextTurn();
    try {
      session.loadFile(path);
    } catch (e) {
      session.error(`indexing ${path}`, e);
    }
    done++;
    progress.report((done / files.length) * 100, messages.indexingStep(done, files.length, basename(path)));
  }
  forgetMissing(session, folders, new Set(files.map((p) => canonicalUri(pathToUri(p)))));
  progress.done();
  session.refreshLenses();
}

/** Queues a scan of these folders (absolute paths). */
export function scan(session: Session, paths: readonly string[]): Promise<void> {
  return session.enqueue(() => scanNow(session, paths));
}
