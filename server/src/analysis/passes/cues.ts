// Finds reporting cues among the tokens: verbs with attached و/ف, their
// participles, and the headline colon form.
import { CUE_CONTINUATIONS, CUES_NEVER_WITH_OBJECT, PARTICIPLE_CUES, VERB_CUES, VERBS_BEFORE_MASDAR } from '../lexicon/cues.js';
import { COMPLEMENTIZERS, IMPERSONAL_VERBS, NAME_LINK_PARTICLES, NOUN_PREPOSITIONS } from '../lexicon/grammar.js';
import { normalize } from '../text/normalize.js';
import { WordSet } from '../text/word-set.js';
import { pronounOnParticle, stripConjunction } from './clitics.js';
import { lookupNumberWord } from './number-words.js';
import { PLACE_NAME_SET } from './place-names.js';
import { normAt, tokenAt, type Token } from './tokens.js';
import { ALEF, HAA, MEEM, NOON, TAA_MARBUTA, YAA, lastLetter } from '../text/letters.js';

export interface CueHit {
  token: number;
  lemma: string;
  form: 'verb' | 'participle';
  present: boolean;
  /** The cue carries an attached و/ف (sentence-initial VSO order). */
  conjoined: boolean;
}

interface CueForm {
  lemma: string; form: 'verb' | 'participle'; present: boolean; needs?: string[]; needsWithin?: number;
  /** A present form read as the passive unless one of these follows (يُعتبر … against يعتبر … أن). */
  passiveUnless?: string[];
  /** Written with a final ى (رأى، نفى): spelled with ي it is the noun (رأي، نفي). */
  maqsura?: boolean;
}

const FORMS = new Map<string, CueForm>();
for (const v of VERB_CUES) {
  const needs = v.needs?.map(normalize), needsWithin = v.needsWithin;
  for (const w of v.past) FORMS.set(normalize(w), { lemma: normalize(v.lemma), form: 'verb', present: false, needs, needsWithin, maqsura: w.endsWith('ى') });
  const passiveUnless = v.passiveUnless?.map(normalize);
  for (const w of v.present) FORMS.set(normalize(w), { lemma: normalize(v.lemma), form: 'verb', present: true, needs, needsWithin, passiveUnless, maqsura: w.endsWith('ى') });
}
for (const [lemma, words] of Object.entries(PARTICIPLE_CUES)) {
  for (const w of words) FORMS.set(normalize(w), { lemma: normalize(lemma), form: 'participle', present: false });
}
/** Every written form a cue of the lexicon can take (with و/ف and an object pronoun): one lookup turns most words away. */
const SURFACE_WORDS: readonly string[] = [...FORMS].flatMap(([word, form]) =>
  (form.form === 'verb' ? [word, ...objectForms(word)] : [word]).flatMap((w) => [w, 'و' + w, 'ف' + w]));
const SURFACE = new WordSet(SURFACE_WORDS);
/** بين, which is the verb بيّن when its shadda is written or أن follows (shaddaForm). */
const SHADDA_VERB = 'بين';
/**
 * The words a token's cue bit marks (Token.cueWord): the cues' written forms
 * and بين with its و/ف, so that findCues turns away every other word by its
 * flags, without reading its norm (reading each word's last letter for بين
 * was the costliest line of findCues).
 */
export const CUE_SURFACE_WORDS: readonly string[] = [...SURFACE_WORDS, SHADDA_VERB, 'و' + SHADDA_VERB, 'ف' + SHADDA_VERB];

/** A verb with an object pronoun (وصفه، وصفها، وصفهم); a plural in وا drops its alef before it (وصفوهم). */
function objectForms(word: string): string[] {
  const stem = word.endsWith('وا') ? word.slice(0, -1) : word;
  return [stem + 'ه', stem + 'ها', stem + 'هم'];
}
const CONTINUATIONS = new Set(CUE_CONTINUATIONS.map(normalize));
/** Passive or impersonal uses that introduce background, not a statement (يذكر أن), with و/ف or without (spellingsOf). */
const IMPERSONAL = spellingsOf(IMPERSONAL_VERBS.map(normalize));
const NEVER_WITH_OBJECT = new Set(CUES_NEVER_WITH_OBJECT.map(normalize));

