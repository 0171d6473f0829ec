// Regular-expression pieces (Oniguruma, the engine of TextMate grammars) that
// match Arabic words the way articles write them. The lexicons list words in
// one spelling; articles add harakat and tatweel, write hamza or not, and end
// words in ة or ه. So each word is normalized as the analysis does and every
// letter is widened back to the spellings that normalize to it.
import { normalize } from '../../server/src/analysis/text/normalize.js';

/** Harakat, shadda, tanwin, superscript alef and tatweel, between and after letters. */
export const MARKS = '[\\p{Mn}\\x{0640}]*';

/**
 * Word edges. Oniguruma's \b does not treat Arabic as word characters the
 * way we need, and harakat are script "Inherited", not \p{Arabic}, so both
 * are named here.
 */
const WORD_CHAR = '[\\p{Arabic}\\p{Mn}\\x{0640}]';
export const WORD_START = `(?<!${WORD_CHAR})`;
export const WORD_END = `(?!${WORD_CHAR})`;

/** Every digit: Western, Arabic-Indic, Persian. */
export const DIGIT = '[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]';

/** The original spellings of a normalized letter (see text/normalize.ts). */
const SPELLINGS: Record<string, string> = {
  'ا': '[اأإآٱ]',
  'ي': '[يىئ]',
  'و': '[وؤ]',
  'ه': '[هة]',
};

function escapeChar(ch: string): string {
  return /[\\^$.|?*+()[\]{}\-/]/.test(ch) ? `\\${ch}` : ch;
}

/** A lexicon word or phrase as a pattern of its written forms. */
export function spelled(word: string): string {
  return normalize(word)
    .split(' ')
    .map((part) => [...part].map((ch) => SPELLINGS[ch] ?? escapeChar(ch)).join(MARKS))
    .join('\\s+');
}

/** Alternatives, longest first so that قالوا wins over قال; duplicates after normalization dropped. */
export function anyOf(words: Iterable<string>): string {
  const unique = new Map<string, string>();
  for (const w of words) unique.set(normalize(w), w);
  const sorted = [...unique.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map(spelled).join('|')})`;
}

/**
 * A whole word from `alternatives`, with an optional attached particle
 * (و، ف …) and trailing marks. A phrase that ends in a one-letter
 * preposition (وفقا ل) runs into the next word, so it has no end edge.
 */
export function word(alternatives: string, particles = ''): string {
  const prefix = particles ? `(?:[${particles}]${MARKS})?` : '';
  return `${WORD_START}${prefix}${alternatives}${MARKS}${WORD_END}`;
}

/** Like `word`, for phrases whose last word may be a clitic glued to the next word. */
export function phrase(words: string[], particles = ''): string {
  const open = words.filter((w) => normalize(w).split(' ').at(-1)!.length === 1);
  const closed = words.filter((w) => !open.includes(w));
  const prefix = particles ? `(?:[${particles}]${MARKS})?` : '';
  const parts = [word(anyOf(closed), particles)];
  if (open.length) parts.push(`${WORD_START}${prefix}${anyOf(open)}${MARKS}`);
  return `(?:${parts.join('|')})`;
}
