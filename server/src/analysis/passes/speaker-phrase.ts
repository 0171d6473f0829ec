// Reads the phrase that names a speaker: a title chain (المبعوث الأمريكي
// الخاص بسوريا), a name (جيمس جيفري), both in either order, with an
// apposition between commas (قال المبعوث …، جيمس جيفري، إن) or a
// parenthesised alias (وزارة الدفاع الأمريكية (البنتاغون)).
//
// A phrase starts at a listed head (a title, a body, a medium, a document,
// an anonymous source) or at a word the article or the corpora give as a
// name (name-evidence.ts). An unlisted noun may head a title only when a
// name follows it (كبير أمناء مجلس الوزراء يوشيهيدي سوجا, والد الشهيد،
// دواس آل منصور): on its own it is the verb's object (أبدى أمله، أعلن
// الحداد), and the verb's subject is then the one it carries.
import type { SpeakerType } from '../model.js';
import {
  ANONYMOUS_HEADS, DOCUMENT_HEADS, INDEFINITE_ADJECTIVES, MEDIA_HEADS, NAME_PARTICLES, ORGANIZATION_HEADS, PERSON_TITLES, PHRASE_LINKS, PHRASE_STOPS, PLACE_HEADS,
  WRAPPER_HEADS, SPEAKER_BOUNDARIES, DEFINITE_ADJECTIVE_WORDS, OBJECT_MASDARS, COLOUR_ADJECTIVES, TITLE_PREPOSITIONS, BROKEN_PLURAL_HEADS, PEOPLE_PLURALS,
  NAME_TITLES, FIXED_PHRASE_WORDS, AFFILIATION_TITLES, COMPOUND_NAME_ENDS, NEWS_WORDS, CLOSE_TO_THEM_WORDS, NEAR_WORDS, BEFORE_NAME_DEGREES, RANKS, GOD, ROYAL_TITLES,
  OCCASION_WORDS, NAMING_WORDS, KIN_NOUNS, RANK_QUALIFIERS, UTTERANCE_HEADS, LINEAGE_PARTICLES, NEWSPAPER_NAME_ENDS,
} from '../lexicon/speakers.js';
import { CONCESSIVE_WORDS, DEMONSTRATIVES, NEGATING_NOUNS, LEADING_PARTICLES, SUBJECT_PRONOUNS, THAT_WORDS } from '../lexicon/grammar.js';
import { RELAY_VERBS } from '../lexicon/cues.js';
import { HONORIFIC_PRONOUNS, QUANTIFIERS } from '../lexicon/coreference.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../lexicon/months.js';
import { VENUES } from '../lexicon/venues.js';
import { normalize } from '../text/normalize.js';
import { WordMasks, WordSet } from '../text/word-set.js';
import { isDigit } from '../text/segment.js';
import { accusativeAlef, accusativeParticiple, articlePrefixed, beginsWith, cliticOnCommon, onlyClitics, pronounOnParticle, pronounOnThat, pronounSuffix, stripConjunction } from './clitics.js';
import { corpusClass, type NameEvidence, type WordClass } from './name-evidence.js';
import { PLACE_FIRST_WORDS, PLACE_NAME_SET, PLACE_NAMES } from './place-names.js';
import { normAt, tokenAt, type Token } from './tokens.js';
import { ALEF, BAA, HAA, LAM, MEEM, codeAt, isArabicLetter } from '../text/letters.js';

const set = (words: readonly string[]) => new Set(words.map(normalize));
/** (a WordSet: asked of words with a clitic taken off, fresh strings, which it mostly turns away unhashed) */
const STOPS = new WordSet(PHRASE_STOPS.map(normalize));
const MASDARS = set(OBJECT_MASDARS);
const SPEAKER_BOUNDARY_WORDS = set(SPEAKER_BOUNDARIES);
/**
 * Month names of one word (فبراير، شباط), but not a month the corpora know
 * as a name (رجب طيب أردوغان). Built on first use, as the corpora's word
 * lists are, not when the module is loaded (isnad --version, a worker's start).
 */
let months: Set<string> | null = null;
const isMonth = (w: string): boolean => (months ??= set([...GREGORIAN_MONTHS, ...HIJRI_MONTHS]
  .filter((m) => !m.ambiguous && m.words.length === 1 && corpusClass(m.words[0]!) !== 'name').map((m) => m.words[0]!))).has(w);
/** Month names and the words of SPEAKER_BOUNDARIES end a speaker phrase. */
const isBoundary = (w: string): boolean => SPEAKER_BOUNDARY_WORDS.has(w) || isMonth(w);
/** The occasions of a statement: في بيان، في تقرير، في مقابلة … (not bodies a title belongs to). */
const OCCASIONS = set([...VENUES.flatMap(([, forms]) => forms).map((f) => f.split(' ')[0]!), ...OCCASION_WORDS]);
const TITLE_PREPS = new Map(Object.entries(TITLE_PREPOSITIONS).map(([t, ps]) => [normalize(t), new Set(ps.map(normalize))]));
const PLURAL_HEADS = set(BROKEN_PLURAL_HEADS);
const PEOPLES = set(PEOPLE_PLURALS);
const NAME_TITLE_WORDS = set(NAME_TITLES);
const HONORIFIC_WORDS = set(HONORIFIC_PRONOUNS);
const LINKS = set(PHRASE_LINKS);
const PARTICLES = set(NAME_PARTICLES);
const SON_OF = set(LINEAGE_PARTICLES);
const WRAPPERS = set(WRAPPER_HEADS);
const UTTERANCES = set(UTTERANCE_HEADS);
/** Heads that take no other form: أحد is no الأحد (Sunday), عدد no العدد. */
const FIXED_FORMS = set(FIXED_PHRASE_WORDS);

/**
 * Every form of a listed head a text writes: with and without the article
 * (خبراء، الخبراء), and a person's title in the feminine and the sound
 * plurals (الباحث، الباحثة، الباحثون، الباحثين، المحامي → المحامون), which
 * name an unnamed group.
 */
function headForms(words: string[], type: SpeakerType): [string, SpeakerType][] {
  const out: [string, SpeakerType][] = [];
  for (const w of words.map(normalize)) {
    out.push([w, type]);
    if (FIXED_FORMS.has(w) || w.includes(' ') || w.length < 3) continue;
    const other = w.startsWith('ال') ? w.slice(2) : 'ال' + w;
    for (const form of [w, other]) {
      if (form !== w) out.push([form, type]);
      if (type !== 'person' || form.endsWith('ه')) continue;
      out.push([form + 'ه', 'person']);
      const stem = form.endsWith('ي') ? form.slice(0, -1) : form;
      for (const plural of [form + 'ون', form + 'ين', stem + 'ون', stem + 'ين', form + 'ات']) out.push([plural, 'anonymous']);
    }
  }
  return out;
}

/** Countries and cities speak for their governments (أعلنت الرياض، قالت الصين): proper names that take no genitive. */
const PLACES = PLACE_FIRST_WORDS;
/** Every word sequence a multi-word place name begins with (الولايات، الولايات المتحده …). */
const PLACE_PREFIXES = new Set(PLACE_NAMES.flatMap((n) => n.split(' ').map((_, k, w) => w.slice(0, k + 1).join(' '))));

/** Listed heads by every form: the first list that gives a form its type wins. */
const HEADS = new Map<string, SpeakerType>();
for (const [words, type] of [
  [ANONYMOUS_HEADS, 'anonymous'], [MEDIA_HEADS, 'media'], [DOCUMENT_HEADS, 'document'], [ORGANIZATION_HEADS, 'organization'], [PERSON_TITLES, 'person'],
] as [string[], SpeakerType][]) {
  for (const [w, t] of words.map(normalize).map((x) => [x, type] as const)) if (!HEADS.has(w)) HEADS.set(w, t);
}
for (const [words, type] of [
  [ANONYMOUS_HEADS, 'anonymous'], [MEDIA_HEADS, 'media'], [DOCUMENT_HEADS, 'document'], [ORGANIZATION_HEADS, 'organization'], [PERSON_TITLES, 'person'],
] as [string[], SpeakerType][]) {
  for (const [w, t] of headForms(words, type)) if (!HEADS.has(w)) HEADS.set(w, t);
}
for (const place of PLACES) if (!HEADS.has(place)) HEADS.set(place, 'organization');

/** A sound masculine plural in full (مسؤولون، المحامين): it takes adjectives, never a genitive. */
const soundPlural = (w: string): boolean => (w.length >= 6 && (w.endsWith('ون') || w.endsWith('ين')) && !w.endsWith('يين') && headType(w) !== null)
  || groupNisba(w); // مسيحيون يتحدرون من …: a people takes no genitive either
/** Journalists, for whom a medium after ل is where they work (مراسل لصحيفة، مصور لوكالة). */
const AFFILIATIONS = set(AFFILIATION_TITLES);

/** A group named by its nisba in the plural (اليونانيون، الفلسطينيين): an unnamed group of people. */
const groupNisba = (w: string): boolean => w.length >= 7 && (w.endsWith('يون') || w.endsWith('يين'));

/**
 * اللبنانيين، المسؤولين، خبيرين: a listed noun of people in the sound plural
 * or dual with ين, the ending of the object and the genitive. Right after a
 * verb the subject would end in ون or ان (دعا اللبنانيين إلى …: whom he
 * called on, not who called).
 */
export function obliquePlural(w: string): boolean {
  if (w.length < 6 || !w.endsWith('ين')) return false;
  return groupNisba(w) || headType(w) === 'anonymous';
}
const MAX_NAME = 4;
const MAX_PHRASE = 16;

export interface SpeakerPhrase {
  /** Token range [first, last] of the whole phrase. */
  first: number;
  last: number;
  /** Token ranges of the name, if the phrase has one. */
  name: [number, number] | null;
  /** Token ranges of the title parts (the role). */
  roles: [number, number][];
  /** Parenthesised or quoted aliases. */
  aliases: [number, number][];
  type: SpeakerType;
  /** The phrase names someone or has a listed head (not a title guessed from its shape alone). */
  known: boolean;
  /** The phrase's first word carries a ل (1) or لل (2) that is not part of the name shown (بيان لمكتب المحافظ → مكتب المحافظ). */
  preposition: number;
}

/** The speaker types, by their code in HEAD_TYPES (0: no listed head). */
const TYPE_CODES: readonly (SpeakerType | null)[] = [null, ...new Set(HEADS.values())];
/**
 * The listed heads with their types, in a table that turns most other words
 * away by their letters before hashing them: headType is asked of nearly
 * every word and of forms made on the way (لوزارة → وزارة، الوزارة), each a
 * fresh string. (The type is the word's mask: one lookup, where a set and
 * then a Map hashed each listed word twice.)
 */
const HEAD_TYPES = new WordMasks(TYPE_CODES.slice(1).map((type, k) => [k + 1, [...HEADS].filter(([, t]) => t === type).map(([w]) => w)] as const));

export function headType(word: string): SpeakerType | null {
  return TYPE_CODES[HEAD_TYPES.get(word)]!;
}

type IsStop = (i: number) => boolean;

/** A stop token: علي written with ي is the name, with ى the preposition على. */
function stopToken(t: Token): boolean {
  return t.norm === 'علي' ? t.maqsura : isStop(t.norm) || NAMING.has(t.norm);
}

