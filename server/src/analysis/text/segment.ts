// Segmentation: lines, sentences and quotations, as spans of the original text.
import type { Line, Quote, Segments, Sentence } from '../model.js';
import { codeAt } from './letters.js';

const SENTENCE_END = new Set(['.', '؟', '?', '!', '؛']);
const OPENERS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };
const CLOSERS = new Set(['”', '»', '"', '“']);

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ index, start, end: contentEnd, blank: isBlank(text, start, contentEnd) });
    start = end + 1;
  }
  return lines;
}

/** Only white space (what trim takes off) in [start, end): read in place, not sliced and trimmed (most lines end the test at their first letter). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** What `\s` matches and trim takes off: tab to carriage return, the space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * How many pieces text.slice(start, end).split(/\s+/) makes (runs of white
 * space plus one), read in place: the claims ask it of every quotation near
 * a cue, and the split made a string per word only to count them. Counting
 * stops at `max`: a caller that asks for a few words need not read a long
 * quotation to its end.
 */
export function whiteSpacePieces(text: string, start: number, end: number, max = Infinity): number {
  let pieces = 1;
  for (let i = start; i < end && pieces < max; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    pieces++;
    while (i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) i++;
  }
  return pieces;
}

/**
 * Sentences end at . ؟ ! ؛ and at line ends, but not inside a quotation that
 * goes on (a quoted statement of several sentences is one unit for the claim
 * that reports it), nor at a dot between digits (3.5).
 */
export function splitSentences(text: string, lines: Line[], quotes: Quote[], marks = markPositions(text)): Sentence[] {
  const sentences: Sentence[] = [];
  const ends = new NextMark(marks.ends);
  let q = 0;
  for (const line of lines) {
    if (line.blank) continue;
    let start = skipSpace(text, line.start, line.end);
    // jump from one sentence-ending mark to the next rather than visit every character
    for (let i = ends.from(start); i >= 0 && i < line.end; i = ends.from(i + 1)) {
      while (q < quotes.length && quotes[q]!.end <= i) q++;
      if (text.charCodeAt(i) === DOT && isDigit(codeAt(text, i - 1)) && isDigit(codeAt(text, i + 1))) continue;
      const inQuote = q < quotes.length && quotes[q]!.start < i && i < quotes[q]!.end - 1;
      if (inQuote) continue;
      let end = i + 1;
      while (end < line.end && (MARK_KIND[text.charCodeAt(end)]! & (SENTENCE_END_MARK | CLOSER)) !== 0) end++;
      if (end > start) sentences.push({ start, end, line: line.index });
      start = skipSpace(text, end, line.end);
      if (end > i + 1) i = end - 1; // the marks run together with this one are part of its end
    }
    if (start < line.end) sentences.push({ start, end: trimEnd(text, start, line.end), line: line.index });
  }
  return sentences;
}

/**
 * What a character is to segmentation, as bits: a mark quotations read
 * (“”«»"„.؟?!؛), one that ends a sentence (.؟?!؛), one that opens a
 * quotation (“«"„), one that closes one (”»"“). The passes over the marks
 * read them by char code: a one-character string per mark (most of them
 * outside Latin-1, so made anew) and its lookup in a set cost more.
 */