/**
 * The words `x` whose stripConjunction(x) ?? x is one of `words`: each
 * written alone or with و/ف (a word of `words` that itself begins with و/ف
 * stands for the word after it only). Asking these of a token's norm spares
 * a copy without و/ف for each word asked.
 */
function spellingsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (stripConjunction(w) === null) out.add(w);
    for (const c of ['و', 'ف']) if (stripConjunction(c + w) === w) out.add(c + w);
  }
  return out;
}

/** What the word before a cue may show it to be no cue, as bits of BEFORE_CUE. */
const NAME_LINK = 1, NOUN_PREPOSITION = 2, MASDAR_TAKER = 4;
/**
 * The words before a cue that make it none, each with what it shows: one
 * lookup of the word before each cue instead of one per list (and no copy
 * without و/ف for the verbs before a masdar).
 */
const BEFORE_CUE = (() => {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  // علي بن أبي طالب: a name, not a cue
  add(NAME_LINK_PARTICLES.map(normalize), NAME_LINK);
  // عن ذكر الأرقام: the verbal noun (a preposition a verb never follows)
  add(NOUN_PREPOSITIONS.map(normalize), NOUN_PREPOSITION);
  // رفض ذكر: a verbal noun
  add(spellingsOf(VERBS_BEFORE_MASDAR.map(normalize)), MASDAR_TAKER);
  return out;
})();

/**
 * The cue a normalized word is, if any. `last`: the word's last letter as
 * written, which normalization may have changed: a ة makes إضافة a noun,
 * not أضاف + ه; a ي makes رأي (opinion) a noun, not رأى (0: not known).
 */
export function cueForm(word: string, last = 0): (CueForm & { conjoined: boolean }) | null {
  const form = SURFACE.has(word) ? surfaceCueForm(word, last === TAA_MARBUTA) : null;
  return form && !(form.maqsura && last === YAA) ? form : null;
}

/**
 * cueForm of a word the cue bit marks (SURFACE's, or بين, which no form
 * holds), before the look at a final ى: `taaMarbuta`, the word is written
 * with a final ة. (findCues reads that from the token's flags, and the last
 * letter only for the few forms written with ى.)
 */
function surfaceCueForm(word: string, taaMarbuta: boolean): (CueForm & { conjoined: boolean }) | null {
  const known = SURFACE_READINGS[taaMarbuta ? 1 : 0]!;
  let found = known.get(word);
  if (found === undefined) known.set(word, (found = readSurface(word, taaMarbuta)));
  return found;
}

/**
 * What surfaceCueForm answered for each written form, without and with a
 * final ة: one lookup per cue word instead of two of FORMS, a copy without
 * و/ف and a look for an object pronoun. Bounded by the lexicon's written
 * forms (only the words the cue bit marks are asked).
 */
const SURFACE_READINGS: readonly Map<string, Reading | null>[] = [new Map(), new Map()];

function readSurface(word: string, taaMarbuta: boolean): Reading | null {
  const direct = FORMS.get(word) ?? withObject(word, taaMarbuta);
  const bare = direct ? null : stripConjunction(word);
  const form = direct ?? (bare ? FORMS.get(bare) ?? withObject(bare, taaMarbuta) : undefined);
  return form ? reading(form, !direct) : null;
}

type Reading = CueForm & { conjoined: boolean };
/**
 * The two readings of each form (with and without an attached و/ف), made on
 * first use and shared: every hit made a copy of its form before, and the
 * callers only read them. Bounded by the lexicon's forms.
 */
const READINGS = new Map<CueForm, [Reading, Reading]>();
function reading(form: CueForm, conjoined: boolean): Reading {
  let pair = READINGS.get(form);
  if (!pair) READINGS.set(form, (pair = [{ ...form, conjoined: false }, { ...form, conjoined: true }]));
  return pair[conjoined ? 1 : 0];
}
/** Each verb form's reading with an object pronoun (active: no passiveUnless), made once like READINGS. */
const WITH_OBJECT = new Map<CueForm, CueForm>();
function activeWithObject(form: CueForm): CueForm {
  let active = WITH_OBJECT.get(form);
  if (!active) WITH_OBJECT.set(form, (active = { ...form, passiveUnless: undefined }));
  return active;
}