/** A stop word, also with a possessive suffix (رفضه، ترحيبها) or a conjunction (ومما، فعندما). */
function isStop(w: string): boolean {
  if (STOPS.has(w)) return true;
  // ولكن، فإن: a stop after و or ف; not فلكي (astronomical), which the corpora know as a word of its own
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف')) && STOPS.has(w.slice(1)) && corpusClass(w) !== 'common') return true;
  const stem = possessiveStem(w);
  if (stem && STOPS.has(stem)) return true;
  // إنهما، أننا، بأنهن: أنّ and its sisters with any pronoun
  return pronounOnThat(w);
}

/**
 * The word before a possessive ه، ها or هم that ends `w`, of three letters
 * at least (what /^(.{3,}?)(ه|ها|هم)$/ takes), or undefined: read from the
 * last letters as codes, where the regex made a match array for each word.
 */
function possessiveStem(w: string): string | undefined {
  // (codeAt: a word of one letter, or none, is read past its start)
  const n = w.length, last = codeAt(w, n - 1);
  if (last === HAA) return n - 1 >= 3 ? w.slice(0, n - 1) : undefined;
  if ((last === ALEF || last === MEEM) && codeAt(w, n - 2) === HAA) return n - 2 >= 3 ? w.slice(0, n - 2) : undefined;
  return undefined;
}

/** A word without its article (القادة → قادة), to look it up in a list of indefinite forms. */
const withoutArticle = (w: string): string => (w.startsWith('ال') ? w.slice(2) : w);
/** A word with its ل or لل (the article's ال given back), or its ب, taken off: لوزارة → وزارة، للوزارة → الوزارة. */
export const unprefixed = (w: string): string => (w.startsWith('لل') ? 'ال' + w.slice(2) : w.slice(1));
/** Addressed to a medium (لوكالة، للصحيفة): the statement's audience, never its speaker. */
const toMedium = (w: string) => (w.charCodeAt(0) === LAM || w.charCodeAt(0) === BAA) && headType(unprefixed(w)) === 'media';
/** للصحافيين، لمراسلين: the people a statement is made to (a plural of people after ل), never its speaker. */
const toAudience = (w: string) => w.startsWith('ل') && /(ين|ون)$/.test(w) && headType(unprefixed(w)) === 'anonymous';
/** لمحققيه، لزوجته، لأصدقائها: ل and a noun with a possessive (not a ة), someone of the speaker's own spoken to. */
const toOwnPeople = (t: Token) => !t.taaMarbuta && t.norm.length >= 6 && t.norm.charCodeAt(0) === LAM && /^ل[^ل].{2,}(ه|ها|هم)$/.test(t.norm) && corpusClass(t.norm) !== 'name';
/**
 * A word with an attached preposition: بال، لل … or ب/ل before a longer
 * word, unless the corpora know the whole word and not what is left (بقاء،
 * لقاء are nouns). (ك، و، ف are left alone: كتلة، وزير، فابيوس.)
 */
const prepositional = (w: string) => articlePrefixed(w)
  // (nor a listed adjective: بارز is "prominent", not ب + أرز)
  || (beginsWith(w, 'بل') && w.length > 3 && !(corpusClass(w) === 'common' && corpusClass(w.slice(1)) !== 'common') && !ADJECTIVES.has(w));

/** A feminine plural in ات the corpora know as a common word, maybe after ل or ب (تصريحات، لمشاهدات). */
function commonPlural(w: string): boolean {
  const bare = beginsWith(w, 'لب') && corpusClass(w) !== 'common' ? w.slice(1) : w;
  return bare.length >= 6 && bare.endsWith('ات') && corpusClass(bare) === 'common';
}

/**
 * A sound masculine plural in construct, its ن dropped: مسؤولي، محللو
 * (the corpora know مسؤولين، محللون as common words). It takes the noun it
 * belongs to next, so it closes nothing as a name would.
 */
const pluralConstruct = (w: string): boolean => w.length >= 5 && (w.endsWith('ي') || w.endsWith('و')) && corpusClass(w + 'ن') === 'common';

interface Chain {
  first: number; last: number; type: SpeakerType | null; isName: boolean; indefinite: boolean; listed: boolean;
  /** A title with a name inside it (عائلة فرانك جيفورد، مكتب حاكم كاليفورنيا جيري براون). */
  named: boolean;
  /** The owner of a wrapper written with ل (لمكتب: 1) or لل (للبحرية: 2) on its first word. */
  owned: number;
}

/**
 * The chains of a phrase, made only here, every field set in one order: the
 * reader reads their fields on every phrase, which is slow across several
 * object shapes.
 */
function nameChain(first: number, last: number, type: SpeakerType = 'person'): Chain {
  return { first, last, type, isName: true, indefinite: false, listed: false, named: false, owned: 0 };
}
function titleChainOf(first: number, last: number, type: SpeakerType | null, listed: boolean, indefinite = false, named = false, owned = 0): Chain {
  return { first, last, type, isName: false, indefinite, listed, named, owned };
}
/** The chain `c` ending at `last` (a spread copy would be a chain of another shape). */
function chainTo(c: Chain, last: number): Chain {
  return { first: c.first, last, type: c.type, isName: c.isName, indefinite: c.indefinite, listed: c.listed, named: c.named, owned: c.owned };
}

const RANK = normalize('برتبة');
/** باسم: a spokesperson's link to the one spoken for. */
const ON_BEHALF = normalize('باسم');
const COMPOUND_ENDS = set(COMPOUND_NAME_ENDS);
const NEWS = set(NEWS_WORDS);
const CLOSE_TO_THEM = set(CLOSE_TO_THEM_WORDS);
const NEAR = set(NEAR_WORDS);
/** الكثير من، عدد من: a quantifier's من names its group, whatever the verb takes. */
const PARTITIVE = set(QUANTIFIERS);
const PLACE_NOUNS = set(PLACE_HEADS);
const BEFORE_NAMES = set(BEFORE_NAME_DEGREES);
const RANK_WORDS = set(RANKS);
const QUALIFIERS = set(RANK_QUALIFIERS);
const NEWSPAPER_ENDS = set(NEWSPAPER_NAME_ENDS);
const ROYAL = set(ROYAL_TITLES);
const ADJECTIVES = set(INDEFINITE_ADJECTIVES);
const PRONOUNS = set(SUBJECT_PRONOUNS);
const CONCESSIVE = set(CONCESSIVE_WORDS);
const THAT = set(THAT_WORDS);
const DEMONSTRATIVE = set(DEMONSTRATIVES);
const NEGATING = set(NEGATING_NOUNS);
const NAMING = set(NAMING_WORDS);
const KIN = set(KIN_NOUNS);
const RELAYS = set(RELAY_VERBS);
const LEADING = set(LEADING_PARTICLES);

/** A word before a cue that is not its subject phrase: a particle, or a particle with the subject as its pronoun (لكنها أشارت). */
export function isParticle(word: string): boolean {
  return LEADING.has(word) || pronounOnParticle(word);
}

/**
 * An indefinite adjective: a nisba (عسكري، عراقيون، أمريكية) or a listed one
 * (كبار، رفيع). A title's plural in construct ends the same way (مستشاري
 * الحكومة، مسؤولي الوزارة) and is no adjective.
 */
function isAdjective(w: string, definite = false): boolean {
  if (ADJECTIVES.has(w)) return true;
  // (the endings compared, not matched by a regex, which tries every letter of the word as its start)
  if (!(w.endsWith('ي') || w.endsWith('يه') || w.endsWith('يون') || w.endsWith('يين') || w.endsWith('يان'))) return false;
  // حمايه، رعايه، نهايه: a verbal noun of a weak root in ـاية, no nisba (no حماي is a word)
  if (w.endsWith('ايه') && w.length > 4 && corpusClass(w.slice(0, -1)) === 'rare') return false;
  // a construct plural is never definite: الملكي is "royal", مستشاري "advisers of"
  const stem = !definite && w.endsWith('ي') ? headType(w.slice(0, -1)) : null;
  return stem !== 'person' && stem !== 'anonymous';
}

const DEFINITE_ADJECTIVES = set([...DEFINITE_ADJECTIVE_WORDS, ...COLOUR_ADJECTIVES, ...INDEFINITE_ADJECTIVES.map((a) => 'ال' + a)]);
/** A definite adjective (الأمريكي، العام، الخاص، الشريفين): what may follow a definite noun in a title. */
function definiteAdjective(w: string): boolean {
  return DEFINITE_ADJECTIVES.has(w) || (w.startsWith('ال') && isAdjective(w.slice(2), true));
}

function isQuoteMark(w: string): boolean {
  return w === '"' || w === "'";
}

/** ما or a document, bare (تقرير نشره …) or after its preposition (لتقرير بثته …): what a relay verb takes back. */
function reported(w: string): boolean {
  return w === 'ما' || w === 'لما' || headType(w) === 'document' || headType(unprefixed(w)) === 'document' || headType('ال' + unprefixed(w)) === 'document';
}

/**
 * نقلته، أوردتها: a relay verb with the report as its pronoun (the ت of a
 * feminine verb written before it); أجراه: a final ى is written ا before the pronoun.
 */
function relaysReport(w: string): boolean {
  const stem = w.endsWith('ها') ? w.slice(0, -2) : w.endsWith('ه') ? w.slice(0, -1) : '';
  return !!stem && (RELAYS.has(stem) || (stem.endsWith('ا') && RELAYS.has(stem.slice(0, -1) + 'ي')));
}

/** A body named after a preposition (لشرطة، لوزارة، للمؤسسة). */
function isBody(w: string): boolean {
  const type = headType(unprefixed(w)) ?? headType('ال' + unprefixed(w));
  return type === 'organization' || type === 'media';
}

/** A name does not begin with a preposition and its article (بالأحرف) or a conjunction and verb (وأصدرت). */
function nameStart(w: string): boolean {
  // (codeAt: a word of one letter has no second)
  return isArabicLetter(w.charCodeAt(0)) && isArabicLetter(codeAt(w, 1)) && !articlePrefixed(w) && !(w.startsWith('و') && w.length >= 5) && !toMedium(w) && !cliticOnCommon(w);
}

/** A memo no reader holds (see PhraseReader.done), for the next. */
let spareMemo: Uint8Array | null = null;

/** The classes a word may have, in the order PhraseReader keeps them by. */
const WORD_CLASSES: readonly WordClass[] = ['name', 'common', 'verb', 'rare'];

/**
 * The speaker phrases of one article: the tokens, which of them are cues,
 * and what the article and the corpora say of each word as a name.
 */
export class PhraseReader {
  /** Set while reading the subject of a verb whose complement comes with ب (توعد، طالب، رحب) or من (حذر). */
  private complement: 'ب' | 'من' | null = null;

  /**
   * What classOf and blocked answered for each token: trying phrases from
   * each start, the reader asks them of the same tokens again and again.
   * (classes: the index in WORD_CLASSES plus one, 0 not asked yet, in a
   * typed array: an empty array filled at scattered indices became a slow
   * sparse one. blocked: two slots a token after them, without and with
   * `genitive`; 0 not asked yet, 1 no, 2 yes. One array for both: a typed
   * array of more than a few dozen bytes is allocated outside the heap, a
   * cost paid per article: so the article's reader takes the last one's,
   * see done().)
   */
  private readonly memo: Uint8Array;

  constructor(private readonly tokens: readonly Token[], private readonly isCue: IsStop, private readonly names: NameEvidence) {
    const size = tokens.length * 3;
    const spare = spareMemo;
    if (spare && spare.length >= size) {
      spareMemo = null;
      this.memo = spare.fill(0, 0, size);
    } else this.memo = new Uint8Array(size);
  }

