// Each article's outcome, in file order, from worker threads (or this thread
// with --jobs 1). A worker reads and analyses an article and sends back only
// what the command writes of it (the outcome), so the order, the messages
// and the exit status are those of a run in one thread.
import { findArticleEntry } from '../host/config.js';
import type { ArticleEntry, IsnadConfig } from '../host/config.js';
import type { Decoded } from '../host/decode.js';
import { fewBytes, fileSize, runInOrder } from '../host/pool/pool.js';
import { defineTask } from '../host/pool/task.js';
import type { Task } from '../host/pool/task.js';
import type { ArticleSource } from '../host/workspace.js';
import { analyzeSource, errorMessage } from './articles.js';
import type { Analysed } from './articles.js';

export type Outcome<T> =
  | { kind: 'analysed'; path: string; encoding: string; notice?: string; value: T }
  | { kind: 'skipped'; path: string; problem: string }
  | { kind: 'failed'; path: string; error: string };

/**
 * What the articles of a run share, sent once to each worker: the configs
 * (not one copy per article) without their `articles:` maps, and the size
 * limit. An archive's map is tens of thousands of entries: each worker gets
 * only the entries of its own articles, with them.
 */
export interface ArticleSetup {
  configs: IsnadConfig[];
  maxBytes: number;
}

/** An article for a worker: its paths, the index of its config in the setup and its entry of that config's `articles:`. */
export interface ArticleItem {
  path: string;
  rel: string;
  config: number;
  entry: ArticleEntry | null;
  /** The article's text when it does not come from `path` (stdin). */
  given?: Decoded;
}

export type ArticleTask<S extends ArticleSetup, T> = Task<S, ArticleItem, Outcome<T>>;

/** Reads and analyses one article; `value` makes of the analysis what the command needs (when it throws, the article failed). */
export function articleOutcome<T>(setup: ArticleSetup, item: ArticleItem, value: (result: Analysed) => T): Outcome<T> {
  const config = setup.configs[item.config];
  if (!config) throw new Error(`no config ${item.config} for ${item.path}`);
  const result = analyzeSource({ path: item.path, rel: item.rel, config, entry: item.entry, ...(item.given ? { given: item.given } : {}) }, setup.maxBytes);
  const { path } = item;
  if (result.kind === 'skipped') return { kind: 'skipped', path, problem: result.problem };
  if (result.kind === 'failed') return { kind: 'failed', path, error: result.error };
  try {
    const notice = result.notice ? { notice: result.notice } : {};
    return { kind: 'analysed', path, encoding: result.encoding, ...notice, value: value(result) };
  } catch (e) {
    return { kind: 'failed', path, error: errorMessage(e) };
  }
}

/** A task that reads and analyses articles and returns `value` of each (see articleOutcome). */
export function articleTask<S extends ArticleSetup, T>(name: string, value: (setup: S, result: Analysed) => T): ArticleTask<S, T> {
  return defineTask(name, (setup: S) => (item: ArticleItem) => articleOutcome(setup, item, (result) => value(setup, result)));
}

/** The sizes of the articles, in bytes (a text given on stdin as UTF-16), stat'ed one by one as asked for. */
function* sizesOf(sources: readonly ArticleSource[]): Generator<number> {
  for (const { path, given } of sources) {
    if (given) yield 'text' in given ? given.text.length * 2 : 0;
    else yield fileSize(path);
  }
}

/** The outcome of every article in file order, analysed in `jobs` threads (by default one per core, unless the articles are few). */
export function eachOutcome<S extends ArticleSetup, T>(
  task: ArticleTask<S, T>,
  sources: readonly ArticleSource[],
  setup: Omit<S, keyof ArticleSetup>,
  maxBytes: number,
  jobs: number | undefined,
): AsyncGenerator<Outcome<T>> {
  const configs: IsnadConfig[] = [];
  const index = new Map<IsnadConfig, number>();
  const items = sources.map(({ path, rel, config, given }): ArticleItem => {
    let n = index.get(config);
    if (n === undefined) {
      n = configs.push({ ...config, articles: new Map() }) - 1;
      index.set(config, n);
    }
    return { path, rel, config: n, entry: findArticleEntry(config, rel) ?? null, ...(given ? { given } : {}) };
  });
  return runInOrder(task, { ...setup, configs, maxBytes } as S, items, { jobs: jobs ?? (fewBytes(sizesOf(sources)) ? 1 : undefined) });
}

/** The one-line report of an article that produced no analysis. */
export function describeFailure(outcome: Outcome<unknown>): string | null {
  if (outcome.kind === 'skipped') return `${outcome.path}: skipped: ${outcome.problem}`;
  if (outcome.kind === 'failed') return `${outcome.path}: internal error: ${outcome.error}`;
  return null;
}

/** How an analysed article was read, when the user should know (a legacy encoding, replaced bytes). */
export function describeNotice(outcome: Outcome<unknown>): string | null {
  return outcome.kind === 'analysed' && outcome.notice ? `${outcome.path}: information: ${outcome.notice}` : null;
}

/** What a command writes of an article, or why it could not make it. */
export type Rendered<T> = T | { error: string };

const isError = <T>(value: Rendered<T>): value is { error: string } => typeof value === 'object' && value !== null && 'error' in value;

/**
 * Writes each analysed article's rendering, reporting on stderr what could
 * not be read, analysed or rendered. Returns the exit status of a command
 * that prints data: 0 all written, 1 some skipped (not text), 2 an internal
 * error on one.
 */
export async function writeEach<T>(
  outcomes: AsyncIterable<Outcome<Rendered<T>>>,
  write: (rendered: T) => Promise<void>,
  note: (line: string) => void,
): Promise<number> {
  let skipped = 0, failed = 0;
  for await (const outcome of outcomes) {
    if (outcome.kind !== 'analysed') {
      note(`isnad: ${describeFailure(outcome)}`);
      if (outcome.kind === 'skipped') skipped++;
      else failed++;
      continue;
    }
    const notice = describeNotice(outcome);
    if (notice) note(`isnad: ${notice}`);
    if (isError(outcome.value)) {
      note(`isnad: ${outcome.path}: internal error: ${outcome.value.error}`);
      failed++;
      continue;
    }
    await write(outcome.value);
  }
  return failed ? 2 : skipped ? 1 : 0;
}
