// Hover markdown that reads well with right-to-left text: every Arabic value
// is a paragraph of its own, never on a line with English labels (a line of
// mixed direction reorders confusingly), and no tables. In the Arabic
// interface every paragraph is Arabic, and each is framed by right-to-left
// marks: the editor lays hovers out left to right, and the marks keep a
// colon, a bracket or a number at the end of a line on the Arabic side.
import { dropControls } from '../host/controls.js';

/**
 * Characters that mean something anywhere in a line: emphasis, code, links
 * and images, HTML and entities; and `:` and `@`, without which no URL or
 * e-mail address is made a link. Text from a folder's files (an isnad.yaml
 * is anyone's) must never become a link, an image fetched from the network
 * or a command.
 */
const INLINE = /[\\`*_[\]<>|~&:@!()]/g;
/** What starts a heading, a list or a quote block at the start of a line. */
const LEADING = /^([#+\->]|\d+(?=[.)]))/;
/** `www.` starts a link in GitHub's markdown even without `:`. */
const WWW = /\b(www)\./gi;
/** Text from an article or a folder's files, shown as written: controls dropped (host/controls.ts), markdown characters escaped, line breaks flattened. */
export function escapeMarkdown(text: string): string {
  const escaped = dropControls(text).replace(/\s+/g, ' ').trim().replace(INLINE, '\\$&').replace(WWW, '$1\\.');
  return escaped.replace(LEADING, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** A link's target with the characters that would end it or break out of it encoded. */
export const linkTarget = (target: string): string => target.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

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
  return `[${title}](${linkTarget(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`)})`;
}