  /**
   * Token i, or undefined outside the article: the readers look around a
   * token freely, and the bounds test saves the deopt (and recompile of the
   * reader's large methods) that a read past the array's end makes.
   */
  private token(i: number): Token | undefined {
    return tokenAt(this.tokens, i);
  }

  /** The word of token i, or '' outside the article: compared with a word, always a string (undefined there deopts the compare). */
  private normAt(i: number): string {
    return normAt(this.tokens, i);
  }

  /**
   * The article is read: its memo may serve the next reader (made outside
   * the heap, it cost more than zeroing one). The reader is not asked again.
   */
  done(): void {
    if (!spareMemo || spareMemo.length < this.memo.length) spareMemo = this.memo;
  }

  /**
   * A subject after a verb whose complement comes with ب or من: a ب-word
   * that is no body ends it (توعدت الجبهة بالرد), and من is the verb's, not
   * the source's (حذر الخبراء من الأزمة).
   */
  subjectBeforeComplement(i: number, preposition: 'ب' | 'من'): SpeakerPhrase | null {
    this.complement = preposition;
    try {
      return this.phraseAt(i);
    } finally {
      this.complement = null;
    }
  }

  /**
   * Phrases read so far, by start token and the complement being read (see
   * subjectBeforeComplement): the claims pass, coreference and phraseBefore's
   * scan ask for the same start many times in one article. Lives as long as
   * the reader, one article.
   */
  private readonly phrases = new Map<number, SpeakerPhrase | null>();

  /** Reads a speaker phrase that starts at token i (after a cue, or before one). */
  phraseAt(i: number): SpeakerPhrase | null {
    const key = i * 3 + (this.complement === null ? 0 : this.complement === 'ب' ? 1 : 2);
    let phrase = this.phrases.get(key);
    if (phrase === undefined) this.phrases.set(key, (phrase = this.read(i)));
    return phrase;
  }

  /** phraseAt without the memo: the phrase is a fresh object, which no caller changes. */
  private read(i: number): SpeakerPhrase | null {
    const tokens = this.tokens;
    const parts = this.unit(i);
    if (!parts) return null;
    // أوكرانيا وروسيا، السعودية والإمارات: countries joined by و speak together
    const one = parts[0]!, joined = this.normAt(one.last + 1);
    if (parts.length === 1 && one.first === one.last && PLACES.has(tokens[one.first]!.norm) && joined.startsWith('و') && PLACES.has(joined.slice(1))) {
      parts[0] = chainTo(one, one.last + 1);
    }
    let j = parts[parts.length - 1]!.last + 1;
    const aliases: [number, number][] = [];
    for (let guard = 0; guard < 3 && j < tokens.length; guard++) {
      const t = tokens[j]!;
      if (t.norm === '(') {
        let close = -1;
        for (let k = j + 1; k < tokens.length && k <= j + 4; k++) if (tokens[k]!.norm === ')') { close = k; break; }
        if (close > j + 1) { aliases.push([j + 1, close - 1]); j = close + 1; continue; }
        break;
      }
      if (isQuoteMark(t.norm) && this.closeQuote(j) > 0) {
        // السيد «فركاش»: after a title that goes before names and no name, the quoted word is the name
        const close = this.closeQuote(j);
        // (and the phrase ends there: البابا "فظائع" الانتهاكات is the verb's object)
        const lone = parts.length === 1 && !parts[0]!.isName && NAME_TITLE_WORDS.has(tokens[parts[0]!.last]!.norm) && j === parts[0]!.last + 1
          && this.ends(close + 1);
        if (lone && close - j <= 3) parts.push(nameChain(j + 1, close - 1));
        // (an unnamed group has no other name: what is quoted after it is the verb's)
        else if (parts[parts.length - 1]!.type === 'anonymous') break;
        else aliases.push([j + 1, close - 1]);
        j = close + 1;
        continue;
      }
      if (t.norm !== '،' && t.norm !== ',') break;
      const title = parts[parts.length - 1]!;
      // ويقول موقع، "برايدبوك" …: a body's bare head takes the quoted name set off by a comma (a few words)
      const quoteClose = parts.length === 1 && title.first === title.last && !title.isName && isQuoteMark(this.normAt(j + 1)) ? this.closeQuote(j + 1) : -1;
      if (quoteClose > 0 && (title.type === 'media' || title.type === 'organization') && quoteClose - j <= 6) {
        parts.push(nameChain(j + 2, quoteClose - 1, title.type));
        j = quoteClose + 1;
        continue;
      }
      // الرئيس السابق، باراك أوباما، …: a person's title without a name takes the words between commas as one
      // (the unit after the comma is read once, whether or not a name in apposition is looked for)
      const unit = this.unit(j + 1);
      const apposed = !parts.some((p) => p.isName) && title.listed && title.type === 'person' && !unit ? this.apposedName(j + 1, true) : null;
      const next = apposed ? [apposed] : unit;
      const after = next ? this.token(next[next.length - 1]!.last + 1) : undefined;
      // An apposition closes with a comma or goes straight on to أن/إن/على …
      if (!next || (after && after.word && !isStop(after.norm) && !this.boundary(next[next.length - 1]!.last + 1))) break;
      parts.push(...next);
      j = next[next.length - 1]!.last + 1;
    }
    return assemble(parts, aliases);
  }

  /**
   * وفقا لما نقلته وكالة …، بحسب تقرير بثته الوكالة: after an attribution
   * phrase, ما or a document, then a verb that takes it back as its pronoun:
   * the verb's subject is the source.
   */
  relayedSource(i: number): SpeakerPhrase | null {
    const at = this.normAt(i);
    // the attribution phrase may end in ما itself (وفقا لما): then the verb comes first
    // (the verb asked first: its letters turn most words away, before the lexicon is asked of the report)
    const verb = relaysReport(at) && reported(this.normAt(i - 1)) ? i : relaysReport(this.normAt(i + 1)) && reported(at) ? i + 1 : -1;
    return verb < 0 ? null : this.phraseAt(verb + 1);
  }

  /**
   * لتلفزيون رويترز، لصحيفة «الحياة»: the medium a statement is made to,
   * between the verb and its subject. Returns the token after it (or `i`).
   */
  afterAddressee(i: number): number {
    const tokens = this.tokens;
    if (this.token(i)?.word && toAudience(tokens[i]!.norm)) return i + 1;
    if (!this.token(i)?.word || !toMedium(tokens[i]!.norm)) return i;
    let j = i + 1;
    if (isQuoteMark(this.normAt(j)) && this.closeQuote(j) > 0) return this.closeQuote(j) + 1;
    while (j <= i + 3 && this.token(j)?.word && !tokens[j]!.definite && !this.blocked(j) && (this.classOf(j) === 'name' || this.classOf(j) === 'rare')) j++;
    return j;
  }

  /**
   * Up to three words before a headline's colon that no rule reads as a
   * speaker (الصحة:، الخارجية الأمريكية:): a short form, kept only if the
   * article names that speaker in full.
   */
  shortForm(first: number, colon: number): SpeakerPhrase | null {
    if (colon - first < 1 || colon - first > 3) return null;
    for (let k = first; k < colon; k++) if (this.blocked(k) || this.classOf(k) === 'verb' || pronounSuffix(this.tokens[k]!)) return null;
    return speakerPhrase(first, colon - 1, null, [[first, colon - 1]], [], 'organization', false, 0);
  }

  /**
   * The phrase is one word read as a name that neither the corpora nor the
   * article show to be one: nowhere else written, with or without a
   * clitic (ريبورتاج، بروفايل; not أوبك, which the article writes again).
   */
  unattestedName(phrase: SpeakerPhrase): boolean {
    if (phrase.first !== phrase.last || !phrase.name || this.classOf(phrase.first) !== 'rare') return false;
    const w = this.tokens[phrase.first]!.norm;
    return !this.tokens.some((t, k) => k !== phrase.first && t.word && t.norm.endsWith(w) && onlyClitics(t.norm.slice(0, -w.length)));
  }

  /** The phrase is a place's name alone (تركيا، الولايات المتحدة). */
  isPlace(phrase: SpeakerPhrase): boolean {
    return !phrase.name && PLACES.has(this.tokens[phrase.first]!.norm) && phrase.roles.length === 1;
  }

  /**
   * Reads a speaker phrase whose first word carries a ل (وفقا للشبكة
   * السورية، طبقا لوزارة الصحة): read as if written without it, and shown so.
   */
  phraseAfterLam(i: number): SpeakerPhrase | null {
    const t = this.token(i);
    if (!t?.word || !t.norm.startsWith('ل') || t.norm.length < 4) return null;
    const double = t.norm.startsWith('لل');
    const stripped: Token = t.with({ norm: double ? 'ال' + t.norm.slice(2) : t.norm.slice(1), definite: double });
    const tokens = this.tokens.slice();
    tokens[i] = stripped;
    const phrase = this.readAside(tokens, i);
    return phrase && speakerPhrase(phrase.first, phrase.last, phrase.name, phrase.roles, phrase.aliases, phrase.type, phrase.known, double ? 2 : 1);
  }

  /**
   * The phrase at token i of the article written as `tokens`, by a reader of
   * its own, whose memo then serves the next reader (one made for each such
   * reading was allocated outside the heap).
   */
  private readAside(tokens: readonly Token[], i: number): SpeakerPhrase | null {
    const reader = new PhraseReader(tokens, this.isCue, this.names);
    const phrase = reader.phraseAt(i);
    reader.done();
    return phrase;
  }

  /**
   * أن مسؤولا أمريكيا أكد …، لكن مصدرا مطلعا أفاد …: after أنّ and its
   * sisters the subject is accusative, its tanween often written as a bare
   * alef. Reads the phrase as if its leading accusative words (the noun and
   * its adjectives) were written without it; shown as the article spells them.
   */
  phraseOfAccusative(i: number): SpeakerPhrase | null {
    const tokens = this.tokens.slice();
    let k = i;
    for (; k < tokens.length && tokens[k]!.word && k < i + 3; k++) {
      const t = tokens[k]!;
      if (accusativeAlef(t.norm)) tokens[k] = t.with({ norm: t.norm.slice(0, -1), accusative: false });
      else if (t.accusative) tokens[k] = t.with({ accusative: false });
      else break;
    }
    if (k === i) return null;
    // (لكن ميدانيا يرجح: an adverb in ـيا is no title; the phrase must have one)
    const phrase = this.readAside(tokens, i);
    return phrase && phrase.roles.length > 0 ? phrase : null;
  }

  /**
   * Reads a speaker phrase that ends just before token `end` (SVO order:
   * جيفري يؤكد، مبعوث أمريكي يكشف، على قرار يطالب، وزارة الدفاع (البنتاغون) أعلنت).
   */
  phraseBefore(end: number, floor: number): SpeakerPhrase | null {
    const tokens = this.tokens;
    for (let start = end - 1; start >= Math.max(floor, end - MAX_PHRASE); start--) {
      const t = tokens[start]!;
      if (!t.word && t.norm !== '(' && t.norm !== ')' && !isQuoteMark(t.norm)) break;
      // …، بل يشيرون، وإن دعت الضرورة: no subject before the verb
      if (t.word && (STOPS.has(t.norm) || isParticle(t.norm) || THAT.has(t.norm))) break;
      // (read only where a subject may open: most starts are inside a phrase, after a word that opens none)
      const opening = this.openingBefore(start, floor);
      if (opening === 'never') continue;
      const phrase = this.phraseAt(start);
      if (phrase && phrase.last === end - 1 && this.opensSubject(opening, phrase)) return phrase;
    }
    return null;
  }

