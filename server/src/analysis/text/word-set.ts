// A set of words that turns most other words away before hashing them. The
// passes look every word of an article up in a few lexicons (may a date
// start here? a number? a cue?) and nearly every answer is no. A small bit
// table over the first two, the middle and the last two letters and the
// length (two probes, as a Bloom filter) answers most of those noes without
// a hash of the string: on news text about one word in twenty gets past it
// to the set, where probes over fewer letters let one in five through (so
// many words share ال and a common last letter).

const BITS = 1 << 16;

/** A mix of the letters the probes read; both probes are taken from it. */
function mix(word: string): number {
  const n = word.length;
  let h = Math.imul(word.charCodeAt(0), 0x9e3779b1) ^ word.charCodeAt(1);
  h = Math.imul(h, 0x85ebca6b) ^ word.charCodeAt(n >> 1);
  h = Math.imul(h, 0xc2b2ae35) ^ word.charCodeAt(n - 2);
  h = Math.imul(h, 0x27d4eb2f) ^ word.charCodeAt(n - 1);
  return Math.imul(h ^ n, 0x165667b1);
}

export class WordSet {
  private readonly words: Set<string>;
  private readonly bits = new Uint32Array(BITS / 32);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (w.length < 2) continue;
      const h = mix(w);
      this.set(h >>> 16);
      this.set(h & (BITS - 1));
    }
  }

  has(word: string): boolean {
    // a word of one letter or none goes straight to the set; longer ones are probed first
    // (this runs for nearly every word of every article, several times)
    if (word.length < 2) return this.words.has(word);
    const h = mix(word);
    return this.isSet(h >>> 16) && this.isSet(h & (BITS - 1)) && this.words.has(word);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private isSet(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/**
 * Words each with a mask of bits (which of several lists hold it), behind
 * the same bit table as WordSet: most words get 0 from one probe, without a
 * hash of the string. Several lists asked of the same word cost one probe
 * and at most one lookup instead of one of each.
 */
export class WordMasks {
  private readonly masks = new Map<string, number>();
  private readonly bits = new Uint32Array(BITS / 32);

  constructor(lists: Iterable<readonly [mask: number, words: Iterable<string>]>) {
    for (const [mask, words] of lists) for (const w of words) this.masks.set(w, (this.masks.get(w) ?? 0) | mask);
    for (const w of this.masks.keys()) {
      if (w.length < 2) continue;
      const h = mix(w);
      this.bits[(h >>> 16) >>> 5]! |= 1 << ((h >>> 16) & 31);
      this.bits[(h & (BITS - 1)) >>> 5]! |= 1 << (h & 31);
    }
  }

  /** The lists holding the word, as the union of their masks (0: none). */
  get(word: string): number {
    if (word.length >= 2) {
      const h = mix(word), a = h >>> 16, b = h & (BITS - 1);
      if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0 || (this.bits[b >>> 5]! & (1 << (b & 31))) === 0) return 0;
    }
    return this.masks.get(word) ?? 0;
  }
}
