// The one token model of an article: its normalized text cut once into runs
// of Arabic letters, of digits and of Latin letters, and single marks, each
// with its original and normalized span and what the original spelling
// shows (the article ال, shadda, tanween, ة, ى). It is made once per article
// and kept on the Doc; every pass reads it, through a thin view of its own
// where it needs one (the claims read letters and digits written together as
// one word, the dates read Latin letters as marks, the figures read a number
// with its separators; the workspace index reads the words of a stretch).
import { firstStartingAtOrAfter, perDoc, type Doc } from './doc.js';
import type { Line } from '../model.js';
import type { NormalizedText } from '../text/normalize.js';
import { LEXICONS, lexiconsOf } from './token-lexicons.js';
import { codeAt, lastLetter } from '../text/letters.js';

export type TokenKind = 'word' | 'number' | 'latin' | 'mark';

/** What the spelling of a token shows, as bits of Token.flags. */
const WORD = 1, BREAK_BEFORE = 2, DEFINITE = 4, SHADDA = 8, ACCUSATIVE = 16, TAA_MARBUTA = 32, MAQSURA = 64;
/**
 * The bits above these: which lexicons hold the norm (token-lexicons.ts, 13
 * bits; the flags stay below 2^30, a small integer V8 keeps in the field).
 */
const SPELLING_BITS = 7, SPELLING = (1 << SPELLING_BITS) - 1;

/** The fields of a token that a view may set on a copy (Token.with). */
export interface TokenChanges {
  norm?: string;
  start?: number;
  end?: number;
  from?: number;
  to?: number;
  kind?: TokenKind;
  word?: boolean;
  breakBefore?: boolean;
  definite?: boolean;
  accusative?: boolean;
}

/**
 * A token. What the original spelling shows is kept as bits of one number,
 * read through getters: an article's tokens are its largest allocation, and
 * all of them live through every pass, so each one the collector copies is
 * a third smaller than with seven boolean fields. Made by readTokens and
 * copied with `with`, never spread: a spread copy would lose the getters
 * (the private brand makes the compiler refuse one). The same number holds
 * which of the lexicons asked of every word hold its norm: looked up once
 * here, from the norm the token is made with, so no copy with another norm
 * can keep a wrong answer.
 */
export class Token {
  private declare readonly brand: never;
  private readonly flags: number;

  constructor(
    /** Normalized form. */
    readonly norm: string,
    /** Original offsets. */
    readonly start: number,
    readonly end: number,
    /** Normalized offsets. */
    readonly from: number,
    readonly to: number,
    /** A run of Arabic letters, of digits, of Latin letters, or one mark. */
    readonly kind: TokenKind,
    /** Index of the line (0-based) the token is on. */
    readonly line: number,
    /** The spelling's bits (any lexicon bits are looked up again). */
    flags: number,
  ) {
    this.flags = (flags & SPELLING) | (lexiconsOf(norm) << SPELLING_BITS);
  }

  /** Letters or digits (not a mark). */
  get word(): boolean { return (this.flags & WORD) !== 0; }
  /** A sentence-ending mark (. ؟ ? ! ؛) or a line break between this token and the one before, or none before. */
  get breakBefore(): boolean { return (this.flags & BREAK_BEFORE) !== 0; }
  /** Written with the article ال (checked on the original text: ألينا is not definite). */
  get definite(): boolean { return (this.flags & DEFINITE) !== 0; }
  /** The original word carries a shadda (بيّن, the verb, against بين, the preposition). */
  get shadda(): boolean { return (this.flags & SHADDA) !== 0; }
  /** Written with tanween fath (مسبقًا، أيضاً): an accusative, never a subject. */
  get accusative(): boolean { return (this.flags & ACCUSATIVE) !== 0; }
  /** The last letter as written is ة (normalized to ه): a noun, never a pronoun suffix. */
  get taaMarbuta(): boolean { return (this.flags & TAA_MARBUTA) !== 0; }
  /** The last letter as written is ى (normalized to ي): على the preposition, not علي the name. */
  get maqsura(): boolean { return (this.flags & MAQSURA) !== 0; }