  /**
   * The known phrase that ends right before `end`, wherever it starts: the
   * noun a relative clause describes (وزير المالية الذي أكد …), which need
   * not open its clause. The longest such phrase.
   */
  phraseEndingBefore(end: number, floor: number): SpeakerPhrase | null {
    let found: SpeakerPhrase | null = null;
    for (let start = end - 1; start >= Math.max(floor, end - MAX_PHRASE); start--) {
      const t = this.tokens[start]!;
      // (past a comma only to a phrase that reads through it: بوب وودوارد، الصحفي الآخر الذي كشف …)
      if (t.norm === '،' || t.norm === ',') continue;
      if (!t.word || STOPS.has(t.norm) || isParticle(t.norm)) break;
      const phrase = this.phraseAt(start);
      if (phrase?.known && phrase.last === end - 1) found = phrase;
    }
    // ونفى الأنباء التي تحدثت …: a noun right after a cue is its object, not a new speaker
    if (!found || (found.first > 0 && this.isCue(found.first - 1))) return null;
    // المثل الشعبي المصري الذي يقول: a definite word after another, no title, is that noun's adjective, not a surname
    const before = this.token(found.first - 1);
    return found.first === found.last && this.tokens[found.first]!.definite && before?.word && before.definite && !headType(before.norm) ? null : found;
  }

  /** The class of token i as a name word; a title's forms (مستشاري، المتحدثين) are never names, whatever the counts. */
  private classOf(i: number): WordClass {
    if (i < 0 || i >= this.tokens.length) return this.readClass(i);
    if (this.memo[i] === 0) this.memo[i] = WORD_CLASSES.indexOf(this.readClass(i)) + 1;
    return WORD_CLASSES[this.memo[i]! - 1]!;
  }

  private readClass(i: number): WordClass {
    // علي written with ي is the name; the preposition is written على (see stopToken)
    if (this.normAt(i) === 'علي' && !this.tokens[i]!.maqsura) return 'name';
    const cls = this.names.classOf(i);
    const w = this.tokens[i]!.norm;
    // تعمل، تواجه: a verb's feminine present, where the corpora know only its masculine (يعمل)
    if (cls === 'rare' && w.startsWith('ت') && corpusClass('ي' + w.slice(1)) === 'verb') return 'verb';
    if (cls !== 'name') return cls;
    // د. الصيني: right after the abbreviated title a nisba is the surname
    if (this.normAt(i - 1) === '.' && this.normAt(i - 2) === 'د') return cls;
    return headType(w) || (w.endsWith('ي') && headType(w.slice(0, -1))) ? 'common' : cls;
  }

  /** True when the token cannot be part of a speaker phrase at all (a verbal noun only as a genitive: `genitive`). */
  private blocked(i: number, genitive = false): boolean {
    if (i < 0 || i >= this.tokens.length) return true;
    const slot = this.tokens.length + 2 * i + (genitive ? 1 : 0);
    if (this.memo[slot] === 0) this.memo[slot] = this.readBlocked(i, genitive) ? 2 : 1;
    return this.memo[slot] === 2;
  }

  private readBlocked(i: number, genitive: boolean): boolean {
    const t = this.token(i);
    return !t || !t.word || stopToken(t) || (!genitive && MASDARS.has(t.norm)) || isBoundary(t.norm) || this.isCue(i) || isDigit(t.norm.charCodeAt(0)) || t.accusative;
  }

  /** A token that ends the phrase: punctuation, a stop word, a cue. */
  private boundary(j: number): boolean {
    // (each of these also blocks the token: a token not blocked, as the memo mostly says, is spared the word lists)
    if (!this.blocked(j)) return false;
    const t = this.token(j);
    return !t || !t.word || stopToken(t) || isBoundary(t.norm) || this.isCue(j);
  }

  /** A title chain with the name after it, or a name with its title after it. */
  private unit(i: number): Chain[] | null {
    // معها، لكنها: a pronoun names no one; لتلفزيون، لصحيفة: a medium spoken to is no subject
    const t = this.token(i);
    if (!t) return null;
    const w = t.norm;
    if (pronounOnParticle(w) || toMedium(w) || toAudience(w) || toOwnPeople(t)) return null;
    const group = this.constructPlural(i);
    if (group) return [group];
    // ابنته، زوجته: kin with the possessive name a person by relation
    const suffix = pronounSuffix(t);
    if (suffix && !this.blocked(i)) {
      const stem = w.slice(0, -suffix.length);
      if (KIN.has(stem) || (stem.endsWith('ت') && KIN.has(stem.slice(0, -1) + 'ه'))) {
        const kin = titleChainOf(i, i, 'person', true);
        const name = this.nameRun(i + 1); // محاميه تشارلز هاردر
        return name ? [kin, name] : [kin];
      }
    }
    const startsName = this.classOf(i) === 'name' && !headType(w);
    // (the name from i is read once: asked again below when the title chain comes to nothing)
    let nameFrom: Chain | null | undefined = startsName ? this.nameRun(i) : undefined;
    const head = nameFrom ?? this.titleChain(i) ?? (nameFrom === undefined ? (nameFrom = this.nameRun(i)) : null);
    if (!head) return null;
    const owner = this.owner(head);
    // (a person's statement: the owner's name may follow the title, تغريدة للرئيس الأمريكي دونالد ترامب)
    const ownerName = owner?.type === 'person' ? this.nameRun(owner.last + 1) : null;
    if (owner) return ownerName ? [owner, ownerName] : [owner];
    // متطوع يدعى علي: "called" stands between the title and the name
    const named = !head.isName && NAMING.has(this.normAt(head.last + 1));
    // An indefinite title (مصدر حكومي، مبعوث أمريكي) names no one after it (unless it says so: يدعى).
    if (head.indefinite && head.listed && !named) return [head];
    if (!head.isName && head.type !== 'person' && head.type !== 'anonymous') return [head];
    const tail = head.isName ? this.titleAfterName(head.last + 1)
      : named ? this.nameRun(head.last + 2) ?? this.apposedName(head.last + 2, false) : this.nameRun(head.last + 1) ?? this.titledName(head);
    if (!head.isName && !head.listed) {
      // An unlisted noun heads a title only with a name: after it (والد الشهيد، دواس …; كبير أمناء … يوشيهيدي سوجا)
      // or inside it (عائلة فرانك جيفورد). Alone it is the verb's object (أبدى أمله، أعلن الحداد).
      // (unless the name goes on through بن: راشد أحمد بن فهد is one name, the corpora's common راشد its first
      // word, when the "construct" is that word and a name, and the word could begin a name)
      const lineageAfter = !!tail && PARTICLES.has(this.tokens[tail.first]!.norm) && head.last === head.first + 1
        && this.classOf(head.last) === 'name' && nameStart(w);
      if (tail?.isName && !lineageAfter) return [head, tail];
      // خليل الصالح العضو …، مارك إسبر: what looked like a construct of unlisted nouns was a name
      const name = nameFrom === undefined ? this.nameRun(i) : nameFrom;
      if (name) return this.unitFromName(name);
      return head.named || this.appositionName(head.last + 1) ? [head] : null;
    }
    if (tail && !tail.isName && !tail.listed) return [head];
    return tail ? [head, tail] : [head];
  }

  /**
   * الناطق الإعلامي بصحة الطائف سراج الحميدان، إن …: an indefinite word
   * after a title that ends definite is neither its genitive nor its
   * adjective, so it begins an apposition: the words from it to a comma,
   * a colon, إن/أن or a cue are the name, though the corpora know them as
   * common words. Only a person's title, and only up to such a boundary.
   */
  private titledName(head: Chain): Chain | null {
    const j = head.last + 1;
    const t = this.token(j);
    // (the title may be the second of two joined by و: الإعلامي والناشط حسين رشيد)
    const titleEnd = this.tokens[head.last]!;
    const definite = titleEnd.definite || /^[وف]ال/.test(titleEnd.norm);
    if (head.isName || !head.listed || head.type !== 'person' || !definite || !t || t.definite || !nameStart(t.norm)) return null;
    return this.apposedName(j, false);
  }

  /**
   * The words from j to a comma, a colon, إن/أن or a cue, read as a name
   * in apposition (up to four, none a title, verb or word with a clitic);
   * with `comma`, only a comma closes it (الرئيس السابق، باراك أوباما، …).
   */
  private apposedName(j: number, comma: boolean): Chain | null {
    // (between commas, a first word that reads as ب + a word is the name's when a name word follows: باراك أوباما)
    const foreign = (k: number): boolean => {
      const next = this.token(k + 1);
      return comma && k === j && !articlePrefixed(this.tokens[k]!.norm) && !!next?.word && !next.definite && this.classOf(k + 1) !== 'common';
    };
    const word = (k: number): boolean => {
      const u = this.token(k);
      if (!u?.word || this.blocked(k) || headType(u.norm) || this.classOf(k) === 'verb' || pronounSuffix(u) || (prepositional(u.norm) && !foreign(k))) return false;
      // قدوة ونموذجا ويتمنى …: after the first word, و joins another noun or verb unless the whole word is a name (وليد)
      return k === j || !u.norm.startsWith('و') || this.classOf(k) === 'name';
    };
    if (!word(j) || this.tokens[j]!.definite) return null;
    let last = j;
    while (last + 1 < j + MAX_NAME && word(last + 1)) last++;
    const end = this.token(last + 1);
    const isComma = !!end && (end.norm === '،' || end.norm === ',');
    const closed = comma ? isComma : !end || isComma || end.norm === ':' || THAT.has(end.norm) || this.isCue(last + 1);
    return closed ? nameChain(j, last) : null;
  }

  private unitFromName(name: Chain): Chain[] {
    const tail = this.titleAfterName(name.last + 1);
    return tail && tail.listed ? [name, tail] : [name];
  }

  /** A title in apposition after a name agrees with one person: a plural (ترامب المستثمرين) is the verb's object. */
  private titleAfterName(j: number): Chain | null {
    const w = this.normAt(j);
    if (soundPlural(w) || groupNisba(w) || PLURAL_HEADS.has(withoutArticle(w))) return null;
    return this.titleChain(j);
  }

  /** A name between commas after token j-1 (، دواس آل منصور،). */
  private appositionName(j: number): boolean {
    const w = this.normAt(j);
    return (w === '،' || w === ',') && !!this.nameRun(j + 1);
  }

  /**
   * بيان لمكتب المحافظ، صفحة للبحرية الإيطالية، بيانات وزارة الصحة: a
   * statement, page or figures of a body speak for their owner.
   */
  private owner(head: Chain): Chain | null {
    const tokens = this.tokens;
    if (head.isName || !WRAPPERS.has(tokens[head.first]!.norm) || head.last <= head.first) return null;
    const next = tokens[head.first + 1]!;
    // صفحة «أطباء بلا حدود»: the quoted name is the owner
    if (isQuoteMark(next.norm)) {
      const close = this.closeQuote(head.first + 1);
      return close > 0 ? titleChainOf(head.first + 2, close - 1, 'organization', true) : null;
    }
    const w = next.norm;
    const attached = /^(لل|ل(?!ل))/.test(w) && w.length > 3;
    const bare = attached ? unprefixed(w) : w;
    const type = headType(bare);
    // بيانات وزارة الصحة (construct) or بيان لمكتب المحافظ، صفحة للبحرية (a body after ل); تصريحات الوزير: a person's
    // words (not بيان صحافي: an adjective)
    const person = type === 'person' && UTTERANCES.has(tokens[head.first]!.norm) && !isAdjective(bare);
    if (type !== 'organization' && type !== 'media' && !person && !(attached && bare.startsWith('ال'))) return null;
    return titleChainOf(head.first + 1, head.last, type ?? 'organization', true, false, false, attached ? (w.startsWith('لل') ? 2 : 1) : 0);
  }

