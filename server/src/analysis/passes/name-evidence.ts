// Is a word of this article a personal name? Arabic has no capitals, and an
// unknown word is never silently a name: the reader of speaker phrases asks
// this module, which weighs two kinds of evidence. From the corpora
// (lexicon/word-evidence.ts): the word is used as a name, as a common word,
// or as a verb. From the article: a word written right after a title
// (الرئيس، الدكتور، اللاعب …) or inside a run of name words is a name here,
// so a surname the corpora never saw (كبراوي) is known once the article has
// given it with its first name, and a name that is also a common word
// (الربيعة، فيصل) is one in this article.
import { NAME_WORDS, COMMON_WORDS, VERB_WORDS } from '../lexicon/word-evidence.js';
import { FIXED_NAMES, NAME_TITLES, PHRASE_STOPS, RANK_QUALIFIERS } from '../lexicon/speakers.js';
import { normalize } from '../text/normalize.js';
import { WordSet } from '../text/word-set.js';
import { WordTable } from '../text/word-table.js';
import { isDigit } from '../text/segment.js';
import { oneCliticThenArticle } from './clitics.js';
import { normAt, tokenAt, type Token } from './tokens.js';

const QUALIFIERS = new Set(RANK_QUALIFIERS.map(normalize));

/** name: evidence that it is a name; common: a frequent word that is not one; verb; rare: no evidence either way. */
export type WordClass = 'name' | 'common' | 'verb' | 'rare';

let sets: { classes: WordTable; titles: WordSet; stops: Set<string> } | null = null;
/** The classes by their code in the table (0: in no list). */
const CLASSES: readonly WordClass[] = ['rare', 'name', 'verb', 'common'];
/**
 * The lists are large: built on first use, once per process, into one table
 * from word to class (text/word-table.ts), so that a word costs one lookup,
 * not one per list (a miss in each of three 40,000-word sets was the
 * costliest lookup of the speaker reader). Where lists overlap, the first
 * class corpusClass answered with wins: name (a fixed name too), then verb,
 * then common.
 */
function lists(): NonNullable<typeof sets> {
  if (sets) return sets;
  const classes = new WordTable([
    { words: NAME_WORDS, separator: ' ', code: CLASSES.indexOf('name') },
    { words: FIXED_NAMES.map(normalize).join('\n'), separator: '\n', code: CLASSES.indexOf('name') },
    { words: VERB_WORDS, separator: ' ', code: CLASSES.indexOf('verb') },
    { words: COMMON_WORDS, separator: ' ', code: CLASSES.indexOf('common') },
  ]);
  sets = { classes, titles: new WordSet(nameTitleWords()), stops: new Set(PHRASE_STOPS.map(normalize)) };
  return sets;
}

/** The corpora's class of a normalized word. */
export function corpusClass(word: string): WordClass {
  return CLASSES[lists().classes.get(word)]!;
}

/** True for a title that is written right before a personal name (الدكتور، اللاعب، الشيخ). */
export function isNameTitle(word: string): boolean {
  return lists().titles.has(word);
}

/** The titles, normalized: every token is looked up in them once (token-lexicons.ts, Token.nameTitle). */
export function nameTitleWords(): string[] {
  return NAME_TITLES.map(normalize);
}

export class NameEvidence {
  /** Words this article writes as names. */
  private readonly attested = new Set<string>();

  constructor(private readonly tokens: readonly Token[]) {
    for (let i = 0; i < tokens.length; i++) {
      // (the title bit first: it is rarely set, so most tokens cost one read of their flags)
      if (!tokens[i]!.nameTitle || !tokens[i]!.word) continue;
      const abbreviated = normAt(tokens, i + 1) === '.';
      let from = abbreviated ? i + 2 : i + 1; // د. سامي الفلاح
      while (QUALIFIERS.has(normAt(tokens, from))) from++; // اللواء طيار عبد الحكيم …
      this.attestRun(from, abbreviated);
    }
  }

  /** The class of token i in this article. */
  classOf(i: number): WordClass {
    const t = tokenAt(this.tokens, i);
    if (!t || !t.word) return 'common';
    if (this.attested.has(t.norm)) return 'name';
    return corpusClass(t.norm);
  }

  /** Which words this article writes right after another name word: asked of few words, answered once each. */
  private readonly surnames = new Map<string, boolean>();

  /**
   * Token i is a word this article writes after another name word, so a
   * surname (دونالد ترامب), not only a first name (نبيل عمار): a common
   * word after it is the verb's object more often than more of the name.
   * (Not after a definite one: a family nisba, المركزي، العتيبي, ends a
   * name, and a first name may follow it.)
   */
  isSurname(i: number): boolean {
    const word = normAt(this.tokens, i);
    let known = this.surnames.get(word);
    if (known === undefined) {
      known = false;
      // (the word's own places only: most of the article is never looked at twice)
      // (the lengths compared first, inline: most words differ in length, and a string comparison is a call)
      const n = word.length;
      for (let k = 1; k < this.tokens.length && !known; k++) {
        const norm = this.tokens[k]!.norm;
        if (norm.length !== n || norm !== word) continue;
        const prev = this.tokens[k - 1]!;
        known = prev.word && !prev.definite && this.classOf(k - 1) === 'name';
      }
      this.surnames.set(word, known);
    }
    return known;
  }

  /** Marks the name run after a title (الدكتور عبد العزيز كبراوي): words that are not common, up to four. */
  private attestRun(from: number, abbreviated = false): void {
    for (let k = from; k < this.tokens.length && k < from + 4; k++) {
      const t = this.tokens[k]!;
      if (!t.word || isDigit(t.norm.charCodeAt(0))) return;
      const cls = corpusClass(t.norm);
      // د. الصيني: after the abbreviation, which only ever stands before a name, a definite common word is the surname
      const surname = abbreviated && k === from && t.definite;
      if (cls === 'verb' || (t.definite && cls === 'common' && !surname) || lists().stops.has(t.norm) || oneCliticThenArticle(t.norm)) return;
      // اللواء تحسين الخفاجي، د. سامي الفلاح: the word right after the title is a first name, common or not;
      // after it a common word only where the name ends (الكولونيل دياران كونيه:)
      const next = tokenAt(this.tokens, k + 1);
      if (cls === 'common' && k > from && next?.word) return;
      this.attested.add(t.norm);
    }
  }
}
