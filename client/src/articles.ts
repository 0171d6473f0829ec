// Which plain-text documents are news articles beyond the `**/seeds/*.txt`
// pattern of the manifest: files the `isnad.files` setting names, and `.txt`
// files in a folder (or below one) that holds an isnad.yaml. Pure: paths are
// POSIX paths (a vscode.Uri's `path`), and the file system is asked by the caller.
import { posix } from 'node:path';
import { globMatcher } from '../../server/src/host/glob.js';

export const CONFIG_FILE = 'isnad.yaml';

/**
 * Whether one of the `isnad.files` globs names the file. Globs are relative
 * to the file's workspace folder (`articles/**\/*.txt`); an absolute glob is
 * matched against the whole path.
 */
export function matchesFilesSetting(path: string, folder: string | undefined, globs: readonly string[]): boolean {
  const usable = globs.filter((g) => typeof g === 'string' && g.trim() !== '');
  if (usable.length === 0) return false;
  const relative = folder !== undefined && isInside(path, folder) ? posix.relative(folder, path) : undefined;
  return usable.some((glob) => {
    // a linear-time matcher: a folder's settings may hold a pattern made to backtrack for ever
    const matcher = globMatcher(glob, { dot: true });
    return glob.startsWith('/') ? matcher(path) : relative !== undefined && matcher(relative);
  });
}

export function isInside(path: string, folder: string): boolean {
  const rel = posix.relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !posix.isAbsolute(rel);
}

/**
 * Where an isnad.yaml would make a `.txt` file an article: its own folder
 * and each folder above it up to its workspace folder, nearest first. A file
 * outside every workspace folder has only its own folder.
 */
export function configCandidates(path: string, folder: string | undefined): string[] {
  if (!path.toLowerCase().endsWith('.txt')) return [];
  const out: string[] = [];
  let dir = posix.dirname(path);
  for (;;) {
    out.push(posix.join(dir, CONFIG_FILE));
    if (folder === undefined || dir === folder || !isInside(dir, folder)) break;
    dir = posix.dirname(dir);
  }
  return out;
}

/** How much of a file is read to tell whether it is Arabic prose. */
const SAMPLE = 4000;
/** Below this many letters a file says too little (a note, a list of names). */
const MIN_LETTERS = 200;
/** The share of Arabic letters among all letters that makes a text Arabic prose. */
const ARABIC_SHARE = 0.6;

/**
 * Whether a plain-text file reads as Arabic prose, such as a news article:
 * enough letters in its opening, most of them Arabic. An ordinary folder of
 * Arabic articles is recognised by this, without an isnad.yaml.
 */
export function looksArabic(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let letters = 0;
  let arabic = 0;
  for (const [ch] of sample.matchAll(/\p{L}/gu)) {
    letters += 1;
    if (/\p{Script=Arabic}/u.test(ch)) arabic += 1;
  }
  return letters >= MIN_LETTERS && arabic / letters >= ARABIC_SHARE;
}
