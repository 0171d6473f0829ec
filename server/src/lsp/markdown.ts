// Hover markdown that reads well with right-to-left text: every Arabic value
// is a paragraph of its own, never on a line with English labels (a line of
// mixed direction reorders confusingly), and no tables. In the Arabic
// interface every paragraph is Arabic, and each is framed by right-to-left
// marks: the editor lays hovers out left to right, and the marks keep a
// colon, a bracket or a number at the end of a line on the Arabic side.

/** Characters that mean something anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~&]/g;
/** What starts a heading, a list or a quote block at the start of a line. */
const LEADING = /^([#+\->]|\d+(?=[.)]))/;

/** Text from an article, shown as written: markdown characters escaped, line breaks flattened. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').trim().replace(INLINE, '\\$&');
  return escaped.replace(LEADING, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

const RLM = '\u200f';

export class Markdown {
  private readonly blocks: string[] = [];

  constructor(private readonly direction: 'ltr' | 'rtl' = 'ltr') {}

  /** A line of English (already markdown). */
  line(markdown: string): this {
    this.blocks.push(markdown);
    return this;
  }

  /** A line of article text (Arabic), escaped; bold when it names the subject. */
  arabic(text: string, bold = false): this {
    const escaped = escapeMarkdown(text);
    if (escaped) this.blocks.push(bold ? `**${escaped}**` : escaped);
    return this;
  }

  rule(): this {
    if (this.blocks.length && this.blocks[this.blocks.length - 1] !== '---') this.blocks.push('---');
    return this;
  }

  toString(): string {
    const blocks = this.blocks[this.blocks.length - 1] === '---' ? this.blocks.slice(0, -1) : this.blocks;
    const framed = this.direction === 'rtl' ? blocks.map((b) => (b === '---' ? b : `${RLM}${b}${RLM}`)) : blocks;
    return framed.join('\n\n');
  }
}

/** A markdown link that runs a client command with JSON arguments (the client must trust it). */
export function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
