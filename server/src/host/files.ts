// Finding article files: the paths the user names, folders walked recursively
// for .txt files (and whatever the folder's `files:` patterns add), skipping
// node_modules and dot-folders, and saying what could not be taken and why
// (host/article-walk.ts walks with the nearest isnad.yaml and .gitignore).
// Paths come back as the user would write them: `seeds` gives
// `seeds/001_….txt`.
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
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

/** A file or folder the walk passed over, and why: the user is told, never left to wonder. */
export interface Skipped {
  /** As `path` of ArticleFile: the folder joined with the relative path. */
  path: string;
  problem: string;
}

export interface ListOptions {
  /** Told of each article file or folder that could not be taken. */
  onSkip?: (skipped: Skipped) => void;
  /** Whether a link may lead out of the folder (false in an untrusted workspace: only the folder is read). */
  followLinksOut?: boolean;
}

/** What a walk asks of the one who walks (host/article-walk.ts: the nearest isnad.yaml and .gitignore). */
export interface WalkRules {
  /** A folder is about to be read (relative to the root; '' for the root). */
  enter?(rel: string): void;
  /** Whether a file or folder is left out: never entered, listed nor reported. */
  ignored?(rel: string, isFolder: boolean): boolean;
  /** Whether a file is an article. */
  isArticle(rel: string): boolean;
}

/**
 * Every article file under `folder`, sorted by relative path. `patterns` are
 * extra globs (from isnad.yaml `files:`) relative to the folder. Folders
 * that cannot be read, and article files that cannot be (a named pipe, a
 * dangling link, a name that is not UTF-8, a link out of the folder when
 * those are not followed), are passed to `onSkip` with the reason.
 */
export function listArticleFiles(folder: string, patterns: readonly string[] = [], options: ListOptions = {}): ArticleFile[] {
  const extra = patterns.length ? anyGlob(patterns) : () => false;
  const isArticle = (rel: string): boolean => !isConfigName(rel) && (rel.endsWith(ARTICLE_EXTENSION) || extra(rel));
  return walkFolder(folder, { isArticle }, options).map((rel) => ({ path: join(folder, rel), rel }));
}

const isConfigName = (rel: string): boolean => rel === CONFIG_FILE || rel.endsWith(`/${CONFIG_FILE}`);

/** Whether a file is an article by its name alone: a .txt file that is not an isnad.yaml. */
export const isArticleName = (rel: string): boolean => !isConfigName(rel) && rel.endsWith(ARTICLE_EXTENSION);

/**
 * The relative paths of the article files under `folder` (as `rules` tells
 * them), sorted; skipping node_modules, dot-folders and symlinked folders
 * (they could loop); what cannot be taken goes to `onSkip`, named under
 * `display` (the folder as the user wrote it; `folder` by default).
 */
export function walkFolder(folder: string, rules: WalkRules, options: ListOptions & { display?: string } = {}): string[] {
  const rels: string[] = [];
  const display = options.display ?? folder;
  const skip = (rel: string, problem: string): void => options.onSkip?.({ path: join(display, rel), problem });
  const root = options.followLinksOut === false ? realFolder(folder) : null;
  walk(folder, '', {
    enter: (rel) => rules.enter?.(rel),
    ignored: (rel, isFolder) => rules.ignored?.(rel, isFolder) ?? false,
    file: (rel) => { if (rules.isArticle(rel)) rels.push(rel); },
    skip: (rel, problem, isFolder) => { if (isFolder || rules.isArticle(rel)) skip(isFolder ? `${rel}/` : rel, problem); },
    inside: root ? (path) => within(root, path) : null,
  });
  rels.sort(compareCodeUnits);
  return rels;
}

interface Visitor {
  enter(rel: string): void;
  ignored(rel: string, isFolder: boolean): boolean;
  file(rel: string): void;
  skip(rel: string, problem: string, isFolder: boolean): void;
  /** When links must stay inside the folder: whether a real path is inside it. */
  inside: ((realPath: string) => boolean) | null;
}

const realFolder = (folder: string): string => {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
};

const within = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** Whether `path` is a link whose target is outside `root` (a link to read only in a trusted workspace). */
export function linksOutOf(root: string, path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink() && !within(realFolder(root), realpathSync(path));
  } catch {
    return false; // gone: the read says so
  }
}

/** A name as the file system gave it, or null when it is not valid UTF-8 (it could not be opened by its decoded name). */
function nameOf(raw: Buffer): string | null {
  // checked in place (simdutf), not by encoding the decoded name again: one allocation less per file
  return isUtf8(raw) ? raw.toString('utf8') : null;
}

function walk(root: string, rel: string, visit: Visitor): void {
  let dirents;
  try {
    dirents = readdirSync(join(root, rel), { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (rel === '') throw new UsageError(`cannot read folder ${root} (${code})`);
    visit.skip(rel, `cannot read the folder (${code})`, true);
    return;
  }
  visit.enter(rel);
  for (const d of dirents) {
    const name = nameOf(d.name as unknown as Buffer);
    if (name === null) {
      const shown = (d.name as unknown as Buffer).toString('utf8');
      if (!shown.startsWith('.')) visit.skip(rel ? `${rel}/${shown}` : shown, 'its name is not valid UTF-8: rename it to read it', d.isDirectory());
      continue;
    }
    const childRel = rel ? `${rel}/${name}` : name;
    if (name.startsWith('.')) continue;
    if (d.isSymbolicLink()) {
      const link = linkKind(join(root, childRel), visit.inside);
      if (visit.ignored(childRel, link.kind === 'folder')) continue;
      if (link.kind === 'file') visit.file(childRel);
      else if (link.problem) visit.skip(childRel, link.problem, false);
      // symlinked folders are not followed: they could loop
      continue;
    }
    if (visit.ignored(childRel, d.isDirectory())) continue;
    if (d.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name)) walk(root, childRel, visit);
    } else if (d.isFile()) visit.file(childRel);
    else visit.skip(childRel, 'not a regular file (a pipe, a socket or a device)', false);
  }
}

/** What a link leads to; a problem for one that leads nowhere, to a special file, or out of the folder when it must not. */
function linkKind(path: string, inside: Visitor['inside']): { kind: PathKind | null; problem?: string } {
  try {
    const s = statSync(path);
    if (inside && !inside(realpathSync(path))) return { kind: null, problem: 'a link out of the folder, not followed in an untrusted workspace' };
    if (s.isDirectory()) return { kind: 'folder' };
    return s.isFile() ? { kind: 'file' } : { kind: null, problem: 'a link to something that is not a regular file' };
  } catch {
    return { kind: null, problem: 'a link to a file that does not exist' };
  }
}

/** Sorting that does not depend on the locale, so output is the same everywhere. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
