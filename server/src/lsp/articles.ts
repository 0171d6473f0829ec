// The analysed articles the server knows: open documents (the editor's text,
// stamped with its version) and the folder's other article files (read from
// disk, version null). Each is analysed once per text and filed in the
// workspace index under its canonical URI. A text over the size limit, a file
// that could not be read and an analysis that failed are entries too, with a
// notice and no article, so the user sees what Isnad did not analyse. An
// analysis may also come from the cache of analyses (host/cache.ts) or from a
// worker thread (index-task.ts), as a CachedAnalysis: the article without its
// text, and where its lines break. Such an entry reads its text from disk
// only when something asks for it (a workspace symbol search, a review's
// fingerprint); its positions come from a stand-in text with the same line
// breaks, so publishing its diagnostics reads nothing.
import { analyzeArticle } from '../analysis/index.js';
import type { Article, GazetteerEntry, Span } from '../analysis/model.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { createWorkspaceIndex } from '../analysis/workspace/index.js';
import type { Readings } from '../analysis/workspace/index.js';
import type { Location } from 'vscode-languageserver';
import { analyseText, fromCached, standIn } from './cached.js';
import type { Analyzer, CacheRecord, CachedAnalysis, LineBreaks, TextOutcome } from './cached.js';
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
  /** What the cache of analyses keeps of a file read from disk (host/cache.ts), when it may be written there. */
  record?: CacheRecord;
}

export interface Source {
  uri: string;
  path: string | null;
  text: string;
  version: number | null;
  /** How the file on disk was decoded, when the user should know (a legacy encoding). */
  encodingNotice?: string;
}


/** The notice of an outcome without an article. */
export function outcomeNotice(outcome: TextOutcome, maxBytes: number): Notice | null {
  if ('tooLarge' in outcome) return { code: 'too-large', message: messages.tooLarge(outcome.tooLarge, maxBytes) };
  if ('failed' in outcome) return { code: 'analysis-failed', message: messages.analysisFailed };
  return null;
}

/**
 * Analyses a text of at most `maxBytes` (as UTF-8, the limit of
 * isnad.maxFileSizeMB); a failure of the core is logged and leaves the
 * article out with a notice, never the server.
 */
export function analyse(
  source: Source, placement: Placement | null, log: (error: unknown) => void, maxBytes: number, analyzer: Analyzer = analyzeArticle,
): Analysed {
  const outcome = analyseText(source.text, placement?.context ?? {}, maxBytes, analyzer);
  if ('failed' in outcome) log(outcome.failed);
  const encoding: Notice | null = source.encodingNotice ? { code: 'encoding', message: source.encodingNotice } : null;
  const article = 'article' in outcome ? outcome.article : null;
  const notice = outcomeNotice(outcome, maxBytes) ?? encoding;
  return { ...source, key: canonicalUri(source.uri), article, notice, conv: new Converter(source.text), rules: placement?.rules ?? new Map() };
}

/** A file on disk that could not be read as an article (binary, too large, not text): its notice and nothing else. */
export function unread(uri: string, path: string, problem: string): Analysed {
  const notice: Notice = { code: 'unreadable', message: messages.notAnalysed(problem) };
  return { uri, path, text: '', version: null, key: canonicalUri(uri), article: null, notice, conv: new Converter(''), rules: new Map() };
}

/** A file on disk whose text is read when first asked for (memoized by the caller). */
export interface LazySource {
  uri: string;
  /** canonicalUri(uri), when the caller has it. */
  key?: string;
  path: string;
  text: () => string;
}

/**
 * The analysis of a file from the cache or a worker: its text read from
 * disk only if asked, its positions from its line breaks. A class, for the
 * same reason as the article's (cached.ts): one per file of an archive.
 */
class CachedEntry implements Analysed {
  readonly version = null;
  readonly article: Article;
  readonly notice: Notice | null;
  readonly rules: ReadonlyMap<string, RuleSetting>;
  private readonly lines: LineBreaks;
  private madeConv: Converter | undefined;

  constructor(private readonly source: LazySource, readonly key: string, placement: Placement | null, cached: CachedAnalysis, readonly record: CacheRecord) {
    this.notice = cached.encodingNotice ? { code: 'encoding', message: cached.encodingNotice } : null;
    this.article = fromCached(cached, source.text);
    this.rules = placement?.rules ?? new Map();
    this.lines = cached.lines;
  }

  get uri(): string {
    return this.source.uri;
  }

  get path(): string {
    return this.source.path;
  }

  get text(): string {
    return this.source.text();
  }

  get conv(): Converter {
    return (this.madeConv ??= new Converter(standIn(this.lines)));
  }
}

export function analysedFromCache(source: LazySource, placement: Placement | null, cached: CachedAnalysis, record: CacheRecord): Analysed {
  return new CachedEntry(source, source.key ?? canonicalUri(source.uri), placement, cached, record);
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

  get size(): number {
    return this.entries.size;
  }

  /** A span of any known article (by index key) as a location the client can open. */
  location(key: string, span: Span): Location | null {
    const entry = this.entries.get(key);
    return entry ? entry.conv.location(entry.uri, span) : null;
  }
}
