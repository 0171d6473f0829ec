// The workspace folders and the isnad.yaml of each. An article takes its
// context (publication date, outlet, gazetteer) and rule severities from the
// nearest isnad.yaml upward from it within its workspace folder (the
// folder's root when there is none; host/config-chain.ts), with the files
// that one extends; a file outside every folder, from an isnad.yaml beside
// it. The text of an isnad.yaml open in the editor wins over the file on
// disk, so problems update as one types.
import { dirname, join, sep } from 'node:path';
import type { ArticleContext } from '../analysis/model.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { ConfigChain, confinedReader, nearestConfigFile } from '../host/config-chain.js';
import type { ReadText } from '../host/config-chain.js';
import { CONFIG_FILE, emptyConfig, parseConfig } from '../host/config.js';
import { readConfigFile } from '../host/config-file.js';
import type { ConfigProblem, IsnadConfig } from '../host/config.js';
import { keyBelow } from '../host/article-walk.js';
import { articleContext } from '../host/workspace.js';
import { messages } from './messages.js';

export interface Folder {
  /** Absolute path of the folder. */
  path: string;
  configPath: string;
  config: IsnadConfig;
  problems: ConfigProblem[];
  /** The text the config was read from (null: no isnad.yaml), to tell a real change from a reread. */
  text: string | null;
}

/** Where the article is and what isnad.yaml says about it. */
export interface Placement {
  folder: Folder;
  context: ArticleContext;
  rules: ReadonlyMap<string, RuleSetting>;
}

export const within = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

export class Folders {
  private rootPaths: string[] = [];
  private readonly loaded = new Map<string, Folder>();
  /** Per folder of articles: the folder of the isnad.yaml that applies (forgotten when an isnad.yaml comes or goes). */
  private readonly nearest = new Map<string, string>();
  /** False in an untrusted workspace: `extends:` reads nothing outside the workspace folder. */
  followOut = true;

  /**
   * `openText` gives the editor's text of an open file, by path, or null;
   * `parseFile` parses an isnad.yaml read from disk (the session may keep a
   * large one's parse in its cache folder).
   */
  constructor(
    private readonly openText: (path: string) => string | null,
    private readonly parseFile: (text: string, path: string) => ReturnType<typeof parseConfig> = parseConfig,
  ) {}

  setRoots(paths: readonly string[]): void {
    this.rootPaths = [...new Set(paths)];
  }

  roots(): Folder[] {
    return this.rootPaths.map((p) => this.get(p));
  }

  /** The folder of the nearest isnad.yaml above `path` in its workspace folder (the innermost), else that folder, else the file's own folder. */
  folderOf(path: string): Folder {
    const dir = dirname(path);
    let folder = this.nearest.get(dir);
    if (folder === undefined) {
      const root = this.rootOf(path);
      const file = nearestConfigFile(dir, root);
      this.nearest.set(dir, (folder = file ? dirname(file) : root));
    }
    return this.get(folder);
  }

  /** The workspace folder holding `path` (the innermost), else the file's own folder: what a link may not lead out of in an untrusted workspace. */
  rootOf(path: string): string {
    const roots = this.rootPaths.filter((r) => within(r, path)).sort((a, b) => b.length - a.length);
    return roots[0] ?? dirname(path);
  }

  /** An isnad.yaml was made or removed: which one applies where is found again. */
  configsMoved(): void {
    this.nearest.clear();
  }

  /** Whether any isnad.yaml in use records review decisions. */
  anyReviews(): boolean {
    for (const f of this.loaded.values()) if (f.config.reviews.length) return true;
    return false;
  }

  /** Whether `path` lies in one of the workspace folders. */
  inWorkspace(path: string): boolean {
    return this.rootPaths.some((r) => within(r, path));
  }

  /** Forgets the folders that are no longer workspace folders. */
  forgetRoots(paths: readonly string[]): void {
    this.rootPaths = this.rootPaths.filter((r) => !paths.includes(r));
    for (const p of paths) this.loaded.delete(p);
  }

  /** The folder an article belongs to, and its path there as isnad.yaml writes it. */
  placeRelative(path: string): { folder: Folder; rel: string } {
    const folder = this.folderOf(path);
    return { folder, rel: keyBelow(folder.path, path) };
  }

  place(path: string): Placement {
    const { folder, rel } = this.placeRelative(path);
    return { folder, context: articleContext({ path, rel, config: folder.config }), rules: folder.config.rules };
  }

  /** Whether `path` is a folder whose isnad.yaml is in use. */
  known(path: string): boolean {
    return this.loaded.has(path) || this.rootPaths.includes(path);
  }

  /** Takes `text`, parsed as `parsed` (off this thread), as the folder's isnad.yaml; returns the folder. */
  reloadWith(path: string, text: string, parsed: ReturnType<typeof parseConfig>): Folder {
    const folder = this.extended({ path, configPath: join(path, CONFIG_FILE), ...parsed, text });
    this.loaded.set(path, folder);
    return folder;
  }

  /** Reads a folder's isnad.yaml again (it changed); returns the folder. */
  reload(path: string): Folder {
    this.loaded.delete(path);
    return this.get(path);
  }

  /** A folder with its isnad.yaml, read once. */
  get(path: string): Folder {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    const folder = this.load(path);
    this.loaded.set(path, folder);
    return folder;
  }

  private load(path: string): Folder {
    const configPath = join(path, CONFIG_FILE);
    const open = this.openText(configPath);
    if (open !== null) return this.extended({ path, configPath, ...parseConfig(open, configPath), text: open });
    const text = readConfig(configPath);
    if (typeof text !== 'string') {
      const problems = text.problem ? [{ file: configPath, line: 1, column: 1, severity: 'error' as const, message: text.problem }] : [];
      return { path, configPath, config: emptyConfig(), problems, text: null };
    }
    return this.extended({ path, configPath, ...this.parseFile(text, configPath), text });
  }

  /** The folder with the files its isnad.yaml extends merged in (open ones as the editor has them); their problems are its own. */
  private extended(folder: Folder): Folder {
    if (!folder.config.extends.length) return folder;
    const read: ReadText = (p) => {
      const open = this.openText(p);
      if (open !== null) return { text: open };
      const text = readConfig(p);
      return typeof text === 'string' ? { text } : { problem: text.problem ?? 'not found' };
    };
    const chain = new ConfigChain(this.followOut ? read : confinedReader(this.rootOf(folder.path), read));
    // the parse may be shared (a cache of large configs): merge into a copy
    const config = { ...folder.config, articles: new Map(folder.config.articles), rules: new Map(folder.config.rules) };
    chain.extend(config, folder.configPath, folder.configPath);
    return { ...folder, config, problems: [...folder.problems, ...chain.problems] };
  }
}

function readConfig(path: string): string | { problem: string | null } {
  // only a regular file, and never past the size cap (host/config-file.ts)
  const read = readConfigFile(path);
  if (read === null) return { problem: null };
  return 'problem' in read ? { problem: messages.configUnreadable(read.problem) } : read.text;
}
