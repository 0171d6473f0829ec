// Gender and number, as a verb shows them (قالت، أضافوا، مضيفة) and as a
// speaker phrase's head shows them (الوزارة، المسؤولون، المصادر). A cue
// with no subject refers back to a speaker it agrees with: a feminine verb
// never to a man, a plural verb never to one person.
import { HUMAN_PLURALS, QUANTIFIERS, THING_PLURALS } from '../lexicon/coreference.js';
import { normalize } from '../text/normalize.js';
import { MASCULINE_PLACES, PLACE_FIRST_WORDS } from './place-names.js';
import { headType, type SpeakerPhrase } from './speaker-phrase.js';
import type { Token } from './tokens.js';

export interface Agreement {
  readonly gender: 'm' | 'f' | null;
  /** true: more than one (plural or dual); false: one; null: not shown. */
  readonly plural: boolean | null;
}

export const UNKNOWN: Agreement = { gender: null, plural: null };
/** The answers, made once and shared (read only): asked for every cue and phrase, each was a new object. */
const MAN: Agreement = { gender: 'm', plural: false };
const WOMAN: Agreement = { gender: 'f', plural: false };
const MEN: Agreement = { gender: 'm', plural: true };
const WOMEN: Agreement = { gender: 'f', plural: true };
const SOME: Agreement = { gender: null, plural: true };
const ONE: Agreement = { gender: null, plural: false };
const FEMININE: Agreement = { gender: 'f', plural: null };

const set = (words: string[]) => new Set(words.map(normalize));
const PEOPLE = set(HUMAN_PLURALS);
const THINGS = set(THING_PLURALS);
const COUNTING = set(QUANTIFIERS);
const PRONOUN = /(هما|هم|ها|ه)$/;

/** True when nothing known of the two contradicts: unknown features agree with anything. */
export function agrees(a: Agreement, b: Agreement): boolean {
  if (a.gender && b.gender && a.gender !== b.gender) return false;
  return a.plural === null || b.plural === null || a.plural === b.plural;
}

/**
 * What a cue's form shows of its subject. `word`: the cue as normalized,
 * `lemma` its base verb (قال، اكد). Past: قال / قالت / قالوا / قالا;
 * present: يقول / تقول / يقولون; participle: مضيفا / مضيفه / مضيفين.
 */
export function cueAgreement(word: string, lemma: string, form: 'verb' | 'participle', present: boolean, conjoined: boolean): Agreement {
  const stem = conjoined ? word.slice(1) : word;
  if (form === 'participle') {
    if (/(ين|ون)$/.test(stem)) return MEN;
    return stem.endsWith('ه') ? WOMAN : MAN;
  }
  const bare = stem === lemma || !PRONOUN.test(stem) ? stem : stem.replace(PRONOUN, '');
  if (present) {
    if (/(ون|وا|و)$/.test(bare)) return MEN;
    if (bare.endsWith('ان')) return SOME;
    if (bare.startsWith('ي')) return MAN;
    return bare.startsWith('ت') ? WOMAN : UNKNOWN;
  }
  // a defective verb drops its last letter before the ending (نفى → نفت، نفوا)
  const base = /[اي]$/.test(lemma) ? lemma.slice(0, -1) : lemma;
  return pastAgreement(stem, lemma, base) ?? (stem === bare ? null : pastAgreement(bare, lemma, base)) ?? UNKNOWN;
}

/** A past form `s` of `lemma` (`base`: the lemma without a defective verb's last letter), or null. */
function pastAgreement(s: string, lemma: string, base: string): Agreement | null {
  if (s === lemma) return MAN;
  if (s === lemma + 'ت' || s === base + 'ت') return WOMAN;
  if (s === lemma + 'وا' || s === base + 'وا' || s === lemma + 'و' || s === base + 'و') return MEN;
  if (s === lemma + 'تا' || s === base + 'تا') return WOMEN;
  if (s === lemma + 'ا' && !lemma.endsWith('ا')) return MEN;
  return null;
}

/** What the head of a speaker phrase shows: a title or a body's head (a name alone shows one person, of either sex). */
export function phraseAgreement(tokens: readonly Token[], phrase: SpeakerPhrase): Agreement {
  const nameFirst = !!phrase.name && phrase.name[0] === phrase.first;
  const at = nameFirst ? phrase.roles[0]?.[0] : phrase.first;
  if (at === undefined) return ONE;
  const t = tokens[at]!;
  let w = t.norm;
  if (at === phrase.first && phrase.preposition) w = phrase.preposition === 2 ? 'ال' + w.slice(2) : w.slice(1);
  return headWordAgreement(w, t.taaMarbuta, headType(w));
}

function headWordAgreement(word: string, taaMarbuta: boolean, type: ReturnType<typeof headType>): Agreement {
  const bare = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  if (COUNTING.has(word) || COUNTING.has(bare)) return UNKNOWN;
  if (PEOPLE.has(bare)) return MEN;
  if (THINGS.has(bare)) return FEMININE;
  if ((type === 'person' || type === 'anonymous') && bare.length >= 5 && /(ون|ين)$/.test(bare)) return MEN;
  if (bare.length >= 5 && bare.endsWith('ات')) return FEMININE;
  if (PLACE_FIRST_WORDS.has(word)) return MASCULINE_PLACES.has(word) ? MAN : WOMAN;
  if (taaMarbuta) return WOMAN;
  return type ? MAN : UNKNOWN;
}
