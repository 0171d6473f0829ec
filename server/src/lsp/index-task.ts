// The language server's work in the pool's worker threads (host/pool, served
// by dist/worker.js): read an article file that a folder scan could not take
// from the cache, analyse it, and send back what the folder index and the
// cache keep of it (a CachedAnalysis and its CacheRecord: no text, no
// segments; structured clone copies far less, and the main thread reads the
// text from disk only if something asks for it). Anything but a clean
// analysis (an unreadable or too large file, a failed analysis) comes back
// as `again`: the main thread does it again itself, and words its notice in
// the user's language.
import type { ArticleContext, GazetteerEntry } from '../analysis/model.js';
import { readArticle } from '../analysis/workspace/index.js';
import { analysisKey, contextKey, stampOf } from '../host/cache.js';
import { readStampedArticle } from '../host/limits.js';
import { defineTask } from '../host/pool/task.js';
import { analyseText, lineBreaks, toCached } from './cached.js';
import type { CacheRecord, CachedAnalysis } from './cached.js';
import { SIZE_SETTING } from './settings.js';

/** What every article of a scan shares, sent once to each worker. */
export interface IndexSetup {
  /** The code's version, part of every cache key. */
  version: string;
  maxBytes: number;
  /** The gazetteer of each folder scanned (isnad.yaml `speakers:`). */
  gazetteers: GazetteerEntry[][];
}

/** One article file: its path, its index key, what isnad.yaml says of it and its folder's gazetteer (by number). */
export interface IndexItem {
  path: string;
  key: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  gazetteer: number;
}

export type IndexResult = { kind: 'analysed'; cached: CachedAnalysis; record: CacheRecord } | { kind: 'again' };

/** Reads and analyses one file; the stamp is the stat just before the read, so a file changed meanwhile is read again next time. */
export function indexArticle(setup: IndexSetup, item: IndexItem): IndexResult {
  const readAt = Date.now();
  const { decoded, stats } = readStampedArticle(item.path, setup.maxBytes, SIZE_SETTING);
  if ('problem' in decoded || !stats) return { kind: 'again' };
  const context: ArticleContext = { published: item.published, outlet: item.outlet, url: item.url, speakers: setup.gazetteers[item.gazetteer] ?? [] };
  const outcome = analyseText(decoded.text, context, setup.maxBytes);
  if (!('article' in outcome)) return { kind: 'again' };
  const lines = lineBreaks(decoded.text);
  const readings = readArticle(item.key, outcome.article, context.speakers);
  const told = contextKey(context);
  const record: CacheRecord = { key: analysisKey(setup.version, context, decoded.text), told, stamp: stampOf(stats, readAt), lines };
  return { kind: 'analysed', cached: toCached(outcome.article, readings, lines, decoded.notice), record };
}

export const indexTask = defineTask('isnad.index', (setup: IndexSetup) => (item: IndexItem) => indexArticle(setup, item));

/** The tasks the language server runs in the pool (host/pool/entry.ts registers them). */
export const SERVER_TASKS = [indexTask] as const;
