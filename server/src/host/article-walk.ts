// Walking a folder for articles as git and the folder's isnad.yaml files see
// it: each subfolder takes the nearest isnad.yaml (config-chain.ts) for its
// `files:` patterns and `ignore:`, and every .gitignore met on the way down
// applies below its folder, as in git (negations included). Ignored folders
// are not entered. Dot-folders, node_modules and symlinked folders are
// skipped, as before.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { CONFIG_FILE } from './config.js';
import type { ConfigChain, ConfigInUse } from './config-chain.js';
import { UsageError } from './files.js';

const SKIPPED_FOLDERS = new Set(['node_modules']);
const ARTICLE_EXTENSION = '.txt';
const GITIGNORE = '.gitignore';

export interface WalkedArticle {
  /** The command-line path joined with the path below it. */
  path: string;
  /** Relative to the folder of the isnad.yaml in use (or the walked folder, without one): the key into isnad.yaml. */
  rel: string;
  inUse: ConfigInUse;
}

/** A .gitignore's rules and the folder they are relative to. */
interface Rules {
  folder: string;
  ignores: Ignore;
}

const slash = (path: string): string => path.split(sep).join('/');

function gitignoreOf(folder: string): Rules | null {
  let text: string;
  try {
    text = readFileSync(join(folder, GITIGNORE), 'utf8');
  } catch {
    return null;
  }
  return { folder, ignores: ignore().add(text) };
}

/**
 * Whether a .gitignore or the config's `ignore:` leaves `path` out (`folder`:
 * it is a folder). As in git, the deepest .gitignore with a say decides:
 * its `!pattern` takes back what a parent's leaves out.
 */
function ignored(path: string, folder: boolean, rules: readonly Rules[], inUse: ConfigInUse): boolean {
  const tail = folder ? '/' : '';
  for (let i = rules.length - 1; i >= 0; i--) {
    const r = rules[i]!;
    const rel = slash(relative(r.folder, path));
    if (!rel || rel.startsWith('..')) continue;
    const verdict = r.ignores.test(rel + tail);
    if (verdict.ignored) return true;
    if (verdict.unignored) break;
  }
  const rel = slash(relative(inUse.folder, path));
  return rel !== '' && !rel.startsWith('..') && inUse.config.ignore.length > 0 && inUse.ignores.ignores(rel + tail);
}

const patternMatchers = new WeakMap<object, (rel: string) => boolean>();

/** Whether the config's `files:` patterns name `rel`. */
function extra(inUse: ConfigInUse, rel: string): boolean {
  if (!inUse.config.files.length) return false;
  let m = patternMatchers.get(inUse.config);
  if (!m) patternMatchers.set(inUse.config, (m = picomatch([...inUse.config.files], { dot: false })));
  return m(rel);
}

function kindOf(path: string, isLink: boolean, isDir: boolean, isFile: boolean): 'folder' | 'file' | null {
  if (!isLink) return isDir ? 'folder' : isFile ? 'file' : null;
  try {
    // symlinked files are read; symlinked folders are not followed: they could loop
    return statSync(path).isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/**
 * Every article under `root`, sorted by path below it. `display` is the
 * root as the user named it. `inUse` overrides the nearest config (--config).
 */
export function walkArticles(root: string, chain: ConfigChain, options: { display?: string; inUse?: ConfigInUse } = {}): WalkedArticle[] {
  const found: { below: string; path: string; inUse: ConfigInUse }[] = [];
  const visit = (folder: string, below: string, rules: readonly Rules[]): void => {
    let dirents;
    try {
      dirents = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      if (below === '') throw new UsageError(`cannot read folder ${root} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return; // an unreadable subfolder is skipped, as `find` would
    }
    const own = gitignoreOf(folder);
    const here = own ? [...rules, own] : rules;
    const inUse = options.inUse ?? chain.forFolder(folder);
    for (const d of dirents) {
      if (d.name.startsWith('.')) continue;
      const path = join(folder, d.name);
      const childBelow = below ? `${below}/${d.name}` : d.name;
      const kind = kindOf(path, d.isSymbolicLink(), d.isDirectory(), d.isFile());
      if (kind === null || ignored(path, kind === 'folder', here, inUse)) continue;
      if (kind === 'folder') {
        if (!SKIPPED_FOLDERS.has(d.name)) visit(path, childBelow, here);
        continue;
      }
      if (d.name === CONFIG_FILE) continue;
      const rel = slash(relative(inUse.folder, path));
      if (d.name.endsWith(ARTICLE_EXTENSION) || extra(inUse, rel)) found.push({ below: childBelow, path, inUse });
    }
  };
  visit(root, '', []);
  found.sort((a, b) => (a.below < b.below ? -1 : a.below > b.below ? 1 : 0));
  const display = options.display ?? root;
  return found.map(({ below, path, inUse }) => ({
    path: join(display, below),
    rel: keyOf(path, inUse, root, below),
    inUse,
  }));
}

/** The article's key: relative to its config's folder, or to the walked root when the config is elsewhere (--config) or absent. */
function keyOf(path: string, inUse: ConfigInUse, root: string, below: string): string {
  if (inUse.file === null) return below;
  const rel = slash(relative(inUse.folder, path));
  return rel.startsWith('..') ? below : rel;
}
