// Matches short word phrases (في المئة، على الأقل، ما يزيد على) next to a
// position in the normalized text, forward or backward, token by token.
import { normalize } from '../text/normalize.js';
import { frontClitics } from './clitics.js';
import type { Doc } from './doc.js';
import { nextToken, prevToken, tokensBefore, type Token } from './figures-tokens.js';

export type Phrase = string[];

/** Normalizes a list of phrases as written into word arrays, longest first. */
export function phrases(list: string[]): Phrase[] {
  return list.map((p) => normalize(p).split(' ')).sort((a, b) => b.length - a.length);
}

/** Normalized words of a list, as a set. */
export function wordSet(list: string[]): Set<string> {
  return new Set(list.map(normalize));
}

/** End offset of the first phrase that follows `pos` word by word on the same line, or -1. */
export function phraseAfter(doc: Doc, pos: number, list: Phrase[]): number {
  // the words after `pos`, read once for all the phrases (each phrase used to read them again)
  const ahead: (Token | null)[] = [];
  for (const words of list) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
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

/** `word` may be the last word of the phrase: that word itself, or a one-word phrase with a particle attached before it. */
function endsPhrase(word: string, words: Phrase): boolean {
  const last = words[words.length - 1];
  return last !== undefined && (words.length === 1 ? word.endsWith(last) : word === last);
}

/** Start of the phrase that ends just before `pos` (after any attached particle), or -1. */
export function phraseBefore(doc: Doc, pos: number, list: Phrase[]): number {
  // the word just before ends every phrase that fits: nearly every number has none, and is told so from that one word
  const nearest = prevToken(doc, pos);
  if (!nearest || nearest.kind !== 'word' || !list.some((words) => endsPhrase(nearest.text, words))) return -1;
  const longest = list.reduce((n, p) => Math.max(n, p.length), 0);
  const before = tokensBefore(doc, pos, longest);
  for (const words of list) {
    if (words.length > before.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = before[words.length - 1 - k]!;
      const w = words[k]!;
      if (tok.kind !== 'word') ok = false;
      else if (k === 0) ok = tok.text.endsWith(w) && attached(tok.text.slice(0, tok.text.length - w.length));
      else ok = tok.text === w;
    }
    if (ok) {
      const first = before[words.length - 1]!;
      return first.end - words[0]!.length;
    }
  }
  return -1;
}