/** The cue word carries its object as a pronoun (يصفه، ووصفته): a noun after it is then its subject. */
export function carriesObject(word: string): boolean {
  const bare = stripConjunction(word);
  if (FORMS.has(word) || (bare && FORMS.has(bare))) return false;
  return !!withObject(word, false) || (!!bare && !!withObject(bare, false));
}

/** A verb with an object pronoun attached (ووصفها، أكده): the verb's form without it. */
function withObject(word: string, taaMarbuta: boolean): CueForm | undefined {
  if (taaMarbuta && word.endsWith('ه')) return undefined;
  // only words ending in ه، ها or هم can carry one: a look at the last letters spares the regex
  const last = word.charCodeAt(word.length - 1);
  if (last !== HAA && !((last === MEEM || last === ALEF) && word.charCodeAt(word.length - 2) === HAA)) return undefined;
  const m = /^(.{3,}?)(ها|هم|ه)$/.exec(word);
  const form = m ? FORMS.get(m[1]!) ?? (m[1]!.endsWith('و') ? FORMS.get(m[1]! + 'ا') : undefined) : undefined;
  // يعتبرهم، تعتبره: a verb with its object is active
  return form?.form === 'verb' && !NEVER_WITH_OBJECT.has(form.lemma) ? activeWithObject(form) : undefined;
}

/**
 * بيّن with its shadda written is the verb "made clear"; without it, بين is
 * the preposition "between". The original text decides.
 */
function shaddaForm(tokens: Token[], i: number): (CueForm & { conjoined: boolean }) | null {
  const t = tokens[i]!;
  // (most words asked are cues: they are turned away by their last letter, read as a code, before a copy without و/ف is made)
  if (t.norm.charCodeAt(t.norm.length - 1) !== NOON || !t.norm.endsWith(SHADDA_VERB)) return null;
  const bare = stripConjunction(t.norm) ?? t.norm;
  if (bare !== SHADDA_VERB || (!t.shadda && !thatFollows(tokens, i))) return null;
  return { lemma: SHADDA_VERB, form: 'verb', present: false, conjoined: bare !== t.norm };
}

/**
 * بين written without its shadda is still the verb when أن follows within
 * its clause, after the subject at most (وبين مدير المستشفى أن …): the
 * preposition takes two nouns or a plural, never a clause.
 */
function thatFollows(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
    const t = tokens[j]!;
    if (THAT.has(t.norm)) return true;
    if (!t.word && t.norm !== '،' && t.norm !== ',') return false;
    // خلافات بين أعضائه حول البنود، وقال إنه …: a comma and و open the next clause, whose أن is not بين's
    if (!t.word && normAt(tokens, j + 1).startsWith('و')) return false;
    // بين مصر وفرنسا، بين الحكومة والمعارضة: two nouns joined by و are the preposition's
    if (j > i + 1 && t.norm.startsWith('و') && (t.norm.startsWith('وال') || PLACE_NAME_SET.has(t.norm.slice(1)))) return false;
  }
  return false;
}
const THAT = new Set(COMPLEMENTIZERS.map(normalize));

export function isContinuation(word: string): boolean {
  return CONTINUATIONS.has(word);
}

