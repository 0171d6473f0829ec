// Which isnad.yaml applies to an article, and what it says once the files it
// extends are read: the nearest isnad.yaml upward from the article's folder
// (a newsroom keeps one per desk and one per story), looking no higher than
// the top of a git repository (the folder holding .git) or a given root.
// Only the nearest one applies, as with Prettier or ESLint's flat config;
// what several folders share goes into a file they name with `extends:`.
//
// extends: a path (or a list), relative to the file that names it. The
// file that extends wins over what it extends: its rules and articles
// override, its gazetteer comes first, `files:`/`ignore:` patterns add up
// and are read relative to the folder of the isnad.yaml in use (a shared
// file's patterns apply to every folder using it). `articles:` and
// `reviews:` keys of an extended file are relative to that file's own
// folder and are carried over as such. Loops and missing files are problems
// at the `extends:` line; the rest of the file still applies.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readConfigFile as readRegularConfig } from './config-file.js';
import { CONFIG_FILE, emptyConfig, normalizeKey, parseConfig } from './config.js';
import type { ConfigProblem, IsnadConfig } from './config.js';
import { ignoreRules } from './gitignore.js';
import type { IgnoreRules } from './gitignore.js';

/** How deep `extends:` may go: a chain longer than this is a mistake. */
const MAX_EXTENDS_DEPTH = 10;

/** An isnad.yaml in force: its file (null: none found), the folder its keys are relative to, the config with its extends merged in. */
export interface ConfigInUse {
  file: string | null;
  folder: string;
  config: IsnadConfig;
  /** `ignore:` as a matcher of paths relative to `folder` (host/gitignore.ts: linear in the path). */
  ignores: IgnoreRules;
}

export type ReadText = (path: string) => { text: string } | { problem: string };

/**
 * The text of a config file as host/config-file.ts reads it: only a regular
 * file (never a pipe or /dev/zero behind a link), within the size cap,
 * decoded as articles are.
 */
export function readConfigFile(path: string): { text: string } | { problem: string } {
  const read = readRegularConfig(path);
  if (read === null) return { problem: 'not found' };
  if ('problem' in read && read.tooLarge) return { problem: `the file is ${read.problem}: it is ignored` };
  if ('problem' in read) return { problem: read.problem.startsWith('cannot read it') ? read.problem : `cannot read it: ${read.problem}` };
  return { text: read.text };
}

/**
 * `read`, refusing a file whose real path is outside `root`: in an untrusted
 * workspace an `extends:` (or a link) does not take Isnad out of the folder
 * to read what the folder's author chose.
 */
export function confinedReader(root: string, read: ReadText = readConfigFile): ReadText {
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path); // none yet: where it would be
    }
  };
  const top = real(root);
  return (path) => (within(top, real(path)) ? read(path) : { problem: 'outside the folder: not read in an untrusted workspace' });
}

/** Whether an isnad.yaml is there: anything but a folder (a pipe or a link to a device is one, refused with a message when read). */
const isConfigThere = (path: string): boolean => {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false; // none, or a dangling link: as config-file.ts takes it
  }
};

/**
 * The nearest isnad.yaml in `folder` or above it: no higher than `top`
 * (when given) nor than a folder holding .git.
 */
export function nearestConfigFile(folder: string, top?: string): string | null {
  let dir = resolve(folder);
  const limit = top === undefined ? null : resolve(top);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (isConfigThere(candidate)) return candidate;
    if (dir === limit || existsSync(join(dir, '.git'))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    if (limit !== null && !within(limit, parent)) return null;
    dir = parent;
  }
}

export const within = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** `key` of a file in `from`, as a key relative to `to` (forward slashes). */
function rekey(key: string, from: string, to: string): string {
  return normalizeKey(relative(to, resolve(from, key)).split(sep).join('/'));
}

/** `base` under `own`: what `own` says wins; `own` is changed and returned. */
function merge(own: IsnadConfig, ownFolder: string, base: IsnadConfig, baseFolder: string): IsnadConfig {
  for (const [key, entry] of base.articles) {
    const k = rekey(key, baseFolder, ownFolder);
    if (!own.articles.has(k)) own.articles.set(k, entry);
  }
  const names = new Set(own.speakers.map((s) => s.name));
  own.speakers = [...own.speakers, ...base.speakers.filter((s) => !names.has(s.name))];
  own.rules = new Map([...base.rules, ...own.rules]);
  own.files = [...new Set([...base.files, ...own.files])];
  own.ignore = [...base.ignore, ...own.ignore];
  own.reviews = [...own.reviews, ...base.reviews.map((r) => ({ ...r, file: rekey(r.file, baseFolder, ownFolder) }))];
  return own;
}

