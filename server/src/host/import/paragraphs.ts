// An article body's HTML (what readability keeps of a page, what mammoth
// makes of a Word file) as paragraphs: each block that holds no other block
// is one paragraph, a <br> ends a line, and text between blocks is a
// paragraph of its own. Quotations (blockquote) are put in quotation marks.
import type { DomElement, DomNode } from './dom.js';
import { TEXT_NODE, isElement } from './dom.js';
import { asQuotation, cleanLine } from './text.js';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text of the article. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'IFRAME']);

const isBlock = (node: DomNode): boolean => isElement(node) && BLOCKS.has(node.tagName.toUpperCase());

class Collector {
  readonly paragraphs: string[] = [];
  private line = '';
  private quoted = 0;

  text(value: string): void {
    this.line += value;
  }

  /** Ends the paragraph being gathered, if it has any words. */
  end(): void {
    const text = cleanLine(this.line);
    this.line = '';
    if (text) this.paragraphs.push(this.quoted ? asQuotation(text) : text);
  }

  walk(node: DomNode): void {
    if (node.nodeType === TEXT_NODE) {
      this.text(node.textContent ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      this.end();
      return;
    }
    const block = isBlock(node);
    if (block) this.end();
    const quote = tag === 'BLOCKQUOTE';
    if (quote) this.quoted++;
    for (const child of Array.from(node.childNodes)) this.walk(child);
    if (block) this.end();
    if (quote) this.quoted--;
  }
}

/** The paragraphs of an element's content, in document order. */
export function paragraphsOf(root: DomElement): string[] {
  const collector = new Collector();
  collector.walk(root);
  collector.end();
  return collector.paragraphs;
}
