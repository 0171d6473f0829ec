// Hover markdown that reads well with right-to-left text and fits the hover
// without scrolling. A value from an article goes on its label's line ("Said
// on: …"), and the values that follow it on the same line (" · "), always
// between first-strong isolates (bidi.ts), so a line of mixed direction
// keeps each piece whole and in its place. The lines of a section (between
// rules) are one paragraph with hard breaks, not a paragraph each: a hover
// holds twice as many lines. No tables. In the Arabic interface every line
// is Arabic, and each is framed by right-to-left marks: the editor lays
// hovers out left to right, and the marks keep a colon, a bracket or a
// number at the end of a line on the Arabic side.
import { dropControls } from '../host/controls.js';
import { isolate } from './bidi.js';

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
const RULE = '---';
/** A hard line break: a backslash at the end of a line. */
const BREAK = '\\\n';

export class Markdown {
  private readonly lines: string[] = [];
  /** What the last line ends with: a label (its value comes on it), a value (more may follow), or neither. */
  private last: 'label' | 'value' | 'other' = 'other';

  constructor(private readonly direction: 'ltr' | 'rtl' = 'ltr') {}

  /** A line of the interface's language (already markdown); one ending with a colon is a label for the value that follows. */
  line(markdown: string): this {
    this.lines.push(markdown);
    this.last = markdown.trimEnd().endsWith(':') ? 'label' : 'other';
    return this;
  }

  /** Article text (Arabic), escaped and isolated: on its label's line, after the value before it, or a line of its own; bold when it names the subject. */
  arabic(text: string, bold = false): this {
    const escaped = escapeMarkdown(text);
    if (!escaped) return this;
    const value = isolate(bold ? `**${escaped}**` : escaped);
    const at = this.lines.length - 1;
    if (this.last === 'label') this.lines[at] = `${this.lines[at]} ${value}`;
    else if (this.last === 'value') this.lines[at] = `${this.lines[at]} · ${value}`;
    else this.lines.push(value);
    this.last = 'value';
    return this;
  }

  rule(): this {
    if (this.lines.length && this.lines[this.lines.length - 1] !== RULE) this.lines.push(RULE);
    this.last = 'other';
    return this;
  }

  toString(): string {
    const lines = this.lines[this.lines.length - 1] === RULE ? this.lines.slice(0, -1) : this.lines;
    const framed = this.direction === 'rtl' ? lines.map((l) => (l === RULE ? l : `${RLM}${l}${RLM}`)) : lines;
    // the lines of a section as one paragraph, sections apart
    const sections: string[][] = [[]];
    for (const line of framed) {
      if (line === RULE) sections.push([]);
      else sections[sections.length - 1]!.push(line);
    }
    return sections.filter((s) => s.length).map((s) => s.join(BREAK)).join(`\n\n${RULE}\n\n`);
  }
}

/** A markdown link that runs a client command with JSON arguments (the client must trust it). */
export function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](${linkTarget(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`)})`;
}
