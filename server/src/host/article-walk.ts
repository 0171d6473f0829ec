// Walking a folder for articles as git and the folder's isnad.yaml files see
// it: each subfolder takes the nearest isnad.yaml (config-chain.ts) for its
// `files:` patterns and `ignore:`, and every .gitignore met on the way down
// applies below its folder, as in git (negations included). Ignored folders
// are not entered. The walk itself is files.ts's: dot-folders, node_modules
// and symlinked folders skipped, and what cannot be taken (an unreadable
// folder, a pipe, a dangling link, a name not UTF-8, and in an untrusted
// workspace a link out of the folder) said with why. Patterns from the
// folder are matched in linear time (glob.ts, gitignore.ts): they may be
// anyone's.
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { ConfigChain, ConfigInUse } from './config-chain.js';
import { CONFIG_FILE } from './config.js';
import { ignoreRules } from './gitignore.js';
import type { IgnoreRules } from './gitignore.js';
import { anyGlob } from './glob.js';
import { isArticleName, walkFolder } from './files.js';
import type { ListOptions } from './files.js';
import { readRegularFile } from './limits.js';

const GITIGNORE = '.gitignore';
/** A .gitignore larger than this is not read (the size cap of isnad.yaml would be generous: this is a list of patterns). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

export interface WalkedArticle {
  /** The command-line path joined with the path below it. */
  path: string;
  /** Relative to the folder of the isnad.yaml in use (or the walked folder, without one): the key into isnad.yaml. */
  rel: string;
  inUse: ConfigInUse;
}

export interface WalkOptions extends ListOptions {
  /** The root as the user named it (the root by default). */
  display?: string;
  /** Overrides the nearest config (--config). */
  inUse?: ConfigInUse;
}

/** A .gitignore's rules and the folder (relative to the walked root) they are relative to. */
interface Rules {
  below: string;
  ignores: IgnoreRules;
}

const slash = (path: string): string => path.split(sep).join('/');
const nameIn = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1);

/**
 * path.join(folder, name) for a folder path.join made and a name read from
 * it (no separator, not . or ..): what join gives, without normalizing the
 * whole path again for each of an archive's files.
 */
export function childPath(folder: string, name: string): string {
  if (folder === '.') return name;
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** An empty, . or .. segment anywhere in a path: what path.relative would normalize away. */
const UNPLAIN = /(?:^|\/)\.{0,2}(?:\/|$)/;
const plainFolders = new Map<string, boolean>();

/** Whether `folder` is absolute and as path.normalize leaves it, without a separator at its end (asked once per folder). */
function plainFolder(folder: string): boolean {
  let plain = plainFolders.get(folder);
  if (plain === undefined) plainFolders.set(folder, (plain = isAbsolute(folder) && normalize(folder) === folder && !folder.endsWith(sep)));
  return plain;
}

/**
 * slash(path.relative(folder, path)) for a path below the folder as the
 * walk makes them: the rest of the path, without resolving both again (the
 * server asks it of every file it files). path.relative for any other path,
 * and on Windows, whose paths compare without case.
 */
export function keyBelow(folder: string, path: string): string {
  if (sep === '/' && path.length > folder.length + 1 && path.charCodeAt(folder.length) === 47 && path.startsWith(folder) && plainFolder(folder)) {
    const rest = path.slice(folder.length + 1);
    if (!UNPLAIN.test(rest)) return rest;
  }
  return slash(relative(folder, path));
}

/** The key (relative to the config's folder, with /) of a file named `name` in a folder whose key is `folderKey`. */
const childKey = (folderKey: string, name: string): string => (folderKey === '' ? name : `${folderKey}/${name}`);
const parentOf = (rel: string): string => rel.slice(0, Math.max(0, rel.lastIndexOf('/')));
/** `rel` (below the walked root) relative to `folder` (also below it), or null when it is not inside. */
const below = (folder: string, rel: string): string | null => (folder === '' ? rel : rel.startsWith(`${folder}/`) ? rel.slice(folder.length + 1) : null);

/** The rules of `folder`'s .gitignore, if it has one that can be read (a regular file, within the cap). */
function gitignoreOf(folder: string): IgnoreRules | null {
  const read = readRegularFile(join(folder, GITIGNORE), MAX_GITIGNORE_BYTES);
  if (!('bytes' in read)) return null;
  const rules = ignoreRules(Buffer.from(read.bytes).toString('utf8'));
  return rules.size ? rules : null;
}

/**
 * Whether a .gitignore or the config's `ignore:` of `rel`'s folder (as
 * walked) leaves it out. As in git, the deepest .gitignore with a say
 * decides: its `!pattern` takes back what a parent's leaves out.
 */
function ignored(rel: string, folder: boolean, { rules, inUse, key }: WalkedFolder): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const r = rules[i]!;
    const own = below(r.below, rel);
    if (own === null) continue;
    const verdict = r.ignores.test(own, folder);
    if (verdict.ignored) return true;
    if (verdict.unignored) break;
  }
  if (!inUse.config.ignore.length) return false;
  // `rel` relative to the config's folder: its parent's key and its name
  const fromConfig = childKey(key, nameIn(rel));
  return fromConfig !== '' && !fromConfig.startsWith('..') && inUse.ignores.ignores(fromConfig, folder);
}

