// A cache of analyses for one folder, so a second opening of an archive does
// not analyse it again. It lives in the editor's storage for the extension
// (the server is given the folder), never in the user's folder: one file per
// workspace folder, named by a hash of the folder's path. An entry is found
// by the article's path and holds only if its key still matches: a hash of
// the decoded text, the code's version and the context the analysis was
// given (publication date, outlet, URL, gazetteer), so any change to the
// text, to isnad.yaml's entry for it or to Isnad itself is a miss.
//
// The file: a magic line, a JSON header (version, folder, every file's key
// and place) and chunks of CHUNK entries, each one v8.serialize of an array
// (one call per chunk keeps shared objects shared and costs far less than
// one per entry). A chunk is read when an entry of it is first asked for; a
// scan asks in the order the file was written, so one chunk is decoded at a
// time. Written after a scan, in the background (a chunk per turn), to a
// temporary file renamed over the old one. A cache that cannot be read, is
// corrupt or is of another version is ignored (and said so), never fatal.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleContext, GazetteerEntry } from '../analysis/model.js';

const MAGIC = Buffer.from('ISNAD-ANALYSES 1\n');
/** Entries per chunk: small enough that decoding one is a short pause, large enough to share the call's cost. */
export const CHUNK = 256;

/** The parts hashed as UTF-16 (Arabic text is held so: about twice as fast as re-encoding it as UTF-8). */
const sha1 = (...parts: string[]): string => {
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

/** The key an analysis is cached under: the text, the code's version and what the analysis was told. */
export function analysisKey(version: string, context: ArticleContext, text: string): string {
  const told = JSON.stringify([context.published ?? null, context.outlet ?? null, context.url ?? null, gazetteerHash(context.speakers)]);
  return sha1(version, told, text);
}

/** The version of the running code: a hash of the script the process runs (dist/server.js), and `extra`. */
export function codeVersion(extra: string): string {
  try {
    return sha1(extra, readFileSync(process.argv[1] ?? '', 'latin1'));
  } catch {
    return sha1(extra);
  }
}

interface Header {
  version: string;
  folder: string;
  /** path, key, chunk, index in chunk. */
  files: [string, string, number, number][];
  /** offset (after the header) and length of each chunk. */
  chunks: [number, number][];
}

export type CacheLog = (message: string) => void;

/** The cache file of a folder. */
export function cacheFile(cacheDir: string, folder: string): string {
  return join(cacheDir, 'analyses', `${sha1(folder).replace(/[/+=]/g, '_')}.bin`);
}

function readHeader(bytes: Buffer): { header: Header; body: Buffer } {
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an Isnad cache');
  const length = bytes.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(bytes.toString('utf8', start, start + length)) as Header;
  if (!Array.isArray(header.files) || !Array.isArray(header.chunks)) throw new Error('no file list');
  return { header, body: bytes.subarray(start + length) };
}

/** A folder's cached analyses as they were when the file was written; entries of type T. */
export class FolderCache<T> {
  private readonly files = new Map<string, { key: string; chunk: number; index: number }>();
  private body: Buffer | null = null;
  private chunks: [number, number][] = [];
  private decoded: { chunk: number; values: T[] } | null = null;
  /** Entries found and missed since the cache was opened. */
  hits = 0;
  misses = 0;

  private constructor(readonly path: string, readonly version: string, readonly folder: string, private readonly log: CacheLog) {}

  /** The folder's cache in `cacheDir` (empty when there is none yet or it cannot be used). */
  static open<T>(cacheDir: string, folder: string, version: string, log: CacheLog): FolderCache<T> {
    const cache = new FolderCache<T>(cacheFile(cacheDir, folder), version, folder, log);
    cache.load();
    return cache;
  }

  private load(): void {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path);
    } catch {
      return; // no cache yet
    }
    try {
      const { header, body } = readHeader(bytes);
      if (header.version !== this.version || header.folder !== this.folder) {
        this.log(`analysis cache ${this.path}: written by another version of Isnad, analysing again`);
        return;
      }
      for (const [path, key, chunk, index] of header.files) this.files.set(path, { key, chunk, index });
      this.body = body;
      this.chunks = header.chunks;
    } catch (e) {
      this.files.clear();
      this.log(`analysis cache ${this.path} is unreadable (${e instanceof Error ? e.message : String(e)}): ignored`);
    }
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
        const values: unknown = deserialize(this.body.subarray(place[0], place[0] + place[1]));
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

/** Writes of this process so far: each its own temporary file. */
let writes = 0;

/**
 * Writes a folder's entries (path, key, value) as its cache: a chunk
 * serialized per turn of the event loop, then the file written to a
 * temporary name and renamed over the old one. Resolves false (after
 * logging) when it could not be written.
 */
export async function writeFolderCache<T>(
  cacheDir: string, folder: string, version: string, entries: readonly (readonly [string, string, T])[], log: CacheLog,
): Promise<boolean> {
  const path = cacheFile(cacheDir, folder);
  const temporary = `${path}.${process.pid}-${++writes}.tmp`;
  try {
    const header: Header = { version, folder, files: [], chunks: [] };
    const parts: Buffer[] = [];
    let offset = 0;
    for (let from = 0; from < entries.length; from += CHUNK) {
      const slice = entries.slice(from, from + CHUNK);
      const chunk = header.chunks.length;
      slice.forEach(([p, key], index) => header.files.push([p, key, chunk, index]));
      const bytes = serialize(slice.map(([, , value]) => value));
      header.chunks.push([offset, bytes.length]);
      parts.push(bytes);
      offset += bytes.length;
      await nextTurn();
    }
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length);
    mkdirSync(join(cacheDir, 'analyses'), { recursive: true });
    await writeFile(temporary, Buffer.concat([MAGIC, length, json, ...parts]));
    await rename(temporary, path);
    return true;
  } catch (e) {
    log(`analysis cache ${path} not written: ${e instanceof Error ? e.message : String(e)}`);
    await unlink(temporary).catch(() => undefined);
    return false;
  }
}
