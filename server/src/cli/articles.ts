// Analysing the articles of a workspace one at a time. A file that cannot be
// decoded or is over the size limit, or an internal error on one article, is
// a result of its own: the other articles still run.
import { analyzeArticle } from '../analysis/index.js';
import type { Article, ArticleContext } from '../analysis/model.js';
import { readArticleFile } from '../host/limits.js';
import { articleContext } from '../host/workspace.js';
import type { ArticleSource } from '../host/workspace.js';

/** The flag that raises the size limit, named in the message of a file above it. */
export const SIZE_FLAG = '--max-file-size-mb';

export type ArticleResult =
  | { kind: 'analysed'; source: ArticleSource; article: Article; encoding: string; notice?: string }
  | { kind: 'skipped'; source: ArticleSource; problem: string }
  | { kind: 'failed'; source: ArticleSource; error: string };

/** The analysis; a parameter so that tests can make it fail on one article. */
export type Analyzer = (text: string, context: ArticleContext) => Article;

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function analyzeSource(source: ArticleSource, maxBytes: number, analyzer: Analyzer = analyzeArticle): ArticleResult {
  const decoded = source.given ?? readArticleFile(source.path, maxBytes, SIZE_FLAG);
  if ('problem' in decoded) return { kind: 'skipped', source, problem: decoded.problem };
  try {
    const article = analyzer(decoded.text, articleContext(source));
    return { kind: 'analysed', source, article, encoding: decoded.encoding, ...(decoded.notice ? { notice: decoded.notice } : {}) };
  } catch (e) {
    return { kind: 'failed', source, error: errorMessage(e) };
  }
}

export function* analyzeAll(sources: readonly ArticleSource[], maxBytes: number, analyzer?: Analyzer): Generator<ArticleResult> {
  for (const source of sources) yield analyzeSource(source, maxBytes, analyzer);
}

export type Analysed = Extract<ArticleResult, { kind: 'analysed' }>;