  /** The families of date phrases that may begin with the norm (dates-starts.ts startFamilies; 0: none). */
  get dateFamilies(): number { return (this.flags >>> SPELLING_BITS) & LEXICONS.dateFamilies; }
  /** The norm is a written form of a cue (cues.ts CUE_SURFACE_WORDS): it may be one. */
  get cueWord(): boolean { return ((this.flags >>> SPELLING_BITS) & LEXICONS.cue) !== 0; }
  /** The norm is a title written before a name (name-evidence.ts isNameTitle). */
  get nameTitle(): boolean { return ((this.flags >>> SPELLING_BITS) & LEXICONS.nameTitle) !== 0; }
  /** The norm is the first word of an attribution phrase or background marker (attribution.ts). */
  get attributionStart(): boolean { return ((this.flags >>> SPELLING_BITS) & LEXICONS.attribution) !== 0; }
  /** The norm is a word a figure may start at (figures.ts FIGURE_START_WORDS). */
  get figureStart(): boolean { return ((this.flags >>> SPELLING_BITS) & LEXICONS.figure) !== 0; }
  /** The norm may begin a date phrase or a figure (dateFamilies or figureStart): scanTokens lists such tokens in `starts`. */
  get startWord(): boolean { return ((this.flags >>> SPELLING_BITS) & (LEXICONS.dateFamilies | LEXICONS.figure)) !== 0; }

  /** A copy with some fields changed (a view's reading of the token). */
  with(c: TokenChanges): Token {
    let flags = this.flags;
    if (c.word !== undefined) flags = c.word ? flags | WORD : flags & ~WORD;
    if (c.breakBefore !== undefined) flags = c.breakBefore ? flags | BREAK_BEFORE : flags & ~BREAK_BEFORE;
    if (c.definite !== undefined) flags = c.definite ? flags | DEFINITE : flags & ~DEFINITE;
    if (c.accusative !== undefined) flags = c.accusative ? flags | ACCUSATIVE : flags & ~ACCUSATIVE;
    return new Token(c.norm ?? this.norm, c.start ?? this.start, c.end ?? this.end, c.from ?? this.from, c.to ?? this.to, c.kind ?? this.kind, this.line, flags);
  }
}

/** What each UTF-16 code unit of the normalized text starts: a run of one class, a single mark, or nothing (a space). */
const SPACE = 0, LETTER = 1, DIGIT = 2, LATIN = 3, MARK = 4;
const KINDS: readonly TokenKind[] = ['mark', 'word', 'number', 'latin', 'mark'];

/**
 * JavaScript's white space and line terminators (what `\s` matches): tab to
 * carriage return, the space, U+00A0, U+1680, U+2000–U+200A, the line and
 * paragraph separators, U+202F, U+205F, U+3000 and U+FEFF.
 */
function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The class of every code unit, in one table: the tokenizer reads an
 * article's characters once, by char code, instead of a regular expression
 * that makes a match array and a string per token.
 */
const CLASS = (() => {
  const table = new Uint8Array(0x10000).fill(MARK);
  for (let code = 0; code < 0x10000; code++) {
    if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) table[code] = LETTER;
    else if (code >= 0x30 && code <= 0x39) table[code] = DIGIT;
    else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) table[code] = LATIN;
    else if (isSpace(code)) table[code] = SPACE;
  }
  return table;
})();

/** A sentence-ending mark: . ؟ ? ! ؛ */
const isBreak = (code: number): boolean => code === 0x2e || code === 0x061f || code === 0x3f || code === 0x21 || code === 0x061b;

/**
 * The tokens of an article: one scan of its normalized text, by char code.
 * A token is a run of Arabic letters, of digits or of Latin letters, or one
 * other character that is no space. `lines` are the article's lines (from
 * segment), for each token's line index.
 */
