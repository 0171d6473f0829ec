// A set of words that turns most other words away before hashing them. The
// passes look every word of an article up in a few lexicons (may a date
// start here? a number? a cue?) and nearly every answer is no. A small bit
// table over the first two and last two letters and the length (two probes,
// as a Bloom filter) answers most of those noes without a hash of the string.

const BITS = 1 << 16;

const code = (word: string, i: number): number => (i >= 0 && i < word.length ? word.charCodeAt(i) : 0);

function probeA(word: string): number {
  return (code(word, 0) * 961 + code(word, word.length - 1) * 31 + word.length) & (BITS - 1);
}

function probeB(word: string): number {
  return (code(word, 1) * 977 + code(word, word.length - 2) * 37 + word.length * 7) & (BITS - 1);
}

export class WordSet {
  private readonly words: Set<string>;
  private readonly bits = new Uint32Array(BITS / 32);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      this.set(probeA(w));
      this.set(probeB(w));
    }
  }

  has(word: string): boolean {
    const n = word.length;
    // a word of one letter or none goes straight to the set; longer ones are probed as probeA and probeB
    // compute them, written out here: this runs for nearly every word of every article, several times
    if (n < 2) return this.words.has(word);
    const a = (word.charCodeAt(0) * 961 + word.charCodeAt(n - 1) * 31 + n) & (BITS - 1);
    if (!this.isSet(a)) return false;
    const b = (word.charCodeAt(1) * 977 + word.charCodeAt(n - 2) * 37 + n * 7) & (BITS - 1);
    return this.isSet(b) && this.words.has(word);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private isSet(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
