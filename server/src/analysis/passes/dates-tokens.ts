// The dates' view of the article's tokens (passes/tokens.ts): Latin letters
// read one by one as marks, and a mark from U+0621 up (a dash –, an ellipsis
// …) as a word, as the dates grammar has always read them. The grammar walks
// these tokens instead of running big regexes.
import type { Doc } from './doc.js';
import type { Token } from './tokens.js';

export type { Token };

/** The dates' tokens of an article, made once: the dates and figures passes both walk them. */
export function textTokens(doc: Doc): readonly Token[] {
  let tokens = made.get(doc);
  if (!tokens) made.set(doc, tokens = dateView(doc));
  return tokens;
}
const made = new WeakMap<Doc, readonly Token[]>();

function dateView(doc: Doc): readonly Token[] {
  const { tokens } = doc;
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const wordMark = t.kind === 'mark' && t.norm.charCodeAt(0) >= 0x0621;
    if (t.kind !== 'latin' && !wordMark) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    if (wordMark) out.push({ ...t, kind: 'word' });
    else for (let i = t.from; i < t.to; i++) out.push(letterMark(doc, t, i));
  }
  return out ?? tokens;
}

/** The letter at normalized offset `i` of the Latin token `t`, as a mark. */
function letterMark(doc: Doc, t: Token, i: number): Token {
  const { toOriginal } = doc.norm;
  return { ...t, norm: doc.norm.text[i]!, from: i, to: i + 1, start: toOriginal[i]!, end: toOriginal[i + 1]!, kind: 'mark', word: false, breakBefore: i === t.from && t.breakBefore };
}

/** Conjunction and preposition letters that attach to a date word (وأمس، بالأمس، لشهر، فيناير). */
export const ALL_PREFIXES = ['وب', 'فب', 'ول', 'فل', 'و', 'ف', 'ب', 'ل'];
/** و and ف only, for words that other prefixes turn into other words (لامس "touched"). */
export const CONJUNCTIONS = ['و', 'ف'];
export const NO_PREFIX: string[] = [];

/**
 * Looks a word up with and without attached prefixes. Returns the entry and
 * the prefix length. A word spelled with ال after ل loses its alef (للعام =
 * ل + العام). `bare` forbids prefixes, for short words that hide inside
 * others (آب in باب) get fewer prefixes.
 */
export function lookup<T>(word: string, table: ReadonlyMap<string, T>, prefixes = ALL_PREFIXES): { entry: T; prefix: number } | null {
  const direct = table.get(word);
  if (direct !== undefined) return { entry: direct, prefix: 0 };
  for (const p of prefixes) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    const hit = table.get(rest) ?? (p.endsWith('ل') && rest.startsWith('ل') ? table.get('ا' + rest) : undefined);
    if (hit !== undefined) return { entry: hit, prefix: p.length };
  }
  return null;
}

/** The same for a set of words. */
export function lookupWord(word: string, words: ReadonlySet<string>, prefixes = ALL_PREFIXES): { word: string; prefix: number } | null {
  if (words.has(word)) return { word, prefix: 0 };
  for (const p of prefixes) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    if (words.has(rest)) return { word: rest, prefix: p.length };
    if (p.endsWith('ل') && rest.startsWith('ل') && words.has('ا' + rest)) return { word: 'ا' + rest, prefix: p.length };
  }
  return null;
}