export function readTokens(text: string, norm: NormalizedText, lines: readonly Line[]): Token[] {
  return scanTokens(text, norm, lines).tokens;
}

/**
 * readTokens, and `respelled`, the index of every token that is a run of
 * Latin letters or a mark from U+0621 up (a dash, an ellipsis, a symbol):
 * none in four articles of five. The dates read those tokens otherwise
 * (dates-tokens.ts); knowing where they are lets their view copy the runs
 * between them whole, not walk every token. Likewise `joinsFrom`, the index
 * of the first word written on to the word before it (ب2015: letters, then
 * digits; tokens.length when none, as in three articles of four), spares
 * wordsOf its walk over the tokens before it.
 * And `starts`, the indices of the tokens a date phrase or a figure may
 * begin at (every number and every startWord, one token in 15 to 20):
 * the dates and figures passes visit these, not every token.
 */
export function scanTokens(text: string, norm: NormalizedText, lines: readonly Line[]): { tokens: Token[]; joinsFrom: number; respelled: number[]; starts: number[] } {
  const s = norm.text;
  const n = s.length;
  const tokens: Token[] = [];
  const starts: number[] = [], respelled: number[] = [];
  let joinsFrom = -1;
  // where the last token ended when it was a word (-1 after a mark)
  let wordEnd = -1;
  let line = 0;
  // a sentence break before the next token: at the start, after a line break, after a sentence-ending mark
  let breakBefore = true;
  for (let i = 0; i < n;) {
    const code = s.charCodeAt(i);
    const cls = CLASS[code]!;
    if (cls === SPACE) {
      if (code === 0x0a) breakBefore = true;
      i++;
      continue;
    }
    let to = i + 1;
    if (cls !== MARK) while (to < n && CLASS[s.charCodeAt(to)] === cls) to++;
    const start = norm.toOriginal[i]!;
    while (line + 1 < lines.length && lines[line + 1]!.start <= start) line++;
    if (cls === LATIN || (cls === MARK && code >= 0x0621)) respelled.push(tokens.length);
    if (joinsFrom < 0 && i === wordEnd && cls !== MARK) joinsFrom = tokens.length;
    const t = token(text, norm, s.slice(i, to), i, KINDS[cls]!, line, breakBefore);
    if (cls === DIGIT || t.startWord) starts.push(tokens.length);
    tokens.push(t);
    breakBefore = cls === MARK && isBreak(code);
    wordEnd = cls === MARK ? -1 : to;
    i = to;
  }
  return { tokens, joinsFrom: joinsFrom < 0 ? tokens.length : joinsFrom, respelled, starts };
}

/** The token of the normalized text `form` at normalized offset `at`, read against the original `text`. */
function token(text: string, norm: NormalizedText, form: string, at: number, kind: TokenKind, line: number, breakBefore: boolean): Token {
  const from = norm.toOriginal[at]!;
  const end = norm.toOriginal[at + form.length]!;
  let flags = breakBefore ? BREAK_BEFORE : 0;
  if (kind !== 'mark') {
    // the spelling's bits by arithmetic, not branches: which way each goes changes from word to word (Number(boolean) is no branch)
    const first = text.charCodeAt(from), last = lastLetter(text, from, end);
    const article = Number(form.length > 3) & (Number(first === 0x0627) | Number(first === 0x0671)) & Number(codeAt(text, from + 1) === 0x0644);
    flags |= WORD | (article * DEFINITE) | (Number(last === 0x0629) * TAA_MARBUTA) | (Number(last === 0x0649) * MAQSURA);
    // marks the normalization dropped (harakat) lie between the letters: look for them only then
    if (end - from > form.length) flags |= (holds(text, from, end, 0x0651) ? SHADDA : 0) | (holds(text, from, end, 0x064b) ? ACCUSATIVE : 0);
  }
  return new Token(form, from, end, at, at + form.length, kind, line, flags);
}

