// The folder index's grouping of speakers and events kept in the cache
// folder, so a warm start that finds every article as it was does not
// regroup the folder (0.8–1.1 s at 31,030 articles). It is keyed by every
// article of the index and the key it has in the cache of analyses (a hash
// of its text, the code's version and its context, gazetteer included):
// any article added, removed or changed, an open document's text among
// them, is another key, and the folder is grouped afresh and kept again.
import { analysisKey, readKept, sha1, writeKept } from '../host/cache.js';
import type { Session } from './session.js';

const KIND = 'groupings';

/** The key of the index's articles as they are now; null when one of them has no key (it cannot be told from another text). */
function articlesKey(session: Session): string | null {
  const parts: string[] = [];
  for (const entry of session.store.all()) {
    if (!entry.article) continue;
    let key = entry.record?.key;
    if (key === undefined && entry.version !== null && entry.path !== null) {
      key = analysisKey(session.cacheVersion(), session.folders.place(entry.path).context, entry.text);
    }
    if (key === undefined) return null;
    parts.push(`${entry.key}\u0000${key}`);
  }
  return sha1(session.cacheVersion(), ...parts.sort());
}

/** What the kept grouping is of: the workspace folders. */
const keptId = (session: Session): string => session.folders.roots().map((f) => f.path).sort().join('\u0000');

/** The key last read or written this session: the same articles are not kept again. */
const lastKept = new WeakMap<Session, string>();

/**
 * Groups the folder index after a scan: takes the kept grouping when it is
 * of these very articles, else regroups and keeps the result (written on a
 * later turn: the end of indexing is not held up by it).
 */
export function settleGrouping(session: Session): void {
  const dir = session.init.cacheDir;
  const key = dir ? articlesKey(session) : null;
  if (!dir || key === null || lastKept.get(session) === key) {
    session.store.index.settle();
    return;
  }
  const id = keptId(session);
  const kept = readKept<Parameters<typeof session.store.index.adoptGrouping>[0]>(dir, KIND, id, key);
  lastKept.set(session, key);
  if (kept && session.store.index.adoptGrouping(kept)) {
    session.connection.console.log('analysis cache: the folder index (speakers, events) taken as kept, not regrouped');
    return;
  }
  session.store.index.settle();
  setImmediate(() => {
    const grouping = session.store.index.keptGrouping();
    if (!grouping || session.scanning) return;
    void writeKept(dir, KIND, id, key, grouping, (m) => session.connection.console.warn(m)).then((written) => {
      if (written) session.connection.console.log('analysis cache: folder index (speakers, events) kept for the next start');
    });
  });
}
