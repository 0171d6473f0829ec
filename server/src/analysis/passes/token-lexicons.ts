// The lexicons every pass asks of nearly every word (may a date phrase start
// here? a figure? is it a cue, a title, the first word of an attribution
// phrase?), answered once per token, when the token is made, from one table
// of all their words: five lookups per word became one (and most words get
// their "none" from one probe of a bit table, without a hash). Each list
// comes from the module that asks it; the answer is kept as bits on the
// token (Token.flags), computed from the token's own norm, so a copy with
// another norm gets its own.
import { ATTRIBUTION_FIRST_WORDS } from './attribution.js';
import { CUE_SURFACE_WORDS } from './cues.js';
import { FAMILIES as DATE_START_FAMILIES } from './dates-starts.js';
import { FIGURE_START_WORDS } from './figures.js';
import { nameTitleWords } from './name-evidence.js';
import { WordMasks } from '../text/word-set.js';

/** The lexicons as bits of the mask (13 bits, kept above the spelling's in Token.flags): the families of date phrases (dates-starts.ts STARTS) take the low nine. */
export const LEXICONS = { dateFamilies: 0x1ff, cue: 1 << 9, nameTitle: 1 << 10, attribution: 1 << 11, figure: 1 << 12 } as const;

/** Built on first use: the lists come from modules that import the token model. */
let table: WordMasks | null = null;

function build(): WordMasks {
  return new WordMasks([
    ...[...DATE_START_FAMILIES].map(([word, families]) => [families, [word]] as const),
    [LEXICONS.cue, CUE_SURFACE_WORDS],
    [LEXICONS.nameTitle, nameTitleWords()],
    [LEXICONS.attribution, ATTRIBUTION_FIRST_WORDS],
    [LEXICONS.figure, FIGURE_START_WORDS],
  ]);
}

/** The lexicons holding a normalized word, as a mask of LEXICONS. */
export function lexiconsOf(word: string): number {
  return (table ??= build()).get(word);
}
