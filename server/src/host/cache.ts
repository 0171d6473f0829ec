// A cache of analyses for one folder, so a second opening of an archive does
// not analyse it again. It lives in the editor's storage for the extension
// (the server is given the folder), never in the user's folder: one file per
// workspace folder, named by a hash of the folder's path. An entry is found
// by the article's path and holds only if its key still matches: a hash of
// the decoded text, the code's version and the context the analysis was
// given (publication date, outlet, URL, gazetteer), so any change to the
// text, to isnad.yaml's entry for it or to Isnad itself is a miss.
//
// A stat shortcut spares reading and hashing an unchanged file: an entry
// also keeps the file's stamp (size, mtime, inode, taken before the file was
// read) and its context key (contextKey as it is: comparing it costs less
// than hashing it, for each of an archive's files). When both are as they
// were, the entry is taken without reading the file; any difference and the
// file is read and hashed as before, the key deciding. A file modified
// within RACY_MS of its reading keeps no stamp (it may have changed again
// within the clock's resolution), so it is always read next time.
//
// The file: a magic line, a JSON header (version, folder, every file's key,
// place and stamp) and chunks of CHUNK entries, each one v8.serialize of an
// array (one call per chunk keeps shared objects shared and costs far less
// than one per entry), with a CRC-32 to check it by (chunkCheck). A chunk
// is read when an entry of it is first asked for; a scan asks in the order
// the file was written, so one chunk is decoded at a time. Written after a
// scan, in the background (a chunk per turn), to a temporary file renamed
// over the old one. A cache that cannot be read, is corrupt or is of
// another version is ignored (and said so), never fatal.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, utimesSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { open, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { deserialize, serialize } from 'node:v8';
import type { ArticleContext, GazetteerEntry } from '../analysis/model.js';

const MAGIC = Buffer.from('ISNAD-ANALYSES 4\n');
/** Bytes of the header's hash, after its length: a header that does not match it is not trusted. */
const HEADER_HASH = 20;
/** Caches of analyses kept in the storage folder: one per folder opened, the least recently used removed beyond this. */
export const MAX_FOLDER_CACHES = 8;
/** And beyond this many bytes in all. */
export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
/** Entries per chunk: small enough that decoding one is a short pause, large enough to share the call's cost. */
export const CHUNK = 256;
/** A file modified this close to its reading keeps no stamp: it is read again next time. */
export const RACY_MS = 2000;

/** The parts hashed as UTF-16 (Arabic text is held so: about twice as fast as re-encoding it as UTF-8). */
export const sha1 = (...parts: string[]): string => {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(p, 'utf16le').update('\u0000', 'utf16le');
  return hash.digest('base64');
};

const gazetteerHashes = new WeakMap<readonly GazetteerEntry[], string>();

/** The gazetteer's part of the key, hashed once per isnad.yaml (it is shared by every article of the folder). */
function gazetteerHash(speakers: readonly GazetteerEntry[] | undefined): string {
  if (!speakers?.length) return '';
  let hash = gazetteerHashes.get(speakers);
  if (hash === undefined) gazetteerHashes.set(speakers, (hash = sha1(JSON.stringify(speakers))));
  return hash;
}

/** What the analysis of an article was told, as one string: part of its key, and compared by the stat shortcut. */
export function contextKey(context: ArticleContext): string {
  return JSON.stringify([context.published ?? null, context.outlet ?? null, context.url ?? null, gazetteerHash(context.speakers)]);
}

/** The key an analysis is cached under: the text, the code's version and what the analysis was told. */
export function analysisKey(version: string, context: ArticleContext, text: string): string {
  return sha1(version, contextKey(context), text);
}

/**
 * The version of the running code: a hash of the script the process runs
 * (dist/server.js) as bytes, and `extra`. Bytes, not text: decoding the
 * bundle's megabytes to hash them as UTF-16 cost a tenth of the server's
 * start-up.
 */
export function codeVersion(extra: string): string {
  let script: Buffer;
  try {
    script = readFileSync(process.argv[1] ?? '');
  } catch {
    return sha1(extra);
  }
  return createHash('sha1').update(extra, 'utf16le').update(script).digest('base64');
}

/** A file as stat saw it before it was read. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** The stamp to keep of a file stat saw at `stats` and that was read at `readAt` (ms since the epoch); null when it is too fresh to trust. */
export function stampOf(stats: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>, readAt: number): FileStamp | null {
  return stats.mtimeMs < readAt - RACY_MS ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : null;
}

