// Reading an article file within the size limit (`isnad.maxFileSizeMB` in the
// editor, `--max-file-size-mb` on the command line). The analysis is linear,
// but a many-megabyte dump is not an article: refusing it before it is read
// keeps memory and time bounded, and the message names the setting to raise.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { decodeArticle } from './decode.js';
import type { Decoded } from './decode.js';

export const DEFAULT_MAX_FILE_SIZE_MB = 5;
const MB = 1024 * 1024;

/** The limit in bytes for a setting in MB; a missing, non-numeric or non-positive setting is the default. */
export function maxFileBytes(mb: unknown): number {
  const value = typeof mb === 'number' && Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_FILE_SIZE_MB;
  return Math.floor(value * MB);
}

/** A size in MB with at most two decimals and no trailing zeros (1.5, 2, 0.25). */
export const megabytesOf = (bytes: number): string => String(Number((bytes / MB).toFixed(2)));
const inMB = (bytes: number): string => `${megabytesOf(bytes)} MB`;

/** The problem of a file above the limit, naming the setting that raises it. */
export function tooLarge(bytes: number, maxBytes: number, setting: string): string {
  return `${inMB(bytes)}, larger than the ${inMB(maxBytes)} limit (raise ${setting} to analyse it)`;
}

/** The bytes of a regular file and its stat before the read, or why not: a problem, or its size above the limit. */
export type FileBytes = { bytes: Uint8Array; stats: Stats } | { problem: string; code?: string } | { tooLarge: number };

/**
 * Opens a file for reading without waiting on it, or null when it is
 * plainly not a regular file. A named pipe would block the open itself
 * until a writer came: where the system has O_NONBLOCK the open returns at
 * once, and the fstat after it refuses what is not a regular file (one
 * system call less per article than a stat before the open, which an
 * archive of 31,030 files felt); elsewhere a stat comes first. A socket
 * cannot be opened (ENXIO): not a regular file either.
 */
function openWithoutBlocking(path: string): number | null {
  if (constants.O_NONBLOCK === undefined) return statSync(path).isFile() ? openSync(path, 'r') : null;
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENXIO') return null;
    throw e;
  }
}

/**
 * Reads a regular file of at most `maxBytes`. Reads through one descriptor,
 * so a file that grows after it was measured is still cut at the limit; a
 * special file (a device such as /dev/zero, a named pipe, a socket), even
 * behind a link, is refused before it is opened, and again if the file
 * opened is not the one measured.
 */
export function readRegularFile(path: string, maxBytes: number, reuse = false): FileBytes {
  let fd: number | null;
  try {
    fd = openWithoutBlocking(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: `cannot read it (${code ?? 'error'})`, ...(code ? { code } : {}) };
  }
  if (fd === null) return { problem: 'not a regular file' };
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: 'not a regular file' };
    if (stats.size > maxBytes) return { tooLarge: stats.size };
    const bytes = readAll(fd, stats.size, maxBytes + 1, reuse ? readBuffer(stats.size + 1) : null);
    return bytes.length > maxBytes ? { tooLarge: bytes.length } : { bytes, stats };
  } catch (e) {
    return { problem: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes an article file of at most `maxBytes`; a read error or a special file is a problem like a bad encoding. */
export function readArticleFile(path: string, maxBytes: number, setting: string): Decoded {
  return readStampedArticle(path, maxBytes, setting).decoded;
}

/**
 * readArticleFile, with the stat of the file taken through the descriptor
 * just before it was read (null when it was not read): what a cache stamps
 * the analysis with, without stat'ing the file once more.
 */
export function readStampedArticle(path: string, maxBytes: number, setting: string): { decoded: Decoded; stats: Stats | null } {
  // (the bytes are decoded into a string at once and not kept: they may be read into the shared buffer)
  const read = readRegularFile(path, maxBytes, true);
  if ('tooLarge' in read) return { decoded: { problem: tooLarge(read.tooLarge, maxBytes, setting) }, stats: null };
  return 'bytes' in read ? { decoded: decodeArticle(read.bytes), stats: read.stats } : { decoded: { problem: read.problem }, stats: null };
}

/**
 * The buffer article files of up to REUSED_MAX bytes are read into, one for
 * all of them: their bytes are decoded into a string at once and dropped,
 * and a buffer of its own per file (outside the heap from 4 KB, freed only
 * when the collector sweeps it) costs the allocation, the sweep and the
 * memory. Longer files get their own, so this one never holds more.
 */
let reused: Buffer | null = null;
const REUSED_MAX = 256 * 1024;

/** A buffer of exactly `length` bytes over the reused one, or null when `length` is above REUSED_MAX. */
function readBuffer(length: number): Buffer | null {
  if (length > REUSED_MAX) return null;
  if (!reused || reused.length < length) reused = Buffer.allocUnsafeSlow(Math.max(length, 64 * 1024));
  return reused.subarray(0, length);
}

/**
 * Up to `limit` bytes from the start of a file measured at `size` bytes, read
 * into one buffer of `size + 1`, `into` when given (not zero-filled: only
 * the bytes read are returned). Filling the extra byte means the file grew since it was
 * measured: the buffer then doubles, up to the limit. A file that gives
 * exactly its measured size and no more is read once.
 */
function readAll(fd: number, size: number, limit: number, into: Buffer | null): Uint8Array {
  let buffer = into ?? Buffer.allocUnsafe(Math.min(size + 1, limit));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total >= limit) break;
      const grown = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.length * 2, 64 * 1024)));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const asked = buffer.length - total;
    const n = readSync(fd, buffer, total, asked, total);
    if (n === 0) break;
    total += n;
    // the measured size, and the extra byte asked for not given: the file ended where it was measured, and
    // the read that would return nothing to say so is spared (one system call of five per article)
    if (total === size && n < asked) break;
  }
  return buffer.subarray(0, total);
}
