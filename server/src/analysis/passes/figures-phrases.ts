// Matches short word phrases (في المئة، على الأقل، ما يزيد على) next to a
// position in the normalized text, forward or backward, token by token.
import { codeAt } from '../text/letters.js';
import { normalize } from '../text/normalize.js';
import { frontClitics } from './clitics.js';
import type { Doc } from './doc.js';
import { nextToken, prevToken, skipSpaces, spacesBefore, type Token } from './figures-tokens.js';

export type Phrase = string[];

/**
 * A list of phrases, longest first, filed two ways, each keeping that order:
 * by first word, the only ones phraseAfter tries after a word; by the last
 * letter of the last word, the only ones phraseBefore tries before a word
 * (which must end in it). A number's neighbour was compared with every phrase.
 */
export interface Phrases {
  byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  /** The first letters of the first words: a word beginning otherwise starts none. */
  firstLetters: ReadonlySet<number>;
  byLastLetter: ReadonlyMap<number, readonly Phrase[]>;
}

/** Normalizes a list of phrases as written into word arrays, longest first, filed for lookup. */
export function phrases(list: string[]): Phrases {
  const sorted = list.map((p) => normalize(p).split(' ')).sort((a, b) => b.length - a.length);
  const byFirstWord = new Map<string, Phrase[]>(), byLastLetter = new Map<number, Phrase[]>();
  for (const words of sorted) {
    const last = words[words.length - 1]!;
    file(byFirstWord, words[0]!, words);
    file(byLastLetter, last.charCodeAt(last.length - 1), words);
  }
  return { byFirstWord, firstLetters: new Set(sorted.map((words) => words[0]!.charCodeAt(0))), byLastLetter };
}

function file<K>(map: Map<K, Phrase[]>, key: K, words: Phrase): void {
  const list = map.get(key);
  if (list) list.push(words); else map.set(key, [words]);
}

/** Normalized words of a list, as a set. */
export function wordSet(list: string[]): Set<string> {
  return new Set(list.map(normalize));
}

/**
 * End offset of the first phrase that follows `pos` word by word on the same
 * line, or -1. `ahead`: the tokens after `pos` read so far, when the caller
 * tries several lists at one place (each list used to read them again).
 */
export function phraseAfter(doc: Doc, pos: number, list: Phrases, ahead: (Token | null)[] = []): number {
  // the first letter after `pos` turns most places away before a token is read (none read yet)
  if (ahead.length === 0 && !list.firstLetters.has(codeAt(doc.norm.text, skipSpaces(doc.norm.text, pos)))) return -1;
  // the words after `pos`, read once for all the phrases (each phrase used to read them again)
  const first = wordAhead(doc, pos, ahead, 0);
  const candidates = first && first.kind === 'word' ? list.byFirstWord.get(first.text) : undefined;
  if (!candidates) return -1;
  for (const words of candidates) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const tok = wordAhead(doc, pos, ahead, k);
      ok = !!tok && tok.kind === 'word' && tok.text === words[k];
    }
    if (ok) return words.length ? wordAhead(doc, pos, ahead, words.length - 1)!.end : pos;
  }
  return -1;
}

/** The k-th token after `pos` (null past the end of the text), reading into `ahead` those before it not read yet. */
function wordAhead(doc: Doc, pos: number, ahead: (Token | null)[], k: number): Token | null {
  while (ahead.length <= k) {
    const last = ahead[ahead.length - 1];
    ahead.push(last === null ? null : nextToken(doc, last ? last.end : pos));
  }
  return ahead[k]!;
}


/** The clitics that may attach to the first word of a phrase before a number: بنحو، وأكثر من. */
const attached = (letters: string): boolean => frontClitics(letters) === letters.length;

/** Start of the phrase that ends just before `pos` (after any attached particle), or -1. */
export function phraseBefore(doc: Doc, pos: number, list: Phrases): number {
  // the words before `pos`, nearest first, read only as far as a phrase still fits: most numbers
  // have a word before them that ends no phrase, and are told so from that word alone
  // the nearest word's last letter is the text's last non-space before `pos`: a letter no phrase ends in
  // turns the number away before a token is read (its last letters are a few Arabic ones)
  const last = spacesBefore(doc.norm.text, pos) - 1;
  const candidates = last >= 0 ? list.byLastLetter.get(doc.norm.text.charCodeAt(last)) : undefined;
  if (!candidates) return -1;
  const behind: (Token | null)[] = [];
  const nearest = wordBehind(doc, pos, behind, 0);
  if (!nearest || nearest.kind !== 'word') return -1;
  for (const words of candidates) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = wordBehind(doc, pos, behind, k);
      const w = words[words.length - 1 - k]!;
      if (!tok || tok.kind !== 'word') ok = false;
      else if (k === words.length - 1) ok = tok.text.endsWith(w) && attached(tok.text.slice(0, tok.text.length - w.length));
      else ok = tok.text === w;
    }
    if (ok) return behind[words.length - 1]!.end - words[0]!.length;
  }
  return -1;
}

/** The k-th token before `pos` (0: the nearest; null past a line break or the start), reading into `behind` those after it not read yet. */
function wordBehind(doc: Doc, pos: number, behind: (Token | null)[], k: number): Token | null {
  while (behind.length <= k) {
    const last = behind[behind.length - 1];
    const t = last === null ? null : prevToken(doc, last ? last.start : pos);
    behind.push(t && t.kind !== 'break' ? t : null);
  }
  return behind[k]!;
}