/** Every cue token, in order, skipping continuations that belong to the verb before them. `text`: the original. */
export function findCues(tokens: Token[], text: string, skip: (t: Token) => boolean): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // only a word with the cue bit can be a cue, بين included (CUE_SURFACE_WORDS): the others cost one read of their flags
    if (!t.cueWord || !t.word) continue;
    // (the token's flag says whether it ends in ة; its last letter is read only for a form written with ى)
    const surface = surfaceCueForm(t.norm, t.taaMarbuta);
    const form = (surface && !(surface.maqsura && lastLetter(text, t.start, t.end) === YAA) ? surface : null) ?? shaddaForm(tokens, i);
    if (!form) continue;
    if (isContinuation(t.norm) && continuesVerb(tokens, i)) continue;
    if (form.needs && !followedBy(tokens, i, form.needs, form.needsWithin)) continue;
    if (form.passiveUnless && !followedBy(tokens, i, form.passiveUnless)) continue;
    // (the word before read once, for every list of BEFORE_CUE)
    const prev = i > 0 ? tokens[i - 1]! : null;
    const before = prev ? BEFORE_CUE.get(prev.norm) ?? 0 : 0;
    if (before & NAME_LINK) continue;
    // طلب عدم ذكر اسمه: a noun phrase; مما يشير إلى: "which shows", the writer's inference
    if (prev && (prev.norm === 'عدم' || prev.norm === 'مما')) continue;
    // (على written with ى: علي is also the name)
    if (before & NOUN_PREPOSITION && !form.conjoined && (prev!.norm !== 'علي' || prev!.maqsura)) continue;
    if (before & MASDAR_TAKER && form.form === 'verb' && !form.conjoined) continue;
    if (form.form === 'participle' && describes(tokens, i)) continue; // حراسة مشددة: an adjective
    if (countedNoun(tokens, i, text, form)) continue; // ألف طالب: a counted noun
    if (IMPERSONAL.has(t.norm) && /^ان/.test(normAt(tokens, i + 1))) continue;
    // (asked last: the caller's test reads the article's spans, and the word's own tests above turn many forms away first)
    if (skip(t)) continue;
    hits.push({ token: i, lemma: form.lemma, form: form.form, present: form.present, conjoined: form.conjoined });
  }
  return hits;
}

/**
 * ألف طالب، خمسة كتب: right after a number word on the same line, the bare
 * form of a verb (its lemma: no ت or وا of agreement, no prefix of the
 * present) is the counted noun. (A headline ending in a number, ثلاثة
 * ملايين, and the lead's أعلنت below it stay apart.)
 */
function countedNoun(tokens: Token[], i: number, text: string, form: CueForm & { conjoined: boolean }): boolean {
  const prev = tokenAt(tokens, i - 1), t = tokens[i]!;
  if (!prev?.word || form.conjoined || form.present || t.norm !== form.lemma || !lookupNumberWord(prev.norm, false)) return false;
  return !/[\n\r]/.test(text.slice(prev.end, t.start));
}

/** True when one of `words` follows token i within the same clause (a few words, no sentence end). */
function followedBy(tokens: Token[], i: number, words: string[], within = 10): boolean {
  for (let j = i + 1; j < tokens.length && j - i <= within; j++) {
    const t = tokens[j]!;
    if (words.includes(t.norm)) return true;
    // (a hashtag's marks, #محمد_بن_سلمان, stand inside the clause)
    if (!t.word && t.norm !== '،' && t.norm !== ',' && t.norm !== '"' && t.norm !== '#' && t.norm !== '_') return false;
    // وأقر القانون بأغلبية … وفيه أن …: و and a preposition with its pronoun open another clause
    if (t.norm.startsWith('و') && pronounOnParticle(t.norm.slice(1))) return false;
  }
  return false;
}

/**
 * A feminine participle right after an indefinite feminine noun agrees
 * with it as its adjective (حراسة مشددة، رسالة لافتة), where a participle
 * that reports would follow a clause.
 */
function describes(tokens: Token[], i: number): boolean {
  const t = tokens[i]!, prev = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1);
  // (عارضت بشدة قائلة إن …، مضيفة: …: what is said follows it, so it reports)
  if (next && (next.norm === ':' || THAT.has(next.norm))) return false;
  return t.taaMarbuta && !!prev?.word && prev.taaMarbuta && !prev.definite && !stripConjunction(t.norm);
}

/** قائلًا / بالقول right after a verb cue (and its subject) is part of that cue's claim. */
function continuesVerb(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
    const t = tokens[j]!;
    if (!t.word && t.norm !== '،' && t.norm !== ',') return false;
    const form = t.word ? cueForm(t.norm) : null;
    if (form?.form === 'verb') return true;
  }
  return false;
}
