// The dates' view of the article's tokens (passes/tokens.ts): Latin letters
// read one by one as marks, and a mark from U+0621 up (a dash –, an ellipsis
// …) as a word, as the dates grammar has always read them. The grammar walks
// these tokens instead of running big regexes.
import { perDoc, type Doc } from './doc.js';
import { frontClitics, lookupBehindClitics } from './clitics.js';
import type { Token } from './tokens.js';

export type { Token };

/** The dates' view of an article: its tokens, and the indices among them of the numbers and start words (Doc.starts in the view's own indices). */
interface DateView {
  tokens: readonly Token[];
  starts: readonly number[];
}

/** Made once per article: the dates and figures passes both walk it. */
const dateView: (doc: Doc) => DateView = perDoc(readView);

/** The dates' tokens of an article. */
export const textTokens = (doc: Doc): readonly Token[] => dateView(doc).tokens;

/** The indices of textTokens' numbers and of the words a date or a figure may begin with, ascending: the tokens those passes start at. */
export const textStarts = (doc: Doc): readonly number[] => dateView(doc).starts;

function readView(doc: Doc): DateView {
  const { tokens, respelled, starts } = doc;
  // no Latin token or word mark (four articles of five): the tokens as they are
  if (respelled.length === 0) return { tokens, starts };
  // the runs of tokens between those read otherwise are copied whole, a slice each joined by concat (a push per token cost more than the rest)
  const parts: Token[][] = [];
  const outStarts: number[] = [];
  // (shift: how many more tokens the view has than the article before token `from`)
  let from = 0, shift = 0, s = 0;
  for (const k of respelled) {
    parts.push(tokens.slice(from, k));
    for (; s < starts.length && starts[s]! < k; s++) outStarts.push(starts[s]! + shift);
    const t = tokens[k]!;
    // (s tested first: a read past the list's end deopts this loop)
    const listed = s < starts.length && starts[s] === k;
    if (listed) s++;
    if (t.kind === 'latin') {
      const letters: Token[] = [];
      for (let i = t.from; i < t.to; i++) {
        const letter = letterMark(doc, t, i);
        if (letter.startWord) outStarts.push(k + shift + letters.length);
        letters.push(letter);
      }
      parts.push(letters);
      shift += letters.length - 1;
    } else {
      // a word mark's copy keeps its norm, so its start word bits
      if (listed) outStarts.push(k + shift);
      parts.push([t.with({ kind: 'word' })]);
    }
    from = k + 1;
  }
  parts.push(tokens.slice(from));
  for (; s < starts.length; s++) outStarts.push(starts[s]! + shift);
  return { tokens: joined(parts), starts: outStarts };
}

/** The lists one after another: concat copies each whole; in groups, as a call takes only so many arguments. */
function joined(parts: Token[][]): Token[] {
  let out: Token[] = [];
  for (let k = 0; k < parts.length; k += JOINED_AT_ONCE) out = out.concat(...parts.slice(k, k + JOINED_AT_ONCE));
  return out;
}
const JOINED_AT_ONCE = 4096;

/** The letter at normalized offset `i` of the Latin token `t`, as a mark. */
function letterMark(doc: Doc, t: Token, i: number): Token {
  const { toOriginal } = doc.norm;
  return t.with({ norm: doc.norm.text[i]!, from: i, to: i + 1, start: toOriginal[i]!, end: toOriginal[i + 1]!, kind: 'mark', word: false, breakBefore: i === t.from && t.breakBefore });
}

/**
 * Which clitics a date word may carry: a conjunction and a preposition
 * (وأمس، بالأمس، لشهر، فيناير), a conjunction only, for words that other
 * prefixes turn into other words (لامس "touched"), or none, for short words
 * that hide inside others (آب in باب).
 */
export type Clitics = 'all' | 'conjunction' | 'none';

/** The preposition and conjunction letters of each kind, made once: the date words look them up for every word. */
const PREPOSITIONS: Record<Clitics, string> = { all: 'بل', conjunction: '', none: '' };
const CONJUNCTIONS: Record<Clitics, string> = { all: 'وف', conjunction: 'وف', none: '' };

/** Looks a word up with and without its clitics (clitics.ts): the entry and the clitic letters' length. */
export function lookup<T>(word: string, table: ReadonlyMap<string, T>, clitics: Clitics = 'all'): { entry: T; prefix: number } | null {
  // the word as it is first, then a word with no clitic letters: most lookups end here, without a closure made
  const direct = table.get(word);
  if (direct !== undefined) return { entry: direct, prefix: 0 };
  const front = frontClitics(word, PREPOSITIONS[clitics], CONJUNCTIONS[clitics]);
  const hit = front === 0 ? null : lookupBehindClitics(word, (w) => table.get(w), front);
  return hit && { entry: hit.hit, prefix: hit.prefix };
}

/** The same for a set of words: the word found and the clitic letters' length. */
export function lookupWord(word: string, words: ReadonlySet<string>, clitics: Clitics = 'all'): { word: string; prefix: number } | null {
  // (as lookup: the word as it is, and a word with no clitic letters, answered here)
  if (words.has(word)) return { word, prefix: 0 };
  const front = frontClitics(word, PREPOSITIONS[clitics], CONJUNCTIONS[clitics]);
  const hit = front === 0 ? null : lookupBehindClitics(word, (w) => (words.has(w) ? w : undefined), front);
  return hit && { word: hit.hit, prefix: hit.prefix };
}
