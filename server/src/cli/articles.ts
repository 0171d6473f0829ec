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
  const decoded = readArticleFile(source.path, maxBytes, SIZE_FLAG);
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

/** The one-line report of an article that produced no analysis. */
export function describeFailure(result: ArticleResult): string | null {
  if (result.kind === 'skipped') return `${result.source.path}: skipped: ${result.problem}`;
  if (result.kind === 'failed') return `${result.source.path}: internal error: ${result.error}`;
  return null;
}

/** How an analysed article was read, when the user should know (a legacy encoding, replaced bytes). */
export function describeNotice(result: ArticleResult): string | null {
  return result.kind === 'analysed' && result.notice ? `${result.source.path}: information: ${result.notice}` : null;
}

export type Analysed = Extract<ArticleResult, { kind: 'analysed' }>;

/**
 * Writes each analysed article as `render` turns it into output, reporting
 * on stderr what could not be read, analysed or rendered. Returns the exit
 * status of a command that prints data: 0 all written, 1 some skipped (not
 * text), 2 an internal error on one.
 */
export async function writeEach(
  sources: readonly ArticleSource[],
  maxBytes: number,
  render: (result: Analysed) => string | { error: string },
  write: (text: string, result: Analysed) => Promise<void>,
  note: (line: string) => void,
): Promise<number> {
  let skipped = 0, failed = 0;
  for (const result of analyzeAll(sources, maxBytes)) {
    if (result.kind !== 'analysed') {
      note(`isnad: ${describeFailure(result)}`);
      if (result.kind === 'skipped') skipped++;
      else failed++;
      continue;
    }
    const notice = describeNotice(result);
    if (notice) note(`isnad: ${notice}`);
    const rendered = render(result);
    if (typeof rendered !== 'string') {
      note(`isnad: ${result.source.path}: internal error: ${rendered.error}`);
      failed++;
      continue;
    }
    await write(rendered, result);
  }
  return failed ? 2 : skipped ? 1 : 0;
}
