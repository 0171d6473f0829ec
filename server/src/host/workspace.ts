// From command-line paths to articles ready to analyse: each file with its
// display path, its key into isnad.yaml and the config that applies to it.
// The config is `--config FILE` when given (its `articles:` keys are then
// relative to each folder analysed, wherever the config lives), else the
// nearest isnad.yaml upward from the article (config-chain.ts), with the
// files it extends; folders are walked honouring `ignore:` and .gitignore,
// and what the walk cannot take is said, with why.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { ArticleContext } from '../analysis/model.js';
import { walkArticles } from './article-walk.js';
import { ConfigChain } from './config-chain.js';
import type { ConfigInUse } from './config-chain.js';
import { findArticleEntry } from './config.js';
import type { ArticleEntry, ConfigProblem, IsnadConfig } from './config.js';
import { decodeArticle } from './decode.js';
import type { Decoded } from './decode.js';
import { UsageError, pathKind } from './files.js';
import type { ArticleFile, Skipped } from './files.js';

export interface ArticleSource extends ArticleFile {
  config: IsnadConfig;
  /**
   * The article's entry of `articles:` when it was looked up already (null:
   * none), so that a worker thread is sent this entry and not the whole map.
   */
  entry?: ArticleEntry | null;
  /** An article not read from `path` (stdin): its text as decoded, or why it could not be. */
  given?: Decoded;
}

export interface Workspace {
  articles: ArticleSource[];
  configProblems: ConfigProblem[];
  /** Article files and folders the walk could not take, with why (unreadable, a pipe, a dangling link, a name not UTF-8). */
  skipped: Skipped[];
}

/**
 * Resolves the paths given on the command line: each article with the
 * nearest isnad.yaml upward from it (config-chain.ts), or `configPath` for
 * all. Throws a UsageError for a path or a `--config` file that does not exist.
 */
export function collectArticles(paths: readonly string[], configPath?: string): Workspace {
  const chain = new ConfigChain();
  if (configPath !== undefined && !existsSync(configPath)) throw new UsageError(`config file not found: ${configPath}`);
  const articles: ArticleSource[] = [];
  const seen = new Set<string>();
  const skipped: Skipped[] = [];
  for (const path of paths) {
    const folder = pathKind(path) === 'folder';
    const root = folder ? path : dirname(path);
    // --config: its articles: keys are relative to the folder analysed, wherever the file is
    const given = configPath === undefined ? undefined : { ...chain.inUse(configPath, root), folder: resolve(root) };
    const files = folder
      ? walkArticles(path, chain, { display: path, onSkip: (s) => skipped.push(s), ...(given ? { inUse: given } : {}) })
      : [single(path, given ?? chain.forFolder(root))];
    for (const file of files) {
      // named twice: `seeds seeds/001.txt` (one walk names each file once, so one path needs no check)
      if (paths.length > 1) {
        const absolute = resolve(file.path);
        if (seen.has(absolute)) continue;
        seen.add(absolute);
      }
      articles.push({ path: file.path, rel: file.rel, config: file.inUse.config });
    }
  }
  return { articles, configProblems: chain.problems, skipped };
}

/** A file named on its own: its key is relative to its config's folder (its base name without one). */
function single(path: string, inUse: ConfigInUse): { path: string; rel: string; inUse: ConfigInUse } {
  const rel = relative(inUse.folder, resolve(path)).split(sep).join('/');
  return { path, rel: inUse.file === null || rel.startsWith('..') ? basename(path) : rel, inUse };
}

/** What isnad.yaml says about an article, as the analysis takes it. */
export function articleContext(source: ArticleSource): ArticleContext {
  const entry = source.entry !== undefined ? source.entry : findArticleEntry(source.config, source.rel);
  return {
    published: entry?.published ?? null,
    outlet: entry?.outlet ?? null,
    url: entry?.url ?? null,
    speakers: source.config.speakers,
  };
}

/** Reads and decodes an article; a read error is a problem like a bad encoding. */
export function readArticleText(path: string): Decoded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { problem: `cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return decodeArticle(bytes);
}
