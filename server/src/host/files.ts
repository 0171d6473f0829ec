// Finding article files: the paths the user names, folders walked recursively
// for .txt files (and whatever the folder's `files:` patterns add), skipping
// node_modules and dot-folders. Paths come back as the user would write them:
// `seeds` gives `seeds/001_….txt`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from './config.js';
import { anyGlob } from './glob.js';

const SKIPPED_FOLDERS = new Set(['node_modules']);
const ARTICLE_EXTENSION = '.txt';

export interface ArticleFile {
  /** The path for display and output: the command-line path joined with `rel`. */
  path: string;
  /** Relative to the folder being analysed, with forward slashes: the key into isnad.yaml. */
  rel: string;
}

/** A problem the user caused (a missing path …): reported in one line, exit 2. */
export class UsageError extends Error {}

export type PathKind = 'file' | 'folder';

/** Whether `path` is a file or a folder; a UsageError when it is neither. */
export function pathKind(path: string): PathKind {
  let stats;
  try {
    stats = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file or folder: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  throw new UsageError(`not a file or folder: ${path}`);
}

/**
 * Every article file under `folder`, sorted by relative path. `patterns` are
 * extra globs (from isnad.yaml `files:`) relative to the folder.
 */
export function listArticleFiles(folder: string, patterns: readonly string[] = []): ArticleFile[] {
  const extra = patterns.length ? anyGlob(patterns) : () => false;
  const rels: string[] = [];
  walk(folder, '', (rel) => {
    if (rel === CONFIG_FILE) return;
    if (rel.endsWith(ARTICLE_EXTENSION) || extra(rel)) rels.push(rel);
  });
  rels.sort(compareCodeUnits);
  return rels.map((rel) => ({ path: join(folder, rel), rel }));
}

function walk(root: string, rel: string, visit: (rel: string) => void): void {
  let dirents;
  try {
    dirents = readdirSync(join(root, rel), { withFileTypes: true });
  } catch (e) {
    if (rel === '') throw new UsageError(`cannot read folder ${root} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return; // an unreadable subfolder is skipped, as `find` would
  }
  for (const d of dirents) {
    const childRel = rel ? `${rel}/${d.name}` : d.name;
    if (d.name.startsWith('.')) continue;
    const kind = d.isSymbolicLink() ? symlinkKind(join(root, childRel)) : d.isDirectory() ? 'folder' : d.isFile() ? 'file' : null;
    // symlinked folders are not followed: they could loop
    if (kind === 'folder' && !d.isSymbolicLink() && !SKIPPED_FOLDERS.has(d.name)) walk(root, childRel, visit);
    else if (kind === 'file') visit(childRel);
  }
}

function symlinkKind(path: string): PathKind | null {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : null;
  } catch {
    return null; // a dangling link
  }
}

/** Sorting that does not depend on the locale, so output is the same everywhere. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