const sameStamp = (a: FileStamp, b: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** One article of a folder's cache as written. */
export interface CacheEntry<T> {
  path: string;
  key: string;
  value: T;
  /** contextKey of what the analysis was told, and the file's stamp: the stat shortcut's evidence (both or neither). */
  told?: string;
  stamp?: FileStamp | null;
}

/** path, key, chunk, index in chunk; then, for the stat shortcut, the context key, size, mtime, inode. */
type HeaderFile = [string, string, number, number] | [string, string, number, number, string, number, number, number];

interface Header {
  version: string;
  folder: string;
  files: HeaderFile[];
  /** offset (after the header), length and check (chunkCheck) of each chunk: a chunk that does not match its check is analysed again. */
  chunks: [number, number, string][];
}

export type CacheLog = (message: string) => void;

/** The cache file of a folder. */
export function cacheFile(cacheDir: string, folder: string): string {
  return join(cacheDir, 'analyses', `${sha1(folder).replace(/[/+=]/g, '_')}.bin`);
}

const bytesHash = (bytes: Uint8Array): Buffer => createHash('sha1').update(bytes).digest();

/**
 * zlib's CRC-32 where this Node has it (20.15 and later; the editor's may be
 * older). A chunk's check is against accidental damage (a bit flipped on
 * disk, a file cut short), which is what a CRC is made for, and it runs
 * several times faster than SHA-1 over the 90 MB of an archive's cache.
 */
const crc32: ((bytes: Uint8Array) => number) | null = typeof zlib.crc32 === 'function' ? (bytes) => zlib.crc32(bytes) : null;
const CRC = 'crc32:';

/** What a chunk is checked against: its CRC-32 (`crc32:N`), or its SHA-1 in base64 without zlib's CRC. */
const chunkCheck = (bytes: Uint8Array): string => (crc32 ? `${CRC}${crc32(bytes)}` : bytesHash(bytes).toString('base64'));

/** Whether a chunk's bytes are those its check was made of (a CRC this Node cannot compute never matches). */
function chunkMatches(bytes: Uint8Array, check: string): boolean {
  if (!check.startsWith(CRC)) return bytesHash(bytes).toString('base64') === check;
  return crc32 !== null && `${CRC}${crc32(bytes)}` === check;
}

/** The header, checked against its hash: a flipped bit in a path or a key must not give another article's analysis. */
function readHeader(bytes: Buffer): { header: Header; body: Buffer } {
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an Isnad cache of this format');
  const length = bytes.readUInt32LE(MAGIC.length);
  const hashAt = MAGIC.length + 4;
  const start = hashAt + HEADER_HASH;
  const json = bytes.subarray(start, start + length);
  if (json.length !== length || !bytesHash(json).equals(bytes.subarray(hashAt, start))) throw new Error('its header does not match its hash');
  const header = JSON.parse(json.toString('utf8')) as Header;
  if (!Array.isArray(header.files) || !Array.isArray(header.chunks)) throw new Error('no file list');
  return { header, body: bytes.subarray(start + length) };
}

interface Place {
  key: string;
  chunk: number;
  index: number;
  /** The context key, and the stamp, when the entry was written with them. */
  told?: string;
  stamp?: FileStamp;
}

/** A folder's cached analyses as they were when the file was written; entries of type T. */
export class FolderCache<T> {
  private readonly files = new Map<string, Place>();
  private body: Buffer | null = null;
  private chunks: [number, number, string][] = [];
  private decoded: { chunk: number; values: T[] } | null = null;
  /** Entries found (of them, by the stat shortcut) and missed since the cache was opened. */
  hits = 0;
  stamped = 0;
  misses = 0;

  private constructor(readonly path: string, readonly version: string, readonly folder: string, private readonly log: CacheLog) {}

  /** The folder's cache in `cacheDir` (empty when there is none yet or it cannot be used). */
  static open<T>(cacheDir: string, folder: string, version: string, log: CacheLog): FolderCache<T> {
    let bytes: Buffer | null;
    try {
      bytes = readFileSync(cacheFile(cacheDir, folder));
    } catch {
      bytes = null; // no cache yet
    }
    return FolderCache.of<T>(cacheDir, folder, version, log, bytes);
  }

  /**
   * The bytes of the folder's cache file, read off this thread (null when
   * there is none): an archive's is 90 MB, read while the caller lists the
   * folder, then given to `of`.
   */
  static async read(cacheDir: string, folder: string): Promise<Buffer | null> {
    let handle: FileHandle | undefined;
    try {
      handle = await open(cacheFile(cacheDir, folder), 'r');
      const { size } = await handle.stat();
      const bytes = Buffer.allocUnsafe(size);
      let at = 0;
      // the whole file in one read where the system gives it so: done in the thread pool, while readFile's
      // 512 KB steps each wait for this thread to turn, and it is busy reading isnad.yaml and listing the folder
      while (at < size) {
        const { bytesRead } = await handle.read(bytes, at, size - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return bytes.subarray(0, at);
    } catch {
      return null; // none yet, or unreadable: analysed again
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  /** The folder's cache from the bytes `read` gave (null: empty). */
  static of<T>(cacheDir: string, folder: string, version: string, log: CacheLog, bytes: Buffer | null): FolderCache<T> {
    const cache = new FolderCache<T>(cacheFile(cacheDir, folder), version, folder, log);
    if (bytes) cache.load(bytes);
    return cache;
  }

  private load(bytes: Buffer): void {
    try {
      const { header, body } = readHeader(bytes);
      if (header.version !== this.version || header.folder !== this.folder) {
        this.log(`analysis cache ${this.path}: written by another version of Isnad, analysing again`);
        return;
      }
      for (const [path, key, chunk, index, told, size, mtimeMs, ino] of header.files) {
        const stamp = told === undefined ? {} : { told, stamp: { size: size!, mtimeMs: mtimeMs!, ino: ino! } };
        this.files.set(path, { key, chunk, index, ...stamp });
      }
      this.body = body;
      this.chunks = header.chunks;
      // used now: the pruning of the storage folder keeps the caches used last
      try {
        const now = new Date();
        utimesSync(this.path, now, now);
      } catch {
        // a read-only storage folder: the cache is still used
      }
    } catch (e) {
      this.files.clear();
      this.log(`analysis cache ${this.path} is unreadable (${e instanceof Error ? e.message : String(e)}): ignored`);
    }
  }

  /** Whether the cache has an entry for `path` at all (whatever its key). */
  has(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * The stat shortcut: the entry for `path` and its key, when the file's
   * stat and the analysis's context are those it was written with (the file
   * need not be read); else undefined, and nothing is counted.
   */
  unchanged(path: string, told: string, stats: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>): { key: string; value: T } | undefined {
    const file = this.files.get(path);
    if (!file?.stamp || !sameStamp(file.stamp, stats) || file.told !== told) return undefined;
    const value = this.entry(file.chunk, file.index);
    if (value === undefined) return undefined;
    this.hits++;
    this.stamped++;
    return { key: file.key, value };
  }

  /** The entry cached for `path` under `key`, or undefined. */
  get(path: string, key: string): T | undefined {
    const file = this.files.get(path);
    const value = file && file.key === key ? this.entry(file.chunk, file.index) : undefined;
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  private entry(chunk: number, index: number): T | undefined {
    if (this.decoded?.chunk !== chunk) {
      const place = this.chunks[chunk];
      try {
        if (!place || !this.body) throw new Error(`no chunk ${chunk}`);
        const bytes = this.body.subarray(place[0], place[0] + place[1]);
        // each chunk's records are checked before they are trusted: a corrupted one is analysed again, never believed
        if (bytes.length !== place[1] || !chunkMatches(bytes, place[2])) throw new Error(`chunk ${chunk} does not match its check`);
        const values: unknown = deserialize(bytes);
        if (!Array.isArray(values)) throw new Error(`chunk ${chunk} is not a list`);
        this.decoded = { chunk, values: values as T[] };
      } catch (e) {
        this.log(`analysis cache ${this.path}: ${e instanceof Error ? e.message : String(e)}; those articles are analysed again`);
        this.dropChunk(chunk);
        return undefined;
      }
    }
    return this.decoded.values[index];
  }

  /** Forgets the entries of a chunk that cannot be decoded. */
  private dropChunk(chunk: number): void {
    for (const [path, file] of this.files) if (file.chunk === chunk) this.files.delete(path);
  }

  /** Lets go of the file's bytes (after the scan that read it). */
  close(): void {
    this.body = null;
    this.decoded = null;
    this.files.clear();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Bounds the storage folder: every folder ever opened (every path a folder
 * has had) leaves a cache of its analyses, with its parsed isnad.yaml and
 * grouping. Beyond MAX_FOLDER_CACHES caches, or MAX_CACHE_BYTES in all, the
 * least recently written go (`keep`, just written, always stays). Never throws.
 */
export async function pruneCache(cacheDir: string, keep: string, log: CacheLog): Promise<string[]> {
  const removed: string[] = [];
  for (const kind of ['analyses', 'configs', 'groupings']) {
    try {
      const folder = join(cacheDir, kind);
      const files = (await readdir(folder)).filter((f) => f.endsWith('.bin')).map((f) => join(folder, f));
      const stats = (await Promise.all(files.map(async (path) => ({ path, s: await stat(path).catch(() => null) }))))
        .flatMap(({ path, s }) => (s ? [{ path, size: s.size, mtimeMs: s.mtimeMs }] : []))
        .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.path === keep ? -1 : b.path === keep ? 1 : 0));
      let bytes = 0;
      for (const [i, f] of stats.entries()) {
        bytes += f.size;
        if (f.path === keep || (i < MAX_FOLDER_CACHES && bytes <= MAX_CACHE_BYTES)) continue;
        await unlink(f.path).then(() => removed.push(f.path), () => undefined);
      }
    } catch {
      // no such folder yet
    }
  }
  if (removed.length) log(`analysis cache: removed ${removed.length} files of folders not opened lately`);
  return removed;
}

/** Writes of this process so far: each its own temporary file. */
let writes = 0;

/** Writes `bytes` to a temporary file renamed over `path`, so a reader never sees half a file. */
async function replaceFile(path: string, bytes: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}-${++writes}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}

function headerFile(entry: CacheEntry<unknown>, chunk: number, index: number): HeaderFile {
  const { path, key, told, stamp } = entry;
  return told !== undefined && stamp ? [path, key, chunk, index, told, stamp.size, stamp.mtimeMs, stamp.ino] : [path, key, chunk, index];
}

/**
 * Writes a folder's entries as its cache: a chunk serialized per turn of
 * the event loop, then the file written to a temporary name and renamed
 * over the old one. Resolves false (after logging) when it could not be written.
 */
export async function writeFolderCache<T>(
  cacheDir: string, folder: string, version: string, entries: readonly CacheEntry<T>[], log: CacheLog,
): Promise<boolean> {
  const path = cacheFile(cacheDir, folder);
  try {
    const header: Header = { version, folder, files: [], chunks: [] };
    const parts: Buffer[] = [];
    let offset = 0;
    for (let from = 0; from < entries.length; from += CHUNK) {
      const slice = entries.slice(from, from + CHUNK);
      const chunk = header.chunks.length;
      slice.forEach((entry, index) => header.files.push(headerFile(entry, chunk, index)));
      const bytes = serialize(slice.map((e) => e.value));
      header.chunks.push([offset, bytes.length, chunkCheck(bytes)]);
      parts.push(bytes);
      offset += bytes.length;
      await nextTurn();
    }
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length);
    mkdirSync(join(cacheDir, 'analyses'), { recursive: true });
    await replaceFile(path, Buffer.concat([MAGIC, length, bytesHash(json), json, ...parts]));
    await pruneCache(cacheDir, path, log);
    return true;
  } catch (e) {
    log(`analysis cache ${path} not written: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

/** The file holding the parsed isnad.yaml of a folder. */
const parsedConfigFile = (cacheDir: string, configPath: string): string =>
  join(cacheDir, 'configs', `${sha1(configPath).replace(/[/+=]/g, '_')}.bin`);

/**
 * A parsed isnad.yaml (an archive's lists every article: 1.9 s to parse for
 * 31,030), kept beside the analyses under a hash of its text and the code's
 * version; `parse` runs, and its result is written in the background, when
 * the file holds another text or cannot be read.
 */
export function parsedConfig<T>(cacheDir: string, configPath: string, version: string, text: string, parse: () => T, log: CacheLog): T {
  const file = parsedConfigFile(cacheDir, configPath);
  const key = sha1(version, text);
  try {
    const kept = deserialize(readFileSync(file)) as { key?: unknown; parsed?: T };
    if (kept.key === key && kept.parsed !== undefined) return kept.parsed;
  } catch {
    // none yet, or unreadable: parsed again below
  }
  const parsed = parse();
  try {
    mkdirSync(join(cacheDir, 'configs'), { recursive: true });
    void replaceFile(file, serialize({ key, parsed })).catch((e: unknown) => log(`parsed config ${file} not written: ${e instanceof Error ? e.message : String(e)}`));
  } catch (e) {
    log(`parsed config ${file} not written: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parsed;
}

/** A file of `kind` kept in the cache folder under a hash of `id` (what it is of: a folder, a set of folders). */
const keptFile = (cacheDir: string, kind: string, id: string): string => join(cacheDir, kind, `${sha1(id).replace(/[/+=]/g, '_')}.bin`);

/** What writeKept kept of `kind` for `id`, if it was kept under `key`; undefined when not, or unreadable. */
export function readKept<T>(cacheDir: string, kind: string, id: string, key: string): T | undefined {
  try {
    const kept = deserialize(readFileSync(keptFile(cacheDir, kind, id))) as { key?: unknown; value?: T };
    return kept.key === key ? kept.value : undefined;
  } catch {
    return undefined; // none yet, or unreadable: made again by the caller
  }
}

/** Keeps `value` of `kind` for `id` under `key` (temporary file renamed over the old one); false, after logging, when it could not. */
export async function writeKept(cacheDir: string, kind: string, id: string, key: string, value: unknown, log: CacheLog): Promise<boolean> {
  const file = keptFile(cacheDir, kind, id);
  try {
    mkdirSync(join(cacheDir, kind), { recursive: true });
    await replaceFile(file, serialize({ key, value }));
    return true;
  } catch (e) {
    log(`${kind} ${file} not written: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
