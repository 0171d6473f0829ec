// Reading an article file within the size limit (`isnad.maxFileSizeMB` in the
// editor, `--max-file-size-mb` on the command line). The analysis is linear,
// but a many-megabyte dump is not an article: refusing it before it is read
// keeps memory and time bounded, and the message names the setting to raise.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeArticle } from './decode.js';
import type { Decoded } from './decode.js';

export const DEFAULT_MAX_FILE_SIZE_MB = 5;
const MB = 1024 * 1024;

/** The limit in bytes for a setting in MB; a missing, non-numeric or non-positive setting is the default. */
export function maxFileBytes(mb: unknown): number {
  const value = typeof mb === 'number' && Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_FILE_SIZE_MB;
  return Math.floor(value * MB);
}

const inMB = (bytes: number): string => `${(bytes / MB).toFixed(2).replace(/\.?0+$/, '')} MB`;

/** The problem of a file above the limit, naming the setting that raises it. */
export function tooLarge(bytes: number, maxBytes: number, setting: string): string {
  return `${inMB(bytes)}, larger than the ${inMB(maxBytes)} limit (raise ${setting} to analyse it)`;
}

/**
 * Reads and decodes an article file of at most `maxBytes`. Reads through one
 * descriptor, so a file that grows after it was measured is still cut at the
 * limit; a read error or a special file is a problem like a bad encoding.
 */
export function readArticleFile(path: string, maxBytes: number, setting: string): Decoded {
  let fd: number;
  try {
    // a named pipe would block the open itself: only regular files are opened
    if (!statSync(path).isFile()) return { problem: 'not a regular file' };
    fd = openSync(path, 'r');
  } catch (e) {
    return { problem: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: 'not a regular file' };
    if (stats.size > maxBytes) return { problem: tooLarge(stats.size, maxBytes, setting) };
    const bytes = readAll(fd, maxBytes + 1);
    if (bytes.length > maxBytes) return { problem: tooLarge(bytes.length, maxBytes, setting) };
    return decodeArticle(bytes);
  } catch (e) {
    return { problem: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Up to `limit` bytes from the start of the file. */
function readAll(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(limit - total, 1 * MB));
    const n = readSync(fd, chunk, 0, chunk.length, total);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}