  /**
   * A title chain from token i: a head, its genitives and adjectives, and
   * links (في وزارة، باسم الجيش، الخاص بسوريا, للتحالف الدولي). An unlisted
   * title is recognised by its shape: a definite noun with a definite
   * adjective (المهاجم الدولي الهولندي …), or an indefinite noun in
   * construct (والد الشهيد، كبير أمناء مجلس الوزراء); `listed` tells them apart.
   */
  private titleChain(i: number): Chain | null {
    const tokens = this.tokens;
    if (this.blocked(i)) return null;
    const listed = headType(tokens[i]!.norm) ?? (groupNisba(tokens[i]!.norm) ? 'anonymous' : null);
    const cls = this.classOf(i);
    // أعلنت الرياض، حذرت واشنطن موسكو: a place is its own name, no genitive follows it
    if (PLACES.has(tokens[i]!.norm)) {
      // نيويورك تايمز، واشنطن بوست: a city's name and one of these words name a newspaper
      if (NEWSPAPER_ENDS.has(this.normAt(i + 1))) return titleChainOf(i, i + 1, 'media', true, true);
      return titleChainOf(i, this.placeAdjectives(i), 'organization', true, true);
    }
    // ووصف سموه المبادرة بأنها …: an honorific with its pronoun (سموه، معاليه) stands for a person named before, and takes nothing after it
    if (HONORIFIC_WORDS.has(tokens[i]!.norm)) return titleChainOf(i, i, 'person', true);
    // ووصف أحدهم المشروع بـ…: a head with a pronoun (أحدهم، بعضهم) is whole; what follows is the verb's
    if (listed === 'anonymous' && pronounSuffix(tokens[i]!) !== null) return titleChainOf(i, i, listed, true);
    const shaped = !listed && tokens[i]!.definite && this.token(i + 1)?.definite && !this.blocked(i + 1);
    const construct = !listed && !tokens[i]!.definite && cls === 'common' && this.token(i + 1)?.word && !this.blocked(i + 1);
    if (!listed && !shaped && !construct) return null;
    // مجموعة من الباحثين، فريق من الخبراء: a body's head before من and people is a group of them, unnamed
    const people = this.normAt(i + 1) === 'من' && !!this.token(i + 2)?.definite && /(ين|ون)$/.test(tokens[i + 2]!.norm);
    const type: SpeakerType = listed === 'organization' && people ? 'anonymous' : listed ?? 'person';
    const body = type === 'organization' || type === 'media' || type === 'document';
    let last = i;
    // دكتور بول لاتشانس: some titles go before a name without the article
    let indefinite = !tokens[i]!.definite && !this.beforeName(i);
    let genitives = 0;
    let quoted = false;
    /** An indefinite adjective closes the construct: no genitive after it (شهود عيان المشاهد …: the object). */
    let described = false;
    let named = false;
    /** The noun phrase read last is definite (وزير الخارجية، الوزير): only adjectives follow it, no other noun (الوزير الحكومة …). */
    let definiteNP = tokens[i]!.definite;
    /** The head of the noun phrase read last: its gender decides its adjectives, its title its preposition. */
    let head = i;
    // A definite feminine singular head (الوزارة، الحكومة) takes only adjectives that agree:
    // a sound masculine plural after it is the object of the verb (ونصحت الوزارة المصابين …).
    let feminineHead = !!listed && tokens[i]!.definite && tokens[i]!.norm.endsWith('ه');
    const newPhrase = (k: number): void => {
      // (a place's name is definite by itself: في بريطانيا المستثمرين …, the noun after it is the verb's object;
      // لدى روسيا علي قوطالي, the name after it is the person's)
      const place = PLACE_NAME_SET.has(tokens[k]!.norm);
      last = k; head = k; indefinite = !tokens[k]!.definite && !prepositional(tokens[k]!.norm) && !this.beforeName(k) && !place; feminineHead = false; described = false; genitives = 0;
      definiteNP = tokens[k]!.definite || articlePrefixed(tokens[k]!.norm) || place;
    };
    // The head without its و/ف, its prepositions and whether it names a journalist: read again only when the head
    // changes, not at every word (each time a fresh string, copied and hashed).
    let formOf = -1, headPreps: ReadonlySet<string> | undefined, affiliated = false;
    for (let j = i + 1; j < tokens.length && j - i < MAX_PHRASE; j++) {
      const t = tokens[j]!;
      const w = t.norm;
      if (formOf !== head) {
        formOf = head;
        const form = stripConjunction(tokens[head]!.norm, 3) ?? tokens[head]!.norm;
        headPreps = TITLE_PREPS.get(form);
        affiliated = AFFILIATIONS.has(form);
      }
      if (!t.word) {
        // صحيفة "الغارديان"، لمحاربة “داعش”: the quoted name of a body, the object of a preposition;
        // after a definite word (وزارة الدفاع الأمريكية “البنتاغون”) another name for the whole: an alias
        const prev = tokens[j - 1]!;
        const alias = prev.definite && !prepositional(prev.norm);
        // (not after an indefinite adjective, which closes the construct: إعلاميون تونسيون «إعلان حرب» quotes the verb's object)
        // (a ي may be a dual's in construct, مؤسستي "…", so only an adjective's plural or feminine ending counts)
        if (isQuoteMark(w) && this.closeQuote(j) > 0 && !alias && !(type !== 'media' && isAdjective(prev.norm) && !prev.norm.endsWith('ي'))) { j = this.closeQuote(j); last = j; quoted = true; continue; }
        // د. الزهراني: the dot of an abbreviated title, after which comes the name
        if (w === '.' && j === i + 1 && tokens[i]!.norm.length === 1) { last = j; indefinite = false; break; }
        break;
      }
      // شركة «أستون مارتن» النقاب: after a quoted name, the verb's object
      if (quoted && MASDARS.has(w)) break;
      // مسؤول في وزارة …، مصدر مقرب من وزارة …، عدد من المقبوض عليهم، المبعوث إلى جنوب السودان، المشرف العام على …
      const links = LINKS.has(w) || (w === 'من' && type === 'anonymous' && (this.complement !== 'من' || NEAR.has(tokens[j - 1]!.norm) || PARTITIVE.has(tokens[j - 1]!.norm))) || (w !== 'علي' || t.maqsura) && (!!headPreps?.has(w) || (j - 1 !== head && !!TITLE_PREPS.get(tokens[j - 1]!.norm)?.has(w)));
      // المحلل لدى "ألتا كورب كابيتال": a quoted body after the link word, a name and definite by itself
      const quoteAt = LINKS.has(w) && isQuoteMark(this.normAt(j + 1)) ? this.closeQuote(j + 1) : -1;
      if (quoteAt > 0) { newPhrase(quoteAt); indefinite = false; definiteNP = true; quoted = true; j = quoteAt; continue; }
      // متحدث باسم الرئيس دونالد ترامب، متحدثة باسم مكتب رئيسة الوزراء تيريزا ماي: an indefinite spokesperson is one
      // not named, so the name after the one spoken for is that one's, part of the title; the definite one is
      // named after it (المتحدث باسم الدفاع المدني العقيد سعيد سرحان)
      if (w === ON_BEHALF && !tokens[i]!.definite && this.linksTo(j + 1)) {
        const spokenFor = this.spokenFor(j + 1);
        if (spokenFor >= 0) { last = spokenFor; named = true; break; }
      }
      if (links && this.linksTo(j + 1)) { j++; newPhrase(j); continue; }
      // أستاذ العلاقات الدولية في الجامعة الأردنية د. محمد …: the abbreviated title ends the title, the name follows
      if (w === 'د' && this.normAt(j + 1) === '.') { last = j + 1; indefinite = false; break; }
      // وكالة أنباء الأناضول، وكالة الأنباء الفرنسية: "news" here names the agency, it does not stop it
      if (type === 'media' && j === i + 1 && NEWS.has(w)) { last = j; indefinite = !t.definite; continue; }
      // ضابط في الشرطة برتبة عقيد: the rank belongs to the title
      if (w === RANK && this.token(j + 1)?.word && !this.blocked(j + 1)) { last = j + 1; j++; continue; }
      // تقرير آخر صادر عن البنك: the issuer's participle goes on after the document's adjective
      if (type === 'document' && TITLE_PREPS.get(w)?.has(this.normAt(j + 1)) && this.linksTo(j + 2)) { last = j; continue; }
      // اللواء طيار، العميد ركن، اللواء أركان حرب: a rank's qualifier belongs to the title, and the name follows
      if (QUALIFIERS.has(w) && (RANK_WORDS.has(withoutArticle(tokens[j - 1]!.norm)) || QUALIFIERS.has(tokens[j - 1]!.norm))) { last = j; indefinite = false; continue; }
      // مقربين منه، مصادر قريبة منها: "close to him" belongs to the anonymous source
      if (type === 'anonymous' && CLOSE_TO_THEM.has(w)) { last = j; break; }
      if ((w === 'بشان' || w === 'لشوون') && tokens[j - 1]!.norm.startsWith('الخاص') && !this.blocked(j + 1)) { last = j + 1; j++; continue; }
      // نائب الرئيس التنفيذي والمشرف العام …، وكيل الوزارة والمتحدث باسمها: roles of one person, joined by و
      // (a title that goes before names joins only when a name follows it: الإعلامي والناشط حسين رشيد)
      // (or after the title's adjective: المحامي والمستشار القانوني بدر إسحاق)
      if (type === 'person' && w.startsWith('و') && headType(w.slice(1)) === 'person' && (!NAME_TITLE_WORDS.has(w.slice(1)) || this.nameFollows(j + 1)
        || (!!this.token(j + 1)?.definite && definiteAdjective(tokens[j + 1]!.norm) && this.nameFollows(j + 2)))) { newPhrase(j); head = j; continue; }
      // مراسل لصحيفة …، مصور لوكالة «رويترز»: a journalist's medium is whom they work for, not whom they speak to
      if (this.blocked(j, indefinite && !described && genitives < 3) || (toMedium(w) && !affiliated)) break;
      // بتسليمها، لقراره: a word with a preposition and a pronoun is the verb's complement, never part of a title
      if (prepositional(w) && pronounSuffix(t) && !/^(باسم|لدي)/.test(w)) break;
      // مكتب حاكم كاليفورنيا جيري براون، حملة المرشح …: a body of a person takes the person, title and name
      // (and so does إدارة الرئيس الأمريكي دونالد ترامب, its title definite)
      // (not a royal title inside a body's name: جامعة الملك فيصل بالأحساء، مركز الملك سلمان للإغاثة)
      // (only after a body in construct: الرئاسة السفير … is a body and then another title)
      if (body && genitives === 0 && !tokens[head]!.definite && headType(w) === 'person' && (!t.definite || !ROYAL.has(w))) {
        const person = this.unit(j);
        if (person && person.some((p) => p.isName)) { last = person[person.length - 1]!.last; named = true; break; }
      }
      // تقديرات غير رسمية: غير and the adjective it negates describe the noun together
      if (indefinite && NEGATING.has(w) && this.token(j + 1)?.word && !this.blocked(j + 1) && isAdjective(tokens[j + 1]!.norm)) { last = j + 1; j++; described = true; continue; }
      // A construct (قيادة عمليات بغداد، قوات بيشمركة زيرفاني): an indefinite head takes indefinite genitives,
      // even those that begin with the letters of a preposition; a name after a quoted one is not one (منظمة "…" إسرائيل).
      // (a sound plural in full, مسؤولون، خبيرين, is no construct: what follows it is the verb's object)
      if (indefinite && !quoted && !described && !soundPlural(tokens[head]!.norm) && genitives < 3 && !t.definite && !articlePrefixed(w) && this.classOf(j) !== 'verb'
        // يتوقع أحد فوزا: an accusative is the object, never a genitive (four letters at least: وكالة سبأ)
        && !accusativeAlef(w, 4)
        && (!isAdjective(w) || (t.maqsura && !ADJECTIVES.has(w)) || this.disagrees(j, head) || this.foreignName(j, body)) && !(genitives > 0 && this.classOf(j) === 'name' && !this.placeNamed(j))) {
        last = j; genitives++; definiteNP = false;
        if (this.classOf(j) === 'name') named = true;
        // قيادة عمليات بغداد، حاكم كاليفورنيا: a place or a name closes the construct (it is definite by itself)
        // (a word the corpora never saw is such a name, unless its ة makes it a noun: قائد عملية استعادة قاعدة …)
        // (nor a plural in construct, which takes its genitive next: بعض مسؤولي الحكومة)
        if (named || PLACES.has(w) || (this.classOf(j) === 'rare' && !t.taaMarbuta && !pluralConstruct(w))) {
          definiteNP = true; described = true; indefinite = false;
          // وكالة فرانس برس، صحيفة نيويورك تايمز: a body's name goes on in words of its own
          // (not after a place: جامعة بيشة توفر … is the body and its verb)
          // (so too a medium named inside a person's title, مراسل وكالة فرانس برس; after another body inside one,
          // رئيس بلدية تشاتانوغا أندي بيرك, the words after its name are the person's)
          const owner = headType(tokens[j - 1]!.norm);
          if ((body || owner === 'media') && !PLACES.has(w)) while (last + 1 - i < MAX_PHRASE && this.properWord(last + 1)) last++;
          // مركز محمد بن راشد: a name inside a body's name does not end on بن
          if (body || owner === 'media' || owner === 'organization') last = this.lineage(this.particleAfter(last) ? last + 1 : last);
          // إمارة منطقة مكة المكرمة: a place keeps its own adjectives
          if (PLACES.has(w)) last = this.placeAdjectives(j);
          j = last;
        }
        continue;
      }
      if (prepositional(w) && !headType(w)) {
        if (!this.joinsChain(j, type)) break;
        // توعدت الجبهة بالرد: after a verb whose complement comes with ب, a ب-word other than a body ends the subject
        if (this.complement === 'ب' && w.startsWith('ب') && !isBody(w)) break;
        newPhrase(j);
        // لشرطة جدة، لسوق عكاظ، بمنطقة نجران: a body, an event or a place after the preposition takes its own name.
        const next = this.token(j + 1);
        // (not after a word with the article, والفلك، بالمنطقة: it is definite, and a name after it begins the person's)
        const proper = !articlePrefixed(w) && next?.word && !next.definite && !this.blocked(j + 1) && (!headType(next.norm) || PLACES.has(next.norm));
        // (not after a place itself, بجدة عبدالله …: the name there is the person's)
        if (proper && !PLACES.has(unprefixed(w)) && (isBody(w) || PLACE_NOUNS.has(unprefixed(w)) || PLACES.has(next.norm) || this.classOf(j + 1) === 'name' || this.classOf(j + 1) === 'rare')) {
          last = j + 1; j++; definiteNP = true;
          // بشرطة منطقة مكة المكرمة: a place noun takes the place's name, and its adjective
          if (PLACE_NOUNS.has(next.norm)) { last = this.placeEnd(j); j = last; }
          else if (PLACE_NOUNS.has(unprefixed(w))) { last = this.placeEnd(j - 1); j = last; }
        }
        continue;
      }
      if (feminineHead && t.definite && /(ين|ون)$/.test(w)) break;
      if (described && t.definite) break;
      // After a definite noun only its adjectives: a nisba or a listed one (الأمين العام), a participle that agrees
      // (القوات المسلحة); a person's title may stand in apposition (صاحب السمو الملكي الأمير …); a body may not
      // (الوزير الحكومة …), and another word is the name after the title or the verb's object.
      if (t.definite && definiteNP && !definiteAdjective(w) && headType(w) !== 'person' && !this.participleAgreeing(j, last) && !this.peopleOfPlural(j, head)) break;
      // (an unnamed source takes no title in apposition: اتهم مسؤول سابق في الفاتيكان البابا فرانسيس …, the verb's object;
      // a spokesperson does: متحدث باسم الرئاسة السفير سامي راضي)
      if (t.definite && definiteNP && type === 'anonymous' && headType(w) === 'person' && this.nameFollows(j + 1) && this.normAt(i + 1) !== ON_BEHALF) break;
      // أمين منطقة تبوك رئيس اللجنة المحلية …: a second title in apposition begins a phrase of its own
      // (not one with a possessive pronoun: وطالب النجم السابق محاميه … names another person, the verb's object)
      if (!t.definite && headType(w) === 'person' && type === 'person' && pronounSuffix(t) === null) { newPhrase(j); continue; }
      if (t.definite) { last = j; indefinite = false; definiteNP = true; continue; }
      // مسؤول عسكري أمريكي: adjectives agree; a phrase made definite by its genitive (حاكم كاليفورنيا) takes none indefinite
      // (a word written with ى is no nisba: جرى is a verb)
      if (indefinite && !definiteNP && (!t.maqsura || ADJECTIVES.has(w)) && isAdjective(w)) { last = j; described = true; continue; }
      // A name inside a body's name (جسر الملك فهد).
      if (body && ROYAL.has(tokens[j - 1]!.norm)) { last = j; continue; }
      break; // an indefinite word after a definite chain begins a name
    }
    // (not past an indefinite adjective, which closes the phrase: دول غربية نظام الرئيس … is the verb's object)
    if (type === 'person' && !named && !described) last = this.bridgeToName(last);
    return titleChainOf(i, last, type, !!listed, indefinite, named);
  }