/** Reads config files with their extends, each file once; collects the problems of all. */
export class ConfigChain {
  private readonly loaded = new Map<string, IsnadConfig>();
  private readonly nearest = new Map<string, string | null>();
  readonly problems: ConfigProblem[] = [];

  /** `top`: no isnad.yaml above this folder is used. `read`: how a file's text is had (the editor passes its open documents). */
  constructor(private readonly read: ReadText = readConfigFile, private readonly top?: string) {}

  /** The config in a file, with its extends merged; `display` is how problems name it. */
  load(path: string, display: string = path): IsnadConfig {
    const key = resolve(path);
    const cached = this.loaded.get(key);
    if (cached) return cached;
    const config = this.loadChain(key, display, []);
    this.loaded.set(key, config);
    return config;
  }

  /**
   * Takes `config` as what the file at `path` says, its extends merged: a
   * caller that read and parsed it already (the server, for a workspace
   * folder) spares the chain reading and parsing it again, which for an
   * archive's isnad.yaml of some megabytes is a third of a second.
   */
  seed(path: string, config: IsnadConfig): void {
    this.loaded.set(resolve(path), config);
  }

  /** The config in force for articles in `folder`. */
  forFolder(folder: string): ConfigInUse {
    const dir = resolve(folder);
    let file = this.nearest.get(dir);
    if (file === undefined) this.nearest.set(dir, (file = nearestConfigFile(dir, this.top)));
    return this.inUse(file, dir);
  }

  /** A given config file (--config), for articles of `folder`. */
  inUse(file: string | null, folder: string): ConfigInUse {
    const config = file ? this.load(file, displayPath(file)) : this.none;
    const base = file ? dirname(resolve(file)) : resolve(folder);
    return { file, folder: base, config, ignores: this.matcher(config) };
  }

  private readonly matchers = new WeakMap<IsnadConfig, IgnoreRules>();
  /** The config of folders without an isnad.yaml: one object, so that they share it. */
  private readonly none = emptyConfig();

  private matcher(config: IsnadConfig): IgnoreRules {
    let m = this.matchers.get(config);
    if (!m) this.matchers.set(config, (m = ignoreRules(config.ignore)));
    return m;
  }

  private loadChain(path: string, display: string, stack: string[], read = this.read(path)): IsnadConfig {
    if ('problem' in read) {
      this.problems.push({ file: display, line: 1, column: 1, severity: 'error', message: read.problem });
      return emptyConfig();
    }
    const { config, problems } = parseConfig(read.text, display);
    this.problems.push(...problems);
    return this.extend(config, path, display, stack);
  }

  /** Merges into `config` (parsed from `path`) the files it extends; their problems are this chain's. */
  extend(config: IsnadConfig, path: string, display: string = displayPath(path), stack: string[] = []): IsnadConfig {
    const self = resolve(path);
    for (const ref of config.extends) {
      const base = isAbsolute(ref.path) ? ref.path : resolve(dirname(self), ref.path);
      const at = (message: string): void => {
        this.problems.push({ file: display, line: ref.line, column: ref.column, severity: 'error', message });
      };
      if (stack.includes(base) || base === self) {
        at(`extends ${ref.path} goes round in a loop back to this file: it is not read again`);
        continue;
      }
      if (stack.length >= MAX_EXTENDS_DEPTH) {
        at(`extends ${ref.path}: more than ${MAX_EXTENDS_DEPTH} files extend one another: it is not read`);
        continue;
      }
      const read = this.read(base);
      if ('problem' in read) {
        at(`extends ${ref.path}: ${read.problem}`);
        continue;
      }
      const baseConfig = this.loadChain(base, displayPath(base), [...stack, self], read);
      merge(config, dirname(self), baseConfig, dirname(base));
    }
    return config;
  }
}

/** A path as problems show it: relative to the working folder when under it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
