// The analysed articles the server knows: open documents (the editor's text,
// stamped with its version) and the folder's other article files (read from
// disk, version null). Each is analysed once per text and filed in the
// workspace index under its canonical URI. A text over the size limit, a file
// that could not be read and an analysis that failed are entries too, with a
// notice and no article, so the user sees what Isnad did not analyse. An
// analysis may also come from the cache of analyses (host/cache.ts), as a
// CachedAnalysis: the article without what its text gives back.
import { analyzeArticle } from '../analysis/index.js';
import type { Article, ArticleContext, GazetteerEntry, Segments, Span } from '../analysis/model.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { segment } from '../analysis/text/segment.js';
import { createWorkspaceIndex } from '../analysis/workspace/index.js';
import type { Readings } from '../analysis/workspace/index.js';
import type { Location } from 'vscode-languageserver';
import { Converter } from './convert.js';
import type { Placement } from './folders.js';
import { messages } from './messages.js';
import { canonicalUri } from './uris.js';

/** Why an article has no analysis, or how its text was read: one information diagnostic at its start. */
export interface Notice {
  code: 'too-large' | 'unreadable' | 'encoding' | 'analysis-failed';
  message: string;
}

export interface Analysed {
  /** Canonical URI: the key in the store and the workspace index. */
  key: string;
  /** The URI as the client spells it. */
  uri: string;
  path: string | null;
  text: string;
  /** The editor's version of an open document; null for a file read from disk. */
  version: number | null;
  /** Null when the text is too large, unreadable, or the analysis failed (the notice says which). */
  article: Article | null;
  notice: Notice | null;
  conv: Converter;
  /** Rule severities from the folder's isnad.yaml. */
  rules: ReadonlyMap<string, RuleSetting>;
  /** The key of the analysis in the cache (host/cache.ts), for a file read from disk while a cache was open. */
  cacheKey?: string;
}

export interface Source {
  uri: string;
  path: string | null;
  text: string;
  version: number | null;
  /** How the file on disk was decoded, when the user should know (a legacy encoding). */
  encodingNotice?: string;
}

/** The analysis; a parameter so that tests can make it fail. */
export type Analyzer = (text: string, context: ArticleContext) => Article;

/** The size the text has as a UTF-8 file, without encoding it. */
function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Analyses a text of at most `maxBytes` (as UTF-8, the limit of
 * isnad.maxFileSizeMB); a failure of the core is logged and leaves the
 * article out with a notice, never the server.
 */
export function analyse(
  source: Source, placement: Placement | null, log: (error: unknown) => void, maxBytes: number, analyzer: Analyzer = analyzeArticle,
): Analysed {
  let article: Article | null = null;
  let notice: Notice | null = source.encodingNotice ? { code: 'encoding', message: source.encodingNotice } : null;
  const size = utf8Bytes(source.text);
  if (size > maxBytes) notice = { code: 'too-large', message: messages.tooLarge(size, maxBytes) };
  else {
    try {
      article = analyzer(source.text, placement?.context ?? {});
    } catch (e) {
      log(e);
      notice = { code: 'analysis-failed', message: messages.analysisFailed };
    }
  }
  return { ...source, key: canonicalUri(source.uri), article, notice, conv: new Converter(source.text), rules: placement?.rules ?? new Map() };
}

/** A file on disk that could not be read as an article (binary, too large, not text): its notice and nothing else. */
export function unread(uri: string, path: string, problem: string): Analysed {
  const notice: Notice = { code: 'unreadable', message: messages.notAnalysed(problem) };
  return { uri, path, text: '', version: null, key: canonicalUri(uri), article: null, notice, conv: new Converter(''), rules: new Map() };
}

/** What the cache keeps of an analysis: the article without its text and segments (the text gives both back), and the index's readings. */
export interface CachedAnalysis {
  article: Omit<Article, 'text' | 'segments'>;
  readings: Readings;
}

export function toCached(article: Article, readings: Readings): CachedAnalysis {
  const { published, publishedEvidence, outlet, outletEvidence, url, boilerplate, dates, figures, speakers, claims } = article;
  return { article: { published, publishedEvidence, outlet, outletEvidence, url, boilerplate, dates, figures, speakers, claims }, readings };
}

/** A cached analysis of this very text as an Article; its segments are made from the text the first time they are read. */
export function fromCached(cached: CachedAnalysis, text: string): Article {
  let segments: Segments | undefined;
  const article = { ...cached.article, text } as Article;
  Object.defineProperty(article, 'segments', {
    get: () => (segments ??= segment(text)), set: (s: Segments) => { segments = s; }, enumerable: true, configurable: true,
  });
  return article;
}

/** The analysis of a source from the cache. */
export function analysedFromCache(source: Source, placement: Placement | null, cached: CachedAnalysis, cacheKey: string): Analysed {
  const notice: Notice | null = source.encodingNotice ? { code: 'encoding', message: source.encodingNotice } : null;
  const article = fromCached(cached, source.text);
  return { ...source, key: canonicalUri(source.uri), article, notice, conv: new Converter(source.text), rules: placement?.rules ?? new Map(), cacheKey };
}

export class ArticleStore {
  readonly index = createWorkspaceIndex();
  private readonly entries = new Map<string, Analysed>();

  get(uri: string): Analysed | undefined {
    return this.entries.get(canonicalUri(uri));
  }

  /** Files an analysis; `gazetteer` is its folder's, `readings` what a cache kept of this analysis. */
  set(entry: Analysed, options: { gazetteer?: readonly GazetteerEntry[]; readings?: Readings } = {}): void {
    this.entries.set(entry.key, entry);
    if (entry.article) this.index.update(entry.key, entry.article, options);
    else this.index.remove(entry.key);
  }

  delete(uri: string): Analysed | undefined {
    const key = canonicalUri(uri);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    this.index.remove(key);
    return entry;
  }

  all(): Analysed[] {
    return [...this.entries.values()];
  }

  /** A span of any known article (by index key) as a location the client can open. */
  location(key: string, span: Span): Location | null {
    const entry = this.entries.get(key);
    return entry ? entry.conv.location(entry.uri, span) : null;
  }
}
