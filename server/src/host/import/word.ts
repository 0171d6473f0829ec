// A Word document (.docx) as an article, through mammoth, which turns the
// document's structure (headings, paragraphs, lists, quotations by their
// style) into HTML; the paragraphs are then read as a web page's body is.
// The title is the document's title property, else its first heading, else
// its first paragraph; the author, the document's creator. Word's own dates
// (created, modified) say when the file was made, not when the article was
// published: they are not taken as its publication date.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlDocument } from './dom.js';
import { ImportError } from './model.js';
import type { ImportedArticle } from './model.js';
import { paragraphsOf } from './paragraphs.js';
import { articleFileText, cleanLine } from './text.js';

// mammoth knows Word's heading styles; quotations it leaves as plain paragraphs unless told.
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Title'] => h1:fresh",
];

/** One element of docProps/core.xml (dc:title, dc:creator), unescaped. */
function coreProperty(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  if (!m) return null;
  const value = m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return cleanLine(value) || null;
}

async function coreProperties(zip: JSZip): Promise<{ title: string | null; author: string | null }> {
  const xml = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  return { title: coreProperty(xml, 'dc:title'), author: coreProperty(xml, 'dc:creator') };
}

export async function readWordDocument(bytes: Uint8Array): Promise<ImportedArticle> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('not a Word document (.docx): the file is not a zip archive');
  }
  if (!zip.file('word/document.xml')) throw new ImportError('not a Word document (.docx): it has no word/document.xml');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
  const document = htmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body;
  const paragraphs = body ? paragraphsOf(body) : [];
  if (!paragraphs.length) throw new ImportError('the Word document has no text');
  const properties = await coreProperties(zip);
  const heading = cleanLine(document.querySelector('h1')?.textContent ?? '') || null;
  const title = properties.title ?? heading ?? paragraphs[0]!;
  // the title is the first line; the heading or paragraph it came from is not repeated below it
  const rest = !properties.title && !heading ? paragraphs.slice(1) : paragraphs;
  return {
    title,
    text: articleFileText(title, rest),
    metadata: { url: null, outlet: null, published: null, author: properties.author },
    kind: 'Word document',
  };
}
