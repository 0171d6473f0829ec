// Text as an article file holds it: one paragraph a line, spaces as one,
// no invisible direction marks. Web pages and Word files written right to
// left carry marks (U+200E/U+200F, the embeddings and isolates) that
// display nothing in a plain-text article and would only split words for
// matching; no-break and other Unicode spaces become plain spaces.

// The bidi controls: LRM, RLM, ALM, LRE…RLO, LRI…PDI; and the zero-width no-break space (a stray BOM).
const INVISIBLE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function cleanLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Quotation marks of every style the segmenter knows, to tell a quotation that already shows its marks. */
const QUOTE_MARKS = /["«»“”„‟″'‘’‹›]/;

/**
 * A paragraph the source marks as a quotation (a blockquote, Word's Quote
 * style) in quotation marks, when it has none of its own: in plain text the
 * marks are what says "quoted" to the reader and to the analysis.
 */
export function asQuotation(text: string): string {
  return QUOTE_MARKS.test(text) ? text : `«${text}»`;
}

/** The article file's text: the title on the first line, then one paragraph a line. */
export function articleFileText(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map(cleanLine).filter(Boolean);
  // a page often repeats its title as the body's first heading
  if (body[0] === cleanLine(title)) body.shift();
  return `${[cleanLine(title), ...body].join('\n')}\n`;
}