  /** After باسم, a person's title and name, or a body of a person with them: the last token, or -1. */
  private spokenFor(j: number): number {
    if (headType(this.tokens[j]!.norm) === 'person') {
      const person = this.unit(j);
      return person?.some((p) => p.isName) ? person[person.length - 1]!.last : -1;
    }
    const body = this.titleChain(j);
    return body?.named ? body.last : -1;
  }

  /** Token j can begin the name after a title: a word with no article, no clitic and no title of its own. */
  private nameFollows(j: number): boolean {
    const t = this.token(j);
    return !!t?.word && !t.definite && !this.blocked(j) && !headType(t.norm) && nameStart(t.norm);
  }

  /** A title written without the article before a name: a degree (دكتور بول …) or a rank with a name after it (رقيب أحمد). */
  private beforeName(i: number): boolean {
    const w = this.tokens[i]!.norm;
    return BEFORE_NAMES.has(w) || (RANK_WORDS.has(w) && !!this.token(i + 1)?.word && !this.tokens[i + 1]!.definite && this.classOf(i + 1) === 'name');
  }

  /**
   * مدير طب الأسنان بصحة منطقة تبوك الدكتور محمد الجماز: a long role may
   * run through words the chain cannot parse into a title written before a
   * name (الدكتور، المهندس، اللواء). When such a title follows within seven
   * words, with no punctuation, stop word or cue between, the words up to it
   * belong to the role. Returns the role's new last token.
   */
  private bridgeToName(last: number): number {
    for (let k = last + 1; k < this.tokens.length && k <= last + 8; k++) {
      const t = this.tokens[k]!;
      if (NAME_TITLE_WORDS.has(t.norm) && k > last + 1) return this.nameRun(k + 1) ? k : last;
      // punctuation, a stop word, a cue or a number
      if (this.boundary(k) || isDigit(t.norm.charCodeAt(0))) return last;
    }
    return last;
  }

  /** A word of a proper name: one the corpora give as a name or never saw, with no article, no clitic, no stop. */
  private properWord(j: number): boolean {
    const t = this.token(j);
    // (بـ"…": one letter is a preposition written apart, never a word of a name)
    if (!t?.word || t.norm.length < 2 || t.definite || this.blocked(j) || headType(t.norm) || prepositional(t.norm)) return false;
    const cls = this.classOf(j);
    return cls === 'name' || cls === 'rare';
  }

  /**
   * شبكة سكاي نيوز: a body's name of foreign words may end in ي like a nisba;
   * a word the corpora do not know as common, followed by another proper
   * word, is the first word of that name, not an adjective.
   */
  private foreignName(j: number, body: boolean): boolean {
    return body && this.classOf(j) !== 'common' && this.properWord(j + 1);
  }

  /** حاكم ولاية قندوز، أمير منطقة جازان: a name after a place noun (ولاية، منطقة) is the place's, not a person's. */
  private placeNamed(j: number): boolean {
    const w = this.tokens[j - 1]!.norm;
    return PLACE_NOUNS.has(w) || PLACE_NOUNS.has(unprefixed(w));
  }

  /** A word in ـية after a masculine singular head is its genitive, not its adjective (قائد عملية، مدير إدارة). */
  private disagrees(j: number, head: number): boolean {
    const h = this.tokens[head]!;
    return this.tokens[j]!.taaMarbuta && !h.taaMarbuta && !/(ات|ون|ين)$/.test(h.norm) && !PLURAL_HEADS.has(h.norm);
  }

  /** المسؤولون الروس، القادة الأكراد: a people's broken plural after a plural head is its adjective. */
  private peopleOfPlural(j: number, head: number): boolean {
    const h = this.tokens[head]!.norm;
    return PEOPLES.has(this.tokens[j]!.norm) && (/(ون|ين|ات)$/.test(h) || PLURAL_HEADS.has(withoutArticle(h)));
  }

  /** A definite participle (الم…) that agrees in gender with the noun before it: القوات المسلحة، الشركة المصنعة. */
  private participleAgreeing(j: number, noun: number): boolean {
    const t = this.tokens[j]!, n = this.tokens[noun]!;
    if (!t.norm.startsWith('الم') || t.norm.length < 6 || headType(t.norm) || this.classOf(j) === 'name') return false;
    // (a broken plural of things takes a feminine adjective: البلدان المصدرة، المصادر المطلعة)
    const feminine = (x: Token) => x.taaMarbuta || x.norm.endsWith('ات') || PLURAL_HEADS.has(withoutArticle(x.norm));
    // (nor in number: one person's title takes no plural, دعا الشيف المدعوين: the verb's object)
    const plural = (x: Token) => /(ين|ون)$/.test(x.norm);
    if (plural(t) && !plural(n) && headType(n.norm) === 'person') return false;
    return feminine(t) === feminine(n);
  }

  /** A place name's definite adjectives (الولايات المتحدة الأمريكية، كوريا الشمالية). */
  private placeAdjectives(i: number): number {
    let last = i;
    let name = this.tokens[i]!.norm;
    for (;;) {
      const next = this.token(last + 1);
      if (!next?.word || this.blocked(last + 1)) break;
      // سلطنة عمان، الولايات المتحدة الأمريكية
      if (!PLACE_PREFIXES.has(`${name} ${next.norm}`) && !(next.definite && isAdjective(next.norm))) break;
      name = `${name} ${next.norm}`;
      last++;
    }
    return last;
  }

