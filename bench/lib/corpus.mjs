// The corpus the benchmarks run on: SaudiNewsNet from ../shared/corpus,
// extracted once as plain-text files into bench/.cache/ and reused while
// its marker says the extraction finished. Without ../shared (or the
// folder ISNAD_SHARED names) the corpus benchmarks are skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = join(ROOT, 'bench', '.cache');
/** ../shared, or where ISNAD_SHARED says it is. */
const SNN = join(process.env.ISNAD_SHARED ?? join(ROOT, '..', 'shared'), 'corpus', 'snn.mjs');
const MARKER = '.extracted.json';

export const corpusAvailable = () => existsSync(SNN);

/** The .txt files of a folder (not recursive: the extraction is flat), sorted, with their sizes. */
export function corpusFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, path: join(dir, name), bytes: statSync(join(dir, name)).size }));
}

/**
 * Extracts the corpus (all of it, or the first `limit` articles) into
 * bench/.cache/NAME unless a finished extraction is there; returns its
 * folder, file count and size.
 */
export function ensureCorpus(name, limit = null) {
  const dir = join(CACHE, name);
  const marker = join(dir, MARKER);
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const how = limit === null ? ['--all'] : ['--limit', String(limit)];
  const started = performance.now();
  const r = spawnSync(process.execPath, [SNN, 'extract', dir, ...how], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`extracting the corpus failed: ${r.stderr || r.error}`);
  const files = corpusFiles(dir);
  const info = { dir, files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0), extractMs: performance.now() - started };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}
