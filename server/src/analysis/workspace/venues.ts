// The venue a statement names in its sentence (خلال مؤتمر صحفي، في بيان):
// lexicon/venues.ts, matched before and just after the cue, not in what the
// speaker says (a quotation about "a statement" is not one).
import type { Article, Claim } from '../model.js';
import { spanAt } from '../passes/doc.js';
import { VENUES } from '../lexicon/venues.js';
import { normalize } from '../text/normalize.js';
import { PhraseTable, firstMatchValue } from './tokens.js';

/** How far past the cue a venue may still be named (وأوضح جيفري، خلال مؤتمر صحفي، أن …). */
const AFTER_CUE = 60;

let table: PhraseTable<string> | null = null;

function venues(): PhraseTable<string> {
  if (table) return table;
  table = new PhraseTable<string>();
  for (const [key, forms] of VENUES) for (const f of forms) table.add(normalize(f), key);
  return table;
}

/** The sentence holding `offset`, by binary search. */
export function sentenceAt(article: Article, offset: number): { start: number; end: number } | null {
  return spanAt(article.segments.sentences, offset) ?? null;
}

export function venueOf(article: Article, claim: Claim): string | null {
  const sentence = sentenceAt(article, claim.cue.start);
  if (!sentence) return null;
  const end = Math.min(sentence.end, claim.cue.end + AFTER_CUE);
  return firstMatchValue(venues(), article, sentence.start, end);
}
