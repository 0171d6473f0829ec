// What the server keeps of an analysis apart from its text, in plain data
// that crosses threads and goes into the cache of analyses (host/cache.ts):
// the article without its text and segments (the text gives both back) and
// with its dates, figures and boilerplate encoded until they are read, the
// workspace index's readings of it, and where its lines break, which is all
// the LSP positions need (a stand-in text with the same breaks places every
// span as the text would). No LSP here: index-task.ts runs this in workers.
import { deserialize, serialize } from 'node:v8';
import { analyzeArticle } from '../analysis/index.js';
import type { Article, ArticleContext, Claim, DateMention, Figure, Segments, Span, Speaker } from '../analysis/model.js';
import { segment } from '../analysis/text/segment.js';
import type { Readings } from '../analysis/workspace/index.js';
import type { FileStamp } from '../host/cache.js';

/** The analysis; a parameter so that tests can make it fail. */
export type Analyzer = (text: string, context: ArticleContext) => Article;

/** The size the text has as a UTF-8 file, without encoding it. */
function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** An analysis of a file on disk as the cache files it: its key, what it was told, the file's stamp, its lines. */
export interface CacheRecord {
  key: string;
  /** contextKey of the analysis's context. */
  told: string;
  stamp: FileStamp | null;
  lines: LineBreaks;
}

/** Where a text's lines break and how long it is: all a Converter needs of it. */
export interface LineBreaks {
  /** Each break's offset × 4 + its kind (0 \n, 1 \r, 2 \r\n). */
  breaks: Int32Array;
  length: number;
}

const KINDS = ['\n', '\r', '\r\n'] as const;

export function lineBreaks(text: string): LineBreaks {
  const found: number[] = [];
  for (let i = text.indexOf('\n'), r = text.indexOf('\r'); i >= 0 || r >= 0;) {
    if (r >= 0 && (i < 0 || r < i)) {
      const crlf = r + 1 === i;
      found.push(r * 4 + (crlf ? 2 : 1));
      if (crlf) i = text.indexOf('\n', i + 1);
      r = text.indexOf('\r', r + 1);
    } else {
      found.push(i * 4);
      i = text.indexOf('\n', i + 1);
    }
  }
  return { breaks: Int32Array.from(found), length: text.length };
}

/** A text of spaces with the same line breaks at the same offsets: the Converter places every span in it as in the real text. */
export function standIn(lines: LineBreaks): string {
  const parts: string[] = [];
  let at = 0;
  for (const code of lines.breaks) {
    const offset = code >> 2;
    const kind = KINDS[code & 3] ?? '\n';
    parts.push(' '.repeat(offset - at), kind);
    at = offset + kind.length;
  }
  parts.push(' '.repeat(Math.max(0, lines.length - at)));
  return parts.join('');
}

/** What analysing a text gave, in words any thread can send: the article, or why there is none. */
export type TextOutcome = { article: Article } | { tooLarge: number } | { failed: unknown };

/** Analyses a text of at most `maxBytes` (as UTF-8, the limit of isnad.maxFileSizeMB); a failure of the core is an outcome, never a throw. */
export function analyseText(text: string, context: ArticleContext, maxBytes: number, analyzer: Analyzer = analyzeArticle): TextOutcome {
  const size = utf8Bytes(text);
  if (size > maxBytes) return { tooLarge: size };
  try {
    return { article: analyzer(text, context) };
  } catch (e) {
    return { failed: e };
  }
}

/**
 * The parts of an article no folder-wide question reads (the index reads its
 * speakers, claims and readings; hovers and diagnostics read these, of the
 * articles they are about). Kept encoded, and decoded the first time one is
 * read: a warm start over an archive decodes a third less, and the thread
 * that files a worker's analyses never makes them.
 */
type Detail = Pick<Article, 'dates' | 'figures' | 'boilerplate'>;

/**
 * What the cache keeps of an analysis: the article without its text and
 * segments (the text gives both back) and with its detail encoded, the
 * index's readings, where the text's lines break, and how the file was
 * decoded when the user should know.
 */
export interface CachedAnalysis {
  article: Omit<Article, 'text' | 'segments' | keyof Detail>;
  /** v8.serialize of the article's Detail. */
  detail: Uint8Array;
  readings: Readings;
  lines: LineBreaks;
  encodingNotice?: string;
}

export function toCached(article: Article, readings: Readings, lines: LineBreaks, encodingNotice?: string): CachedAnalysis {
  // a cached article's detail goes back as it came, without decoding it
  const detail = article instanceof CachedArticle ? article.encoded : serialize({ dates: article.dates, figures: article.figures, boilerplate: article.boilerplate } satisfies Detail);
  const { published, publishedEvidence, outlet, outletEvidence, url, speakers, claims } = article;
  const notice = encodingNotice ? { encodingNotice } : {};
  return { article: { published, publishedEvidence, outlet, outletEvidence, url, speakers, claims }, detail, readings, lines, ...notice };
}

/**
 * A cached analysis as an Article of its text (given, or read the first
 * time it is asked for); its segments are made from the text, and its
 * detail decoded, the first time they are read. A class, not an object
 * with accessors of its own: an archive has tens of thousands of these, and
 * the accessors live once, on the prototype. JSON gives every field.
 */
class CachedArticle implements Article {
  readonly published: string | null;
  readonly publishedEvidence: string | null;
  readonly outlet: string | null;
  readonly outletEvidence: Span | null;
  readonly url: string | null;
  readonly speakers: Speaker[];
  readonly claims: Claim[];
  readonly encoded: Uint8Array;
  private readonly read: () => string;
  private madeSegments: Segments | undefined;
  private detail: Detail | undefined;

  constructor(cached: CachedAnalysis, read: () => string) {
    const a = cached.article;
    this.published = a.published;
    this.publishedEvidence = a.publishedEvidence;
    this.outlet = a.outlet;
    this.outletEvidence = a.outletEvidence;
    this.url = a.url;
    this.speakers = a.speakers;
    this.claims = a.claims;
    this.encoded = cached.detail;
    this.read = read;
  }

  get text(): string {
    return this.read();
  }

  get segments(): Segments {
    return (this.madeSegments ??= segment(this.read()));
  }

  set segments(s: Segments) {
    this.madeSegments = s;
  }

  private decoded(): Detail {
    return (this.detail ??= deserialize(this.encoded) as Detail);
  }

  get boilerplate(): Span[] {
    return this.decoded().boilerplate;
  }

  get dates(): DateMention[] {
    return this.decoded().dates;
  }

  get figures(): Figure[] {
    return this.decoded().figures;
  }

  toJSON(): Article {
    const { text, published, publishedEvidence, outlet, outletEvidence, url, segments, boilerplate, dates, figures, speakers, claims } = this;
    return { text, published, publishedEvidence, outlet, outletEvidence, url, segments, boilerplate, dates, figures, speakers, claims };
  }
}

export function fromCached(cached: CachedAnalysis, text: string | (() => string)): Article {
  return new CachedArticle(cached, typeof text === 'string' ? () => text : text);
}
