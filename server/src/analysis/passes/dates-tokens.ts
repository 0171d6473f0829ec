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
  const { tokens, plainUpTo, starts } = doc;
  // the tokens before the first Latin token or word mark are read as they are (all of them in most articles)
  if (plainUpTo === tokens.length) return { tokens, starts };
  const out = tokens.slice(0, plainUpTo);
  // the starts before plainUpTo keep their indices; after it, each is moved with its token
  const outStarts: number[] = [];
  let s = 0;
  for (; s < starts.length && starts[s]! < plainUpTo; s++) outStarts.push(starts[s]!);
  for (let k = plainUpTo; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (s tested first: a read past the list's end deopts this loop)
    const listed = s < starts.length && starts[s] === k;
    if (listed) s++;
    if (t.kind === 'latin') {
      for (let i = t.from; i < t.to; i++) {
        const letter = letterMark(doc, t, i);
        if (letter.startWord) outStarts.push(out.length);
        out.push(letter);
      }
      continue;
    }
    if (listed) outStarts.push(out.length);
    // a word mark's copy keeps its norm, so its start word bits
    out.push(t.kind === 'mark' && t.norm.charCodeAt(0) >= 0x0621 ? t.with({ kind: 'word' }) : t);
  }
  return { tokens: out, starts: outStarts };
}

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
