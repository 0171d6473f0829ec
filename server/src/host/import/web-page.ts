// A saved web page (.html, .htm) as an article: the metadata from the page's
// head (metadata.ts), the body from @mozilla/readability, which keeps the
// article and drops the navigation, the ads and most of the furniture, run
// on linkedom's DOM (no browser, no network: nothing the page links to is
// fetched). What readability keeps that is still furniture (a share bar or a
// "read also" list inside the article's container) is left to the analysis's
// boilerplate pass, which sets it aside.
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { decodeArticle } from '../decode.js';
import type { DomDocument, DomElement } from './dom.js';
import { htmlDocument } from './dom.js';
import { pageMetadata } from './metadata.js';
import { ImportError } from './model.js';
import type { ImportedArticle } from './model.js';
import { paragraphsOf } from './paragraphs.js';
import { articleFileText, cleanLine } from './text.js';

/** The charset a page declares in its first bytes (<meta charset>, http-equiv), if iconv-lite knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  // spaces out first, so that one plain pattern reads `<meta charset="…">` and `content="text/html; charset=…"` alike
  const m = /charset=["']?([\w-]{1,40})/i.exec(head.replace(/\s+/g, ''));
  const charset = m?.[1]?.toLowerCase() ?? null;
  return charset && iconv.encodingExists(charset) ? charset : null;
}

/** The page's text: in the charset it declares, else as an article file is read (UTF-8, UTF-16, Windows-1256). */
export function decodePage(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes);
  if (charset && !/^utf-?8$/.test(charset)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  const decoded = decodeArticle(bytes);
  if ('problem' in decoded) throw new ImportError(`not a web page: ${decoded.problem}`);
  return decoded.text;
}

const parse = (html: string): DomDocument => htmlDocument(html);

/** Shorter than this, what readability found is not an article (a one-sentence news brief is longer). */
const MIN_ARTICLE_CHARS = 60;

/** A byline's name: without "بقلم" / "كتب" / "By" before it, nor the date or place after a separator. */
export function bylineName(byline: string): string | null {
  const name = cleanLine(byline).split(/\s[·|•–—-]\s/)[0]!.replace(/^(?:بقلم|كتبه?|كتبت|إعداد|By)\s*:?\s*/i, '').trim();
  return name || null;
}

/** The web page in `html` as an article; an ImportError when there is no article text in it. */
export function readWebPage(html: string): ImportedArticle {
  const metadata = pageMetadata(parse(html));
  // readability rewrites the document it reads: a fresh one
  const document = parse(html);
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  const content = parsed?.content ? (parse(`<!doctype html><html><body>${parsed.content}</body></html>`).body as DomElement | null) : null;
  const paragraphs = content ? paragraphsOf(content) : [];
  // a menu or a cookie notice is all readability finds in a page without an article
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) throw new ImportError('no article text found in the page');
  const title = metadata.title ?? (cleanLine(parsed?.title ?? '') || cleanLine(document.title) || paragraphs[0]!);
  return {
    title,
    text: articleFileText(title, paragraphs),
    metadata: {
      url: metadata.url,
      outlet: metadata.outlet ?? (cleanLine(parsed?.siteName ?? '') || null),
      published: metadata.published,
      author: metadata.author ?? bylineName(parsed?.byline ?? ''),
    },
    kind: 'web page',
  };
}
