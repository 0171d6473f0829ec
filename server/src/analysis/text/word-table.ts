// A table from the words of long word lists to a small number each (a
// class), built over the lists' own text: no string is made for a word.
// The corpora's lists hold 50,000 words; split into strings and put in a Map
// they took 20 to 40 ms to build in every process that analyses (the CLI,
// each worker, the server), more than the lookups of a hundred articles.
// Open addressing over the words' places in the text, looked up by letters.

/** FNV-1a over the code units of s[from, to). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** A list: its words, separated by `separator` (one character none of them holds), and the number they map to (1 or more). */
export interface WordList {
  words: string;
  separator: string;
  code: number;
}

export class WordTable {
  private readonly text: string;
  /** Per slot: where its word starts in `text`, its length (0: an empty slot), its code. */
  private readonly starts: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly codes: Uint8Array;
  private readonly mask: number;

  /** Where lists share a word, the first list's code is kept. */
  constructor(lists: readonly WordList[]) {
    this.text = lists.map((l) => l.words).join('\n');
    let count = 0;
    for (const l of lists) for (let at = l.words.indexOf(l.separator); at >= 0; at = l.words.indexOf(l.separator, at + 1)) count++;
    let size = 1024;
    while (size < 2 * (count + lists.length)) size *= 2;
    this.mask = size - 1;
    this.starts = new Int32Array(size);
    this.lengths = new Uint16Array(size);
    this.codes = new Uint8Array(size);
    let base = 0;
    for (const l of lists) {
      for (let from = 0; from <= l.words.length;) {
        const end = l.words.indexOf(l.separator, from);
        const to = end < 0 ? l.words.length : end;
        if (to > from) this.insert(base + from, base + to, l.code);
        from = to + 1;
      }
      base += l.words.length + 1;
    }
  }

  /** The code of `word`, or 0 when no list has it. */
  get(word: string): number {
    for (let slot = hashOf(word, 0, word.length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const n = this.lengths[slot]!;
      if (n === 0) return 0;
      if (n === word.length && this.holds(slot, word, 0)) return this.codes[slot]!;
    }
  }

  private insert(from: number, to: number, code: number): void {
    const n = to - from;
    for (let slot = hashOf(this.text, from, to) & this.mask; ; slot = (slot + 1) & this.mask) {
      if (this.lengths[slot] === 0) {
        this.starts[slot] = from;
        this.lengths[slot] = n;
        this.codes[slot] = code;
        return;
      }
      if (this.lengths[slot] === n && this.holds(slot, this.text, from)) return;
    }
  }

  /** The slot's word is s[from, from + its length). */
  private holds(slot: number, s: string, from: number): boolean {
    const start = this.starts[slot]!, n = this.lengths[slot]!;
    for (let k = 0; k < n; k++) if (this.text.charCodeAt(start + k) !== s.charCodeAt(from + k)) return false;
    return true;
  }
}
