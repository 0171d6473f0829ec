// A set of words that turns most other words away before hashing them. The
// passes look every word of an article up in a few lexicons (may a date
// start here? a number? a cue?) and nearly every answer is no; a word whose
// first letter, last letter and length match no member needs no hash.

const SLOTS = 4096;

function slotOf(word: string): number {
  return ((word.charCodeAt(0) * 31) ^ word.charCodeAt(word.length - 1)) & (SLOTS - 1);
}

/** Bit of a word's length in a slot's mask; lengths of 31 and more share the last bit. */
const lengthBit = (word: string): number => 1 << Math.min(word.length, 31);

export class WordSet {
  private readonly words: Set<string>;
  /** For each slot of first and last letter, the lengths of the members in it. */
  private readonly shapes = new Uint32Array(SLOTS);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) if (w.length > 0) this.shapes[slotOf(w)]! |= lengthBit(w);
  }

  has(word: string): boolean {
    if (word.length === 0 || (this.shapes[slotOf(word)]! & lengthBit(word)) === 0) return false;
    return this.words.has(word);
  }
}
