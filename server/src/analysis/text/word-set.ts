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
  private readonly table: WordMasks;

  constructor(words: Iterable<string>) {
    this.table = new WordMasks([[1, words]]);
  }

  has(word: string): boolean {
    // (this runs for nearly every word of every article, several times)
    return this.table.get(word) !== 0;
  }
}

/** The slot a mix starts its search at (multiplied first: the probes of the bit table read its low bits too). */
const slotOf = (h: number, slotMask: number): number => (Math.imul(h, 0x2c1b3c6d) >>> 7) & slotMask;

/**
 * Words each with a mask of bits (which of several lists hold it), behind
 * a bit table (two probes over the mix of the first two, the middle and the
 * last two letters and the length, as a Bloom filter) that gives most words
 * their 0 without reading the string again; several lists asked of the same
 * word cost one probe and at most one lookup instead of one of each. The
 * words past the bit table are found by open addressing over their mixes,
 * not in a Map: a Map hashes each word it is asked (nearly all of them fresh
 * strings, sliced from an article) over all its letters again, where the mix
 * is already known. A word of one letter (a mark, mostly) is turned away by
 * a bit per code unit.
 */
export class WordMasks {
  private readonly bits = new Uint32Array(BITS / 32);
  /** Per slot: its word ('' for an empty slot), the word's mix and its mask. */
  private readonly words: string[];
  private readonly mixes: Int32Array;
  private readonly masks: Int32Array;
  private readonly slotMask: number;
  /** The words of one letter (a bit per code unit) and of none, kept apart: the mix reads two letters. */
  private readonly letters = new Uint32Array(0x10000 / 32);
  private readonly short = new Map<string, number>();

  constructor(lists: Iterable<readonly [mask: number, words: Iterable<string>]>) {
    const all = new Map<string, number>();
    for (const [mask, words] of lists) for (const w of words) all.set(w, (all.get(w) ?? 0) | mask);
    let size = 64;
    while (size < 4 * all.size) size *= 2;
    this.slotMask = size - 1;
    this.words = new Array<string>(size).fill('');
    this.mixes = new Int32Array(size);
    this.masks = new Int32Array(size);
    for (const [w, mask] of all) {
      if (w.length < 2) {
        this.short.set(w, mask);
        if (w.length === 1) this.letters[w.charCodeAt(0) >>> 5]! |= 1 << (w.charCodeAt(0) & 31);
        continue;
      }
      const h = mix(w);
      this.bits[(h >>> 16) >>> 5]! |= 1 << ((h >>> 16) & 31);
      this.bits[(h & (BITS - 1)) >>> 5]! |= 1 << (h & 31);
      let slot = slotOf(h, this.slotMask);
      while (this.words[slot] !== '') slot = (slot + 1) & this.slotMask;
      this.words[slot] = w;
      this.mixes[slot] = h;
      this.masks[slot] = mask;
    }
  }

  /** The lists holding the word, as the union of their masks (0: none). */
  get(word: string): number {
    if (word.length < 2) {
      if (word.length === 1 && (this.letters[word.charCodeAt(0) >>> 5]! & (1 << (word.charCodeAt(0) & 31))) === 0) return 0;
      return this.short.get(word) ?? 0;
    }
    const h = mix(word), a = h >>> 16, b = h & (BITS - 1);
    if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0 || (this.bits[b >>> 5]! & (1 << (b & 31))) === 0) return 0;
    for (let slot = slotOf(h, this.slotMask); ; slot = (slot + 1) & this.slotMask) {
      const w = this.words[slot]!;
      if (w === '') return 0;
      if (this.mixes[slot] === h && w === word) return this.masks[slot]!;
    }
  }
}