/** True when `text` holds the code unit `code` in [from, end). */
function holds(text: string, from: number, end: number, code: number): boolean {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/**
 * The words of the tokens: letters and digits written together are one word
 * (ب2015، H1N1), a mark is a token of its own. With `splitGlued`, a word is
 * also cut after a taa marbuta inside it, which scraped text leaves where it
 * glued two words (كتب محمد خليفةقال جيمس …). The tokens themselves when
 * nothing is joined or cut. `joinsFrom` (scanTokens) is the index of the
 * first token written on to the one before it, or any index before that.
 */
export function wordsOf(text: string, norm: NormalizedText, tokens: readonly Token[], splitGlued: boolean, joinsFrom = 0): readonly Token[] {
  // (the copy is the whole list at once, each word written over it in place and the rest cut off at the end:
  // a copy of the tokens before the first change, pushed onto, grew and copied itself over again several times)
  let out: Token[] | null = null;
  let written = 0;
  // the normalization leaves ة only inside a word (at an end it reads ه): most articles have none, and no word is then cut
  const cut = splitGlued && norm.text.includes('ة');
  // without a word to cut, nothing changes before the word that the first join starts at
  for (let k = cut ? 0 : Math.max(0, joinsFrom - 1); k < tokens.length; k++) {
    const t = tokens[k]!;
    let j = k;
    if (t.word) while (j + 1 < tokens.length && tokens[j + 1]!.word && tokens[j + 1]!.from === tokens[j]!.to) j++;
    const form = j === k ? t.norm : norm.text.slice(t.from, tokens[j]!.to);
    const pieces = cut && t.word ? gluedPieces(form, t.from) : null;
    if (j === k && (!pieces || pieces.length === 1)) {
      if (out) written = put(out, written, t);
      continue;
    }
    if (!out) {
      out = tokens.slice();
      written = k;
    }
    for (const p of pieces ?? [{ text: form, at: t.from }]) written = put(out, written, token(text, norm, p.text, p.at, 'word', t.line, t.breakBefore));
    k = j;
  }
  if (out) out.length = written;
  return out ?? tokens;
}

/** Writes t at index `at` of `out` (over what is there, or after its end) and returns the next index. */
function put(out: Token[], at: number, t: Token): number {
  if (at < out.length) out[at] = t;
  else out.push(t);
  return at + 1;
}

/** Taa marbuta ends a word, so one inside a token marks where two words were glued. */
function gluedPieces(word: string, at: number): { text: string; at: number }[] | null {
  const k = word.indexOf('ة');
  if (k < 0) return null;
  if (k === word.length - 1 || k < 2 || word.length - k - 1 < 2) return [{ text: word, at }];
  return [{ text: word.slice(0, k) + 'ه', at }, ...(gluedPieces(word.slice(k + 1), at + k + 1) ?? [{ text: word.slice(k + 1), at: at + k + 1 }])];
}

/** The claims' view of the article's tokens: its words, glued words cut (see wordsOf); made once. */
export const tokenize: (doc: Doc) => Token[] = perDoc((doc) => wordsOf(doc.text, doc.norm, doc.tokens, true, doc.joinsFrom) as Token[]);

/**
 * Token i, or undefined past either end of the list. The claims' passes look a
 * token around freely: the bounds test saves the deopt (and recompile of the
 * function it is inlined in) that a read past an array's end makes.
 */
export const tokenAt = (tokens: readonly Token[], i: number): Token | undefined => (i >= 0 && i < tokens.length ? tokens[i] : undefined);
/** Token i's norm, or '' past either end: a string always, as a comparison compiled for strings deopts on undefined. */
export const normAt = (tokens: readonly Token[], i: number): string => (i >= 0 && i < tokens.length ? tokens[i]!.norm : '');

/** Index of the first token starting at or after `offset` (tokens.length when none), by binary search. */
export function tokenAtOrAfter(tokens: Token[], offset: number, hi = tokens.length): number {
  return firstStartingAtOrAfter(tokens, offset, hi);
}
