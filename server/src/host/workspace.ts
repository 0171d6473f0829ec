// From command-line paths to articles ready to analyse: each file with its
// display path, its key into isnad.yaml and the config that applies to it.
// The config is `--config FILE` when given (its `articles:` keys are then
// relative to each folder analysed, wherever the config lives), else the
// isnad.yaml at the root of the folder analysed (or beside a file named alone).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ArticleContext } from '../analysis/model.js';
import { readConfigFile } from './config-file.js';
import { CONFIG_FILE, emptyConfig, findArticleEntry, parseConfig } from './config.js';
import type { ConfigProblem, IsnadConfig } from './config.js';
import { decodeArticle } from './decode.js';
import type { Decoded } from './decode.js';
import { UsageError, listArticleFiles, pathKind } from './files.js';
import type { ArticleFile, Skipped } from './files.js';

export interface ArticleSource extends ArticleFile {
  config: IsnadConfig;
}

export interface Workspace {
  articles: ArticleSource[];
  configProblems: ConfigProblem[];
  /** Article files and folders the walk could not take, with why (unreadable, a pipe, a dangling link, a name not UTF-8). */
  skipped: Skipped[];
}

/** Loads each config file once, however many folders use it. */
class ConfigCache {
  private readonly loaded = new Map<string, IsnadConfig>();
  readonly problems: ConfigProblem[] = [];

  get(path: string, required: boolean): IsnadConfig {
    const key = resolve(path);
    const cached = this.loaded.get(key);
    if (cached) return cached;
    const config = existsSync(key) || required ? this.load(path) : emptyConfig();
    this.loaded.set(key, config);
    return config;
  }

  private load(path: string): IsnadConfig {
    const { text, problem } = readConfigText(path);
    if (problem) {
      this.problems.push({ file: path, line: 1, column: 1, severity: 'error', message: problem });
      return emptyConfig();
    }
    const { config, problems } = parseConfig(text ?? '', path);
    this.problems.push(...problems);
    return config;
  }
}

function readConfigText(path: string): { text?: string; problem?: string } {
  const read = readConfigFile(path);
  if (read === null) throw new UsageError(`config file not found: ${path}`);
  if ('problem' in read) return { problem: read.tooLarge ? `the file is ${read.problem}: it is ignored` : `cannot read it: ${read.problem}` };
  return { text: read.text };
}

/**
 * Resolves the paths given on the command line. Throws a UsageError for a
 * path or a `--config` file that does not exist.
 */
export function collectArticles(paths: readonly string[], configPath?: string): Workspace {
  const configs = new ConfigCache();
  if (configPath !== undefined) configs.get(configPath, true);
  const articles: ArticleSource[] = [];
  const seen = new Set<string>();
  const skipped: Skipped[] = [];
  for (const path of paths) {
    const folder = pathKind(path) === 'folder';
    const root = folder ? path : dirname(path);
    const config = configs.get(configPath ?? join(root, CONFIG_FILE), configPath !== undefined);
    const files = folder ? listArticleFiles(path, config.files, { onSkip: (s) => skipped.push(s) }) : [{ path, rel: basename(path) }];
    for (const file of files) {
      const absolute = resolve(file.path);
      if (seen.has(absolute)) continue; // named twice: `seeds seeds/001.txt`
      seen.add(absolute);
      articles.push({ ...file, config });
    }
  }
  return { articles, configProblems: configs.problems, skipped };
}

/** What isnad.yaml says about an article, as the analysis takes it. */
export function articleContext(source: ArticleSource): ArticleContext {
  const entry = findArticleEntry(source.config, source.rel);
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
