// Analysing the articles of a workspace one at a time. A file that cannot be
// decoded, or an internal error on one article, is a result of its own: the
// other articles still run.
import { analyzeArticle } from '../analysis/index.js';
import type { Article } from '../analysis/model.js';
import { articleContext, readArticleText } from '../host/workspace.js';
import type { ArticleSource } from '../host/workspace.js';

export type ArticleResult =
  | { kind: 'analysed'; source: ArticleSource; article: Article; encoding: string }
  | { kind: 'skipped'; source: ArticleSource; problem: string }
  | { kind: 'failed'; source: ArticleSource; error: string };

export function analyzeSource(source: ArticleSource): ArticleResult {
  const decoded = readArticleText(source.path);
  if ('problem' in decoded) return { kind: 'skipped', source, problem: decoded.problem };
  try {
    return { kind: 'analysed', source, article: analyzeArticle(decoded.text, articleContext(source)), encoding: decoded.encoding };
  } catch (e) {
    return { kind: 'failed', source, error: e instanceof Error ? e.message : String(e) };
  }
}

export function* analyzeAll(sources: readonly ArticleSource[]): Generator<ArticleResult> {
  for (const source of sources) yield analyzeSource(source);
}

/** The one-line report of an article that produced no analysis. */
export function describeFailure(result: ArticleResult): string | null {
  if (result.kind === 'skipped') return `${result.source.path}: skipped: ${result.problem}`;
  if (result.kind === 'failed') return `${result.source.path}: internal error: ${result.error}`;
  return null;
}
