// What the server keeps of an analysis apart from its text, in plain data
// that crosses threads and goes into the cache of analyses (host/cache.ts):
// the article without its text and segments (the text gives both back), the
// workspace index's readings of it, and where its lines break, which is all
// the LSP positions need (a stand-in text with the same breaks places every
// span as the text would). No LSP here: index-task.ts runs this in workers.
import { analyzeArticle } from '../analysis/index.js';
import type { Article, ArticleContext, Segments } from '../analysis/model.js';
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
 * What the cache keeps of an analysis: the article without its text and
 * segments (the text gives both back), the index's readings, where the
 * text's lines break, and how the file was decoded when the user should know.
 */
export interface CachedAnalysis {
  article: Omit<Article, 'text' | 'segments'>;
  readings: Readings;
  lines: LineBreaks;
  encodingNotice?: string;
}

export function toCached(article: Article, readings: Readings, lines: LineBreaks, encodingNotice?: string): CachedAnalysis {
  const { published, publishedEvidence, outlet, outletEvidence, url, boilerplate, dates, figures, speakers, claims } = article;
  const notice = encodingNotice ? { encodingNotice } : {};
  return { article: { published, publishedEvidence, outlet, outletEvidence, url, boilerplate, dates, figures, speakers, claims }, readings, lines, ...notice };
}

/**
 * A cached analysis as an Article of its text (given, or read the first
 * time it is asked for); its segments are made from the text the first time
 * they are read.
 */
export function fromCached(cached: CachedAnalysis, text: string | (() => string)): Article {
  let segments: Segments | undefined;
  const article = { ...cached.article } as Article;
  const read = typeof text === 'string' ? () => text : text;
  Object.defineProperties(article, {
    text: { get: read, enumerable: true, configurable: true },
    segments: { get: () => (segments ??= segment(read())), set: (s: Segments) => { segments = s; }, enumerable: true, configurable: true },
  });
  return article;
}