const QUOTE_MARK = 1, SENTENCE_END_MARK = 2, OPENER = 4, CLOSER = 8;
const MARK_KIND = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of '“”«»"„') table[ch.charCodeAt(0)] = QUOTE_MARK;
  for (const ch of SENTENCE_END) table[ch.charCodeAt(0)] = QUOTE_MARK | SENTENCE_END_MARK;
  for (const ch of Object.keys(OPENERS)) table[ch.charCodeAt(0)]! |= OPENER;
  for (const ch of CLOSERS) table[ch.charCodeAt(0)]! |= CLOSER;
  return table;
})();
/** What each opening mark expects to close it (OPENERS by char code). */
const EXPECT = new Map(Object.entries(OPENERS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const DOUBLE_QUOTE = 0x22, LEFT_QUOTE = 0x201c, RIGHT_QUOTE = 0x201d, LEFT_GUILLEMET = 0xab, RIGHT_GUILLEMET = 0xbb, DOT = 0x2e;

/** Where the text's marks are: every one quotations read, and those that end sentences. */
interface MarkPositions {
  quoting: number[];
  ends: number[];
}

/**
 * One scan of the text for the marks both quotations and sentences read: a
 * regular expression for each of them read the whole text twice.
 */
function markPositions(text: string): MarkPositions {
  const quoting: number[] = [], ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const kind = MARK_KIND[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    quoting.push(i);
    if (kind & SENTENCE_END_MARK) ends.push(i);
  }
  return { quoting, ends };
}

/**
 * The next of a list of mark offsets at or after a position. The lines ask
 * in order, so a cursor walks the list once (thousands of lines without
 * punctuation cost nothing each); a position behind it starts again.
 */
class NextMark {
  private k = 0;

  constructor(private readonly at: readonly number[]) {}

  /** The offset of the first mark at or after `from`; -1 when there is none. */
  from(from: number): number {
    let k = this.k;
    if (k > 0 && this.at[k - 1]! >= from) k = 0;
    while (k < this.at.length && this.at[k]! < from) k++;
    this.k = k;
    return k < this.at.length ? this.at[k]! : -1;
  }
}

export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * Quotations within each line. Real articles mix styles (“…”, «…», "…") and
 * mismatch them (”…” with two closing marks), and leave some open. An
 * unclosed quotation ends with its first sentence when another quotation
 * opens after that sentence, or when the line ends: it never swallows the
 * rest of a one-line article. One pass, linear in the line length.
 */
export function findQuotes(text: string, lines: Line[], positions = markPositions(text)): Quote[] {
  const quotes: Quote[] = [];
  const marks = new NextMark(positions.quoting);
  for (const line of lines) {
    if (!line.blank) quotesInLine(text, line.start, line.end, marks, quotes);
  }
  return quotes;
}

/** An open quotation: where it starts, its opening mark and the mark that closes it (char codes), where its first sentence ends (-1: not yet). */
interface Open { start: number; mark: number; expect: number; firstSentenceEnd: number }

function quotesInLine(text: string, from: number, to: number, marks: NextMark, out: Quote[]): void {
  let open: Open | null = null;
  for (let i = marks.from(from); i >= 0 && i < to; i = marks.from(i + 1)) {
    const code = text.charCodeAt(i), kind = MARK_KIND[code]!;
    if (open) {
      if ((kind & SENTENCE_END_MARK) !== 0 && open.firstSentenceEnd < 0) open.firstSentenceEnd = i + 1;
      if (open.firstSentenceEnd >= 0 && open.firstSentenceEnd <= i && opensAt(text, i)) {
        out.push(unclosed(text, open, to));
        open = { start: i, mark: code, expect: EXPECT.get(code) ?? RIGHT_QUOTE, firstSentenceEnd: -1 };
        continue;
      }
      // Any closing mark ends a curly or guillemet quotation (“…» happens); a straight one only by another.
      if (code === open.expect || (open.mark !== DOUBLE_QUOTE && (code === RIGHT_QUOTE || code === RIGHT_GUILLEMET))) {
        out.push({ start: open.start, end: i + 1, open: String.fromCharCode(open.mark), close: String.fromCharCode(code), closed: true });
        open = null;
      }
      continue;
    }
    if ((kind & OPENER) !== 0) open = { start: i, mark: code, expect: EXPECT.get(code)!, firstSentenceEnd: -1 };
    // A closing mark used as an opener (قائد ”قسد”): a word follows it at once.
    else if (code === RIGHT_QUOTE && /[^\s\p{P}]/u.test(text[i + 1] ?? ' ')) open = { start: i, mark: code, expect: RIGHT_QUOTE, firstSentenceEnd: -1 };
  }
  if (open) out.push(unclosed(text, open, to));
}

/** A mark that can only open a quotation here: “ or «, or " with a space before and a word after. */
function opensAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === LEFT_QUOTE || code === LEFT_GUILLEMET) return true;
  return code === DOUBLE_QUOTE && /[\s(]/.test(text[i - 1] ?? ' ') && /[^\s\p{P}]/u.test(text[i + 1] ?? ' ');
}

function unclosed(text: string, open: Open, lineEnd: number): Quote {
  const end = open.firstSentenceEnd >= 0 ? open.firstSentenceEnd : trimEnd(text, open.start, lineEnd);
  return { start: open.start, end, open: String.fromCharCode(open.mark), close: null, closed: false };
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function segment(text: string): Segments {
  const lines = splitLines(text);
  const marks = markPositions(text);
  const quotes = findQuotes(text, lines, marks);
  return { lines, sentences: splitSentences(text, lines, quotes, marks), quotes };
}
