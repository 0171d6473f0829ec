// Lexicon words as one regex alternation, matched on normalized text:
// normalized like the text, each once (two spellings that normalize alike
// would be two ways to match the same input, which a backtracking engine may
// try both of), longest first so the longest phrase wins, special
// characters escaped.
import { normalize } from './normalize.js';

/** A literal string as a regex source. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function alternationOf(words: readonly string[]): string {
  return [...new Set(words.map(normalize))].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}