const patternMatchers = new WeakMap<object, (rel: string) => boolean>();

/** Whether the config's `files:` patterns name `rel` (glob.ts: linear in the path). */
function extra(inUse: ConfigInUse, rel: string): boolean {
  if (!inUse.config.files.length) return false;
  let m = patternMatchers.get(inUse.config);
  if (!m) patternMatchers.set(inUse.config, (m = anyGlob(inUse.config.files)));
  return m(rel);
}

/**
 * Every article under `root`, sorted by path below it; what could not be
 * taken goes to `options.onSkip`, and in an untrusted workspace
 * (`followLinksOut: false`) links out of the root are not followed.
 */
export function walkArticles(root: string, chain: ConfigChain, options: WalkOptions = {}): WalkedArticle[] {
  const display = options.display ?? root;
  /** Per folder below the root: the .gitignore rules in force there, its config, its path as walked and as shown, and its key from the config's folder. */
  const folders = new Map<string, WalkedFolder>();
  const at = (rel: string): WalkedFolder => folders.get(parentOf(rel))!;
  const enter = (rel: string): void => {
    const path = join(root, rel);
    const rules = rel === '' ? [] : folders.get(parentOf(rel))!.rules;
    const own = gitignoreOf(path);
    const inUse = options.inUse ?? chain.forFolder(path);
    const key = slash(relative(inUse.folder, path));
    folders.set(rel, { rules: own ? [...rules, { below: rel, ignores: own }] : rules, inUse, path, shown: join(display, rel), key });
  };
  const isArticle = (rel: string): boolean => {
    if (isArticleName(rel)) return true;
    if (rel === CONFIG_FILE || rel.endsWith(`/${CONFIG_FILE}`)) return false;
    const folder = at(rel);
    return extra(folder.inUse, childKey(folder.key, nameIn(rel)));
  };
  const isIgnored = (rel: string, isFolder: boolean): boolean => ignored(rel, isFolder, at(rel));
  const rels = walkFolder(root, { enter, isArticle, ignored: isIgnored }, { ...options, display });
  return rels.map((rel) => {
    const folder = at(rel);
    const name = nameIn(rel);
    return { path: childPath(folder.shown, name), rel: keyOf(childKey(folder.key, name), folder.inUse, rel), inUse: folder.inUse };
  });
}

interface WalkedFolder {
  rules: readonly Rules[];
  inUse: ConfigInUse;
  /** join(root, rel) and join(display, rel). */
  path: string;
  shown: string;
  /** The folder relative to its config's folder, with /: '' for that folder, .. first for one outside it. */
  key: string;
}

/** The article's key: relative to its config's folder, or to the walked root when the config is elsewhere (--config) or absent. */
function keyOf(key: string, inUse: ConfigInUse, rel: string): string {
  if (inUse.file === null) return rel;
  return key.startsWith('..') ? rel : key;
}