  /** After a place noun at `j` (منطقة), its name (مكة) and one definite adjective (المكرمة): the last token of the place. */
  private placeEnd(j: number): number {
    const name = this.token(j + 1);
    // (a listed place is a head of its own, speaking for its government, and still the place noun's name: بولاية نيويورك)
    // (a listed place may have its article: بأمانة منطقة الرياض)
    if (!name?.word || (name.definite && !PLACES.has(name.norm)) || this.blocked(j + 1) || (headType(name.norm) && !PLACES.has(name.norm))) return j;
    const adjective = this.token(j + 2);
    return adjective?.word && adjective.definite && !this.blocked(j + 2) && !headType(adjective.norm) ? j + 2 : j + 1;
  }

  /**
   * A word with an attached preposition continues a title (للتحالف الدولي،
   * لمحاربة “داعش”، الخاص بسوريا) when what follows still belongs to it; before
   * an indefinite word it is a name that begins with those letters (لوران فابيوس).
   */
  private joinsChain(j: number, type: SpeakerType | null): boolean {
    const tokens = this.tokens;
    const w = tokens[j]!.norm;
    if (/^(لل|بال)/.test(w) && articlePrefixed(w)) return true;
    // لوران فابيوس: a name that begins with those letters is the title's name, not part of it
    if (this.classOf(j) === 'name') return false;
    // بمنطقة نجران، في محافظة جدة: where the title holds
    if (PLACE_NOUNS.has(unprefixed(w))) return !!this.token(j + 1)?.word && !this.blocked(j + 1);
    // وزارة الخارجية والمغتربين joins; العقيد في الشرطة والمصدر … coordinates a second speaker.
    if (w.startsWith('وال')) return !headType(w.slice(1));
    if (!beginsWith(w, 'لب')) return false;
    if (headType(unprefixed(w)) || headType('ال' + unprefixed(w))) return true; // المتحدث الرسمي لشرطة جدة
    const next = this.token(j + 1);
    // اللجنة التنفيذية لسوق عكاظ، اللجنة المنظمة لمهرجان جدة: a body's genitive with ل, named after it
    if (type === 'organization' && w.startsWith('ل') && !toMedium(w) && next?.word && !next.definite && !this.blocked(j + 1)
      && (this.classOf(j + 1) === 'name' || this.classOf(j + 1) === 'rare' || PLACES.has(next.norm))) return true;
    return !next || !next.word || next.definite || isStop(next.norm) || this.isCue(j + 1);
  }

  /** في، باسم، لدى join a title to a body (مسؤول في وزارة …), not to an occasion (في بيان، في تصريح). */
  private linksTo(j: number): boolean {
    const tokens = this.tokens;
    if (this.blocked(j)) return false;
    // في بيان، في مقابلة: the occasion of the statement; في التحقيق، في صحيفة: what the source belongs to
    if (OCCASIONS.has(tokens[j]!.norm)) return false;
    const type = headType(tokens[j]!.norm);
    return type === 'organization' || type === 'media' || type === 'document' || tokens[j]!.definite || tokens[j - 1]!.norm !== 'في';
  }

  /**
   * A name from token i: up to four words, particles joining them. A run
   * is a name when a word of it is a name word (the article or the corpora
   * say so), or when it holds a word the corpora never saw, or comes before
   * a title (خليل الصالح العضو في …), and ends where the phrase ends. A
   * common word alone, a verb, a word with a pronoun never begin one.
   */
  private nameRun(i: number): Chain | null {
    const tokens = this.tokens;
    // #محمد_بن_سلمان: a name written as a hashtag begins after its mark
    if (this.normAt(i) === '#' && this.token(i + 1)?.word && tokens[i]!.end === tokens[i + 1]!.start) i++;
    // فان بيرسي، أبو مازن; not فإن الحرائق (فإن written without its hamza): a particle goes before a name word
    // (nor فإن إسرائيل: a particle before a place is فإن too)
    const leadingParticle = PARTICLES.has(this.normAt(i)) && !this.blocked(i + 1) && !tokens[i + 1]!.definite && !PLACES.has(tokens[i + 1]!.norm);
    if (!leadingParticle && (this.blocked(i) || headType(tokens[i]!.norm) || !nameStart(tokens[i]!.norm))) return null;
    const first = this.classOf(i);
    if (first === 'verb' || pronounSuffix(tokens[i]!) || this.baComplement(i) || this.circumstance(i)) return null;
    // مشاهدات، لمشاهدات: a feminine plural the corpora know as a common word names no one (عرفات، بركات are names,
    // يوروستات unknown)
    if (commonPlural(tokens[i]!.norm)) return null;
    // A name given by its definite surname alone (الخفاجي، المساري) is one word; a definite common word is no name.
    // (a word the corpora never saw in ون/ين is a plural, no one's name: العلماء السالفون)
    // (unless بن follows: الوليد بن طلال، الحسين بن علي begin with the article and go on through their lineage)
    const lineage = SON_OF.has(this.normAt(i + 1)) && !!this.token(i + 2)?.word && !this.blocked(i + 2);
    if (tokens[i]!.definite && !lineage) return first === 'name' || (first === 'rare' && this.ends(i + 1) && !/(ون|ين)$/.test(tokens[i]!.norm)) ? nameChain(i, i) : null;
    let last = i;
    let named = first === 'name' || leadingParticle, rare = first === 'rare';
    // up to four words of a name, besides the particles that join them (محمد بن عبد الهادي العمري)
    let particles = 0;
    for (let j = i + 1; j < tokens.length && j - i - particles < MAX_NAME; j++) {
      if (PARTICLES.has(tokens[j - 1]!.norm) || COMPOUND_ENDS.has(tokens[j - 1]!.norm)) particles++;
      // جان-باسكال، كوين-تشيك، #محمد_بن_سلمان: a hyphen or a hashtag's _ with no space on either side joins two words of one name
      if (this.hyphenJoins(j)) { particles++; last = ++j; continue; }
      const w = tokens[j]!.norm;
      // A particle inside a name (فان بيرسي، بن سلمان) even where it spells a stop word (فإن → فان).
      // (فان of a Dutch name comes early, روبن فان بيرسي; after three words it is فإن without its hamza: … عبد الله فإن …)
      if (PARTICLES.has(w) && (!this.blocked(j + 1) || this.monthAfterParticle(j + 1)) && (w !== 'فان' || j - i <= 1)) { last = j; named = true; continue; }
      if (this.monthAfterParticle(j)) { last = j; continue; }
      if (this.blocked(j) || headType(w) || w.length < 2) break;
      if (PARTICLES.has(tokens[j - 1]!.norm)) { last = j; continue; }
      if (this.baComplement(j)) break;
      // عز الدين، نور الدين: the second half of a compound first name
      if (COMPOUND_ENDS.has(w)) { last = j; continue; }
      // A third word with an attached preposition is no longer the name (دونالد ترامب بفرض …);
      // a second may be (تيد بيكون، كريس فيليرز), and so may a third the corpora know as a name when the
      // phrase ends with it (شي جين بينغ إن …; not ترامب بفرض عقوبات).
      if (j - i >= 2 && prepositional(w) && !PARTICLES.has(w) && !(this.classOf(j) === 'name' && this.ends(j + 1))) break;
      // للقاضي، بالقرار: the article behind a clitic is never inside a name (برافمان للقاضي: the one spoken to);
      // كال is left to the surname rule below (إبراهيم كالين); nor a preposition, a noun and its pronoun (كارتر بتصريحه)
      if ((articlePrefixed(w) && !w.startsWith('ك')) || (beginsWith(w, 'بل') && pronounSuffix(tokens[j]!.with({ norm: w.slice(1) })) !== null)) break;
      const cls = this.classOf(j);
      if (toMedium(w) || (cls !== 'name' && pronounSuffix(tokens[j]!)) || (cliticOnCommon(w) && !this.surnameLikeClitic(j, named || rare))) break;
      if (cls === 'verb') break;
      // A family name with the article ends the name where the phrase ends (الخفاجي، الصالح العضو …،
      // المبارك الصباح في …); else it is an object (الترحيب).
      if (tokens[j]!.definite) {
        // (a people's plural is no family: دعا أردوغان الأتراك, the ones called on)
        if (PEOPLES.has(w)) break;
        const family = cls === 'name' || (cls === 'rare' && w.endsWith('ي'));
        // a sound plural is no family's name (ترامب المحتجين …: the verb's object); eight letters at least,
        // as ال, a participle's stem and ين are (الحسين، السعدون are names)
        if (!family && w.length >= 8 && /(ين|ون|ات)$/.test(w)) break;
        const run = this.definiteRun(j);
        // (a common word so only after a known first name, or before a title or punctuation: هالة السعيد وزيرة …;
        // رفضت الكشف عن is a verb and its object)
        // (after a surname alone, a common word only where the phrase surely ends: ووصف ترامب الهجوم على … is the object)
        // (not a name given after its title, الممثل جهاد الأطرش, nor a particle's, أبا الخيل)
        // (isSurname asked last: the first time for a word it reads the whole article)
        const objectAfterSurname = cls === 'common' && j - 1 === i && !this.closes(j + 1)
          && !this.titleAt(i - 1) && !PARTICLES.has(tokens[i]!.norm) && this.names.isSurname(i);
        // (nor one followed by a preposition with a pronoun: أبدى … محمد بن سلمان الشكر لهما, the object and to whom)
        const after = this.normAt(j + 1);
        const toPronoun = cls === 'common' && pronounOnParticle(after) && !pronounOnThat(after);
        const closed = (named && !objectAfterSurname && !toPronoun) || this.titleAt(j + 1) || !this.token(j + 1)?.word || this.isCue(j + 1);
        // (a masdar after it is the verb's object: … إبراهيم بن حمد الدعيلج عدم قبول …)
        const endsHere = this.ends(j + 1) || MASDARS.has(this.normAt(j + 1));
        if (family || (endsHere && (cls !== 'common' || closed))) { last = j; named ||= cls === 'name'; rare ||= cls === 'rare'; }
        // (a common noun and its adjective are a title in apposition, غولن الحليف السابق لأردوغان, not a family name)
        else if (run > j && this.ends(run + 1) && !(cls === 'common' && definiteAdjective(tokens[run]!.norm))) last = run;
        break;
      }
      // A common word goes on a name only after a first name (نجيب رزاق، أكبر حسين): else it is the verb's object;
      // and never before a demonstrative, which only a noun takes (بن سعيدان مهرجان هذا العام).
      // Nor after a surname before more words of the sentence (أكد تيلرسون وقوف بلاده: the verb's masdar object).
      if (cls === 'common' && ((this.classOf(j - 1) !== 'name' && this.classOf(j - 1) !== 'rare') || DEMONSTRATIVE.has(this.normAt(j + 1))
        // (isSurname asked last: the first time for a word it reads the whole article)
        || (!this.nameGoesOn(j + 1) && this.names.isSurname(j - 1)))) break;
      last = j;
      named ||= cls === 'name';
      rare ||= cls === 'rare';
    }
    last = this.lineage(last);
    if (this.prayer(i, last)) return null;
    const ends = this.ends(last + 1);
    const more = first !== 'common' || last > i;
    // one common feminine word and an indefinite feminine word alone after it are a noun and its adjective
    // (قصة مصورة:), not a name and a title (دخيل الطيار مدير …، حسين سيد، كبير …)
    const after = this.token(last + 1);
    const adjective = !more && tokens[i]!.taaMarbuta && !!after?.taaMarbuta && !after.definite && this.ends(last + 2);
    if (!(named && more) && !((rare || (!adjective && this.titleAt(last + 1))) && ends)) return null;
    return nameChain(i, last);
  }

  /** سلمان آل رمضان، محمد بن رجب: after a name particle a month's name is a family's, no date. */
  private monthAfterParticle(j: number): boolean {
    const t = this.token(j);
    return !!t?.word && PARTICLES.has(this.normAt(j - 1)) && isMonth(t.norm) && !SPEAKER_BOUNDARY_WORDS.has(t.norm);
  }

  /** Token j is a hyphen or _ written tight between two words (جان-باسكال، محمد_بن), the second no phrase boundary. */
  private hyphenJoins(j: number): boolean {
    const before = this.tokens[j - 1]!, t = this.tokens[j]!, after = this.token(j + 1);
    return (t.norm === '-' || t.norm === '‐' || t.norm === '_') && !!after?.word && before.end === t.start && t.end === after.start && !this.blocked(j + 1);
  }

  /**
   * توعد ترامب بشن ضربات، هددت بفرض رسوم: after a verb whose complement
   * comes with ب, a ب on a masdar or a common word (not a name the corpora
   * know, such as بيكر) is that complement, never a word of the name.
   */
  private baComplement(j: number): boolean {
    const w = this.tokens[j]!.norm;
    return this.complement === 'ب' && w.startsWith('ب') && corpusClass(w) !== 'name' && (MASDARS.has(w.slice(1)) || corpusClass(w.slice(1)) === 'common');
  }

  /** قال … رافضا كشف اسمه: an accusative participle before a word that is no name's (كارلا بروني is a name). */
  private circumstance(i: number): boolean {
    return accusativeParticiple(this.tokens[i]!.norm) && !this.nameWordAt(i + 1);
  }

  /** Token j is a word a name may go on with: one known as a name, or never seen and no stop. */
  private nameWordAt(j: number): boolean {
    const cls = this.token(j)?.word ? this.classOf(j) : null;
    return cls === 'name' || (cls === 'rare' && !this.blocked(j));
  }

  /**
   * طيب الله ثراه، نور الله ضريحه: a verb, الله and a noun with the
   * departed's pronoun are a prayer set in the sentence, not a name ending in
   * الله (عبد الله، فضل الله are followed by no such noun).
   */
  private prayer(i: number, last: number): boolean {
    const next = this.token(last + 1);
    return last > i && this.tokens[last]!.norm === GOD && !!next?.word && !THAT.has(next.norm) && !isParticle(next.norm)
      && this.classOf(last + 1) !== 'name' && (pronounSuffix(next) !== null || (!next.taaMarbuta && next.norm.length >= 4 && next.norm.endsWith('ه')));
  }

  /**
   * جون كلون، فينيكس كالين: after a first name, a word whose ك reads as
   * "as" is more likely a surname, when nothing marks it a noun or adverb
   * (كفرصة، كثيرا، كبار) and the name ends with it. So is a Gulf family
   * name in بو (عبدالمحسن بوحمد، أحمد البوخضر): ب never goes before the
   * conjunction و, so بو+word is no preposition on "and …".
   */
  private surnameLikeClitic(j: number, afterFirstName: boolean): boolean {
    const t = this.tokens[j]!;
    return afterFirstName && /^(ك|بو)/.test(t.norm) && !t.taaMarbuta && !ADJECTIVES.has(t.norm) && !accusativeAlef(t.norm) && this.ends(j + 1);
  }

  /**
   * محللو الإرهاب، لاعبو المنتخب، مطورو الدراجة: a sound masculine plural
   * in construct has lost its ن (محللون → محللو) and takes a definite
   * genitive: a group of people, whatever its noun. Read from the letters
   * and the corpora (the word with ن is a common word), never a name.
   */
  private constructPlural(i: number): Chain | null {
    const t = this.token(i);
    // (asked at every phrase start: the letters first, as most words end otherwise)
    if (!t?.word || t.norm.length < 5 || !t.norm.endsWith('و')) return null;
    const next = this.token(i + 1);
    // (the genitive is definite, or a body that a name makes definite: مراسلو وكالة فرانس برس)
    const nextType = next?.word ? headType(next.norm) : null;
    const body = nextType === 'media' || nextType === 'organization';
    if (!next?.word || !(next.definite || body) || this.blocked(i + 1)) return null;
    const w = stripConjunction(t.norm, 4) && corpusClass(t.norm) === 'rare' ? t.norm.slice(1) : t.norm;
    if (!w.endsWith('و') || !pluralConstruct(w) || corpusClass(w) === 'name') return null;
    if (body && !next.definite) {
      const chain = this.titleChain(i + 1);
      return chain ? titleChainOf(i, chain.last, 'anonymous', true) : null;
    }
    let last = i + 1;
    // لاعبو المنتخب السعودي: the genitive's own adjectives
    while (last + 1 < this.tokens.length && this.tokens[last + 1]!.definite && !this.blocked(last + 1) && isAdjective(this.tokens[last + 1]!.norm, true)) last++;
    return titleChainOf(i, last, 'anonymous', true);
  }

  /** The last of up to two more definite words after j that are no title (المبارك الصباح، آل الشيخ …). */
  private definiteRun(j: number): number {
    let k = j;
    while (k < j + 2 && this.token(k + 1)?.definite && !headType(this.tokens[k + 1]!.norm) && !this.blocked(k + 1)) k++;
    return k;
  }

  /** Where a phrase may end: punctuation, a stop word, a cue, or a title in apposition. */
  private ends(j: number): boolean {
    const t = this.token(j);
    // (لـ"الوطن": a preposition written apart from its quoted object is one letter)
    return !t || !t.word || this.boundary(j) || prepositional(t.norm) || t.norm === 'ل' || this.titleAt(j);
  }

  /**
   * After a common word of a name, token j ends the phrase, or goes on with
   * a word a name may have: a name word, a particle, the family name with
   * its article (… جابر الأحمد الصباح، مدير). Anything else makes the common
   * word the verb's object (أكد تيلرسون وقوف بلاده، انتقد بولتون عمل المحكمة).
   */
  private nameGoesOn(j: number): boolean {
    const t = this.token(j);
    if (this.ends(j) || PARTICLES.has(t!.norm) || COMPOUND_ENDS.has(t!.norm)) return true;
    const cls = this.classOf(j);
    if (cls === 'name' || cls === 'rare') return !t!.definite || this.ends(j + 1);
    // (a family name that is also a common word closes the name: جابر الأحمد الصباح، مدير …)
    return t!.definite && this.closes(this.definiteRun(j) + 1);
  }

  /** A phrase surely ends before token j: punctuation, أن or إن, a boundary word, a cue or a title in apposition; not a stop word such as في or خلال. */
  private closes(j: number): boolean {
    const t = this.token(j);
    return !t || !t.word || isBoundary(t.norm) || THAT.has(t.norm) || this.isCue(j) || this.titleAt(j);
  }

  /** A listed title of a person at token j (العضو، رئيس، المتحدث): a name before it is in apposition. */
  private titleAt(j: number): boolean {
    const t = this.token(j);
    return !!t?.word && headType(t.norm) === 'person';
  }

  /** Token last+1 is a name particle (بن، آل) with a word after it to join. */
  private particleAfter(last: number): boolean {
    return PARTICLES.has(this.normAt(last + 1)) && !!this.token(last + 2)?.word && !this.blocked(last + 2);
  }

  /** A name never ends on بن، آل، عبد: فيصل بن سلمان بن عبدالعزيز goes on through its lineage. */
  private lineage(last: number): number {
    const tokens = this.tokens;
    while (PARTICLES.has(tokens[last]!.norm) && this.token(last + 1)?.word && !this.blocked(last + 1)) {
      last++;
      if (PARTICLES.has(this.normAt(last + 1)) && this.token(last + 2)?.word && !this.blocked(last + 2)) last++;
    }
    return last;
  }

  /** The index of the mark closing a short quoted name (“فورين بوليسي”) opened at i, or -1. */
  private closeQuote(i: number): number {
    const tokens = this.tokens;
    for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
      if (isQuoteMark(tokens[j]!.norm)) return j > i + 1 ? j : -1;
      if (!tokens[j]!.word) return -1;
    }
    return -1;
  }

  /**
   * What may stand before a fronted subject: the sentence start, punctuation or
   * a particle. After a preposition the noun is its object (على الأرض يشير),
   * unless it is a body or a document that a relative verb describes (على قرار
   * يطالب): that much the words before tell without the phrase, so
   * phraseBefore reads a phrase only where the answer is not 'never'.
   */
  private openingBefore(start: number, floor: number): Opening {
    const tokens = this.tokens;
    if (start === floor) return 'always';
    const before = tokens[start - 1]!;
    // وهو أمر يقول كاميرون إنه …: after هو/هي the noun is what "it is", and the verb describes it
    if (PRONOUNS.has(before.norm)) return 'never';
    if (!before.word || isParticle(before.norm)) return 'always';
    // إلا أن المصدر قال: a concessive أن opens a new clause, not reported speech.
    if (/^ان(ه|ها)?$/.test(before.norm) && CONCESSIVE.has(this.normAt(start - 2))) return 'always';
    return STOPS.has(before.norm) ? 'body' : 'never';
  }

  /** The phrase opens a fronted subject where openingBefore said `opening`. */
  private opensSubject(opening: Opening, phrase: SpeakerPhrase): boolean {
    // (not a place: في ليبيا يعتقدون, the place is where, the subject stands before it)
    return opening === 'always' ||
      (opening === 'body' && (phrase.type === 'document' || phrase.type === 'organization') && !phrase.name && !this.isPlace(phrase));
  }
}

/** What the words before a start say of a subject there: it may open one, only a body or document may, or none may. */
type Opening = 'always' | 'body' | 'never';

function assemble(parts: Chain[], aliases: [number, number][]): SpeakerPhrase {
  // (one loop over the parts, not find, filter, map and some: this runs for every phrase read)
  let name: Chain | null = null;
  // (the roles made as the first is met, not pushed onto an empty array, which reserved room for seventeen)
  let roles: [number, number][] | null = null;
  let firstType: SpeakerType | null | undefined, bodies = true, listed = false;
  // (a token index, not -Infinity: a double here made every phrase's last a boxed number)
  let last = parts[0]!.last;
  for (const p of parts) {
    if (p.last > last) last = p.last;
    if (p.isName) {
      name ??= p;
      continue;
    }
    if (roles) roles.push([p.first, p.last]);
    else roles = [[p.first, p.last]];
    if (firstType === undefined) firstType = p.type;
    bodies &&= p.type === 'organization' || p.type === 'media' || p.type === 'document';
    listed ||= p.listed;
  }
  for (const a of aliases) if (a[1] + 1 > last) last = a[1] + 1;
  // a name makes a person, unless every title is a body's (وكالة فرانس برس)
  const type: SpeakerType = (!name || (bodies && roles !== null) ? firstType : null) ?? 'person';
  return speakerPhrase(parts[0]!.first, last, name ? [name.first, name.last] : null, roles ?? [], aliases, type, !!name || listed, parts[0]!.owned);
}

/**
 * The phrases, made only here, every field set in one order: coreference
 * and the claims pass read their fields on every phrase, and a phrase of
 * another shape (a spread copy) deopts the code that met only one.
 */
function speakerPhrase(first: number, last: number, name: [number, number] | null, roles: [number, number][], aliases: [number, number][],
  type: SpeakerType, known: boolean, preposition: number): SpeakerPhrase {
  return { first, last, name, roles, aliases, type, known, preposition };
}
