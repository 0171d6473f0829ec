// The clitics Arabic writes onto a word, read from its letters: a
// conjunction (و، ف), a preposition (ب، ل، ك), the article, and an attached
// pronoun (ـه، ـها، ـهم). Letters alone are ambiguous (وزير is no و + زير,
// طه no طـ + ه), so each reading says what it needs of the word around it.
import { PRONOUN_HOSTS, PRONOUN_PARTICLES } from '../lexicon/speakers.js';
import { normalize } from '../text/normalize.js';
import { corpusClass } from './name-evidence.js';
import type { Token } from './tokens.js';
import { ALEF, HAA, LAM, TAA, codeAt } from '../text/letters.js';

/** A word with its و or ف taken off (وأكد → اكد) when at least `min` letters remain. */
export function stripConjunction(word: string, min = 2): string | null {
  if ((word.startsWith('و') || word.startsWith('ف')) && word.length - 1 >= min) return word.slice(1);
  return null;
}

const ARTICLE_PREFIX = /^(?:[وف]?(?:بال|كال)|[وف]?لل|وال|فال)/;
/** The letters ARTICLE_PREFIX can begin with. */
const PREFIX_FIRST = new Set([...'وفبكل'].map((c) => c.charCodeAt(0)));

/**
 * A word with the article and a clitic before it (بالعراق، للمدرسة، والمدير،
 * كالعادة), read from its letters, unless what follows the clitic is no
 * word the corpora know with the article (كاليفورنيا، فالنسيا، والتر are names).
 */
export function articlePrefixed(word: string): boolean {
  // (the prefix begins with و، ف، ب، ك or ل: a word that begins otherwise is spared the regex and its match)
  if (!PREFIX_FIRST.has(word.charCodeAt(0))) return false;
  const m = ARTICLE_PREFIX.exec(word);
  if (!m) return false;
  const rest = m[0].endsWith('لل') ? 'ال' + word.slice(m[0].length) : word.slice(m[0].length - 2);
  // وكالة is no و + ك + ال + ه: a noun after the article has two letters at least
  return rest.length >= 4 && corpusClass(rest) !== 'rare';
}

const LONG_PRONOUN = /^(.{3,}?)(ها|هما|هم|هن)$/;
/** The last letters of every pronoun pronounSuffix reads: ه، ا (ها، هما، نا)، م (هم، كم)، ن (هن)، ي، ك. */
const PRONOUN_ENDS = new Set([...'هامنيك'].map((c) => c.charCodeAt(0)));

/**
 * The attached pronoun a word ends in (تحفظه، بتسليمها، قراراتهم), or null.
 * ها، هم، هما، هن are read from the letters; a bare ه only when what is left
 * is a common word or a verb (تحفظ + ه), never after ة (إضافة) or on a name
 * (طه، عبده).
 */
export function pronounSuffix(t: Token): string | null {
  // a noun with the article takes no possessive (الهيتي is no الهيت + ي "my")
  if (!t.word || t.taaMarbuta || t.definite) return null;
  // (most words end in another letter: they are spared the regexes below)
  if (!PRONOUN_ENDS.has(t.norm.charCodeAt(t.norm.length - 1))) return null;
  // (each regex runs only where the letter it needs stands at its place from the end: most words are spared its match)
  const w = t.norm, n = w.length;
  const long = codeAt(w, n - 2) === HAA || codeAt(w, n - 3) === HAA ? LONG_PRONOUN.exec(w) : null;
  if (long) return long[2]!;
  // ثقتي، إجابتي، حكومتنا: a feminine noun with "my", "our", "your" (its ة written ت)
  const taa = codeAt(w, n - 2) === TAA || codeAt(w, n - 3) === TAA;
  const owned = taa ? /^(.{2,}ت)(ي|نا|ك|كم)$/.exec(w) : null;
  if (owned && corpusClass(owned[1]!.slice(0, -1) + 'ه') === 'common') return owned[2]!;
  // تغريدته، حكومتها: a feminine noun with "his", "her", "their" (its ة written ت)
  const theirs = taa || codeAt(w, n - 4) === TAA ? /^(.{2,})ت(ه|ها|هم|هما)$/.exec(w) : null;
  if (theirs && corpusClass(theirs[1]! + 'ه') === 'common' && corpusClass(t.norm) !== 'name') return theirs[2]!;
  if (t.norm.length < 4 || !t.norm.endsWith('ه')) return null;
  const stem = t.norm.slice(0, -1);
  const cls = corpusClass(stem);
  return (cls === 'common' || cls === 'verb') && corpusClass(t.norm) !== 'name' ? 'ه' : null;
}

/**
 * A clitic on a common word, read from the letters and the corpora: a
 * conjunction or preposition (لعدد، بواحدة، ومما، وفوق), the future
 * سـ on a verb (سيأتي), or the accusative ending ا of a common noun or
 * adjective (رسميا، يوما). Such a word is never part of a name.
 */
export function cliticOnCommon(word: string): boolean {
  if (word.length < 3) return false;
  // (the word's class read once: accusativeAlef and the test after it asked the corpora's table for it again)
  const cls = corpusClass(word);
  if (cls === 'name') return false;
  // (accusativeAlef of a word the corpora never saw: its class known, only the stem is looked up)
  if (cls === 'rare' && onCommonStem(word)) return true;
  if (word.length === 3) return false;
  if (beginsWith(word, 'وفبلك') && corpusClass(word.slice(1)) === 'common') return true;
  // سيأتي، يتحدى، تستمر: the future سـ on a verb, and the forms no name begins with (يت، تت، يست، تست);
  // نتوقع only where its يـ form is a verb (نتنياهو is a name)
  return (word.startsWith('س') && holdsCode('يتن', word.charCodeAt(1)) && corpusClass(word.slice(1)) === 'verb')
    || word.startsWith('يت') || word.startsWith('تت') || word.startsWith('يست') || word.startsWith('تست')
    || (word.startsWith('نت') && corpusClass('ي' + word.slice(1)) === 'verb');
}

/**
 * رسميا، فوزا: the accusative's tanween written as a bare alef, as news
 * text mostly does (the mark itself sets Token.accusative): a common word
 * with ا after it that the corpora do not know as a name (ألينا، ماريا are
 * names). `min` letters at least: normalized, a name's final أ is an ا too (سبأ).
 */
export function accusativeAlef(word: string, min = 3): boolean {
  return word.length >= min && onCommonStem(word) && corpusClass(word) !== 'name';
}

/** The word is a common word with ا written after it (its accusative tanween). */
const onCommonStem = (word: string): boolean => word.endsWith('ا') && corpusClass(word.slice(0, -1)) === 'common';

/**
 * رافضا، مضيفا، متسائلا: an active participle in the accusative (فاعلا, or
 * one in م: مفعلا، متفاعلا، مستفعلا) is a circumstance of the verb (قال …
 * رافضا كشف اسمه), never a name. (Names of the same shape have ي before the
 * ا, رانيا، ماريا, or are known as names.)
 */
export function accusativeParticiple(word: string): boolean {
  // (not a noun with نا "our": مرافقنا، معظمنا)
  // (the final ا first: most words end otherwise, and are spared the regex)
  return word.charCodeAt(word.length - 1) === ALEF && /^(?:.ا..|م.{3,6})ا$/.test(word) && word[3] !== 'ي' && corpusClass(word) !== 'name'
    && !(word.endsWith('نا') && corpusClass(word.slice(0, -2)) === 'common');
}

// على and إلى take their pronoun on a ي (عليه، إليها), as normalized they end in one (علي، الي)
const HOSTS = new Set(PRONOUN_HOSTS.map(normalize));
const SPEAKER_PARTICLES = new Set(PRONOUN_PARTICLES.map(normalize));
// third person only: إلينا، لنا are also names (ألينا، لنا)
// ـه، ـها، ـهم …, and ـك، ـكم (معك، لكم): the one spoken to is no speaker either
const PRONOUN = /^(.+?)(ه|ها|هم|هما|هن|ك|كم|كما)$/;
/** The last letters of PRONOUN's pronouns: ه، ا (ها، هما، كما)، م (هم، كم)، ن (هن)، ك. */
const PRONOUN_LAST = new Set([...'هامنك'].map((c) => c.charCodeAt(0)));
/** The longest word a host and a pronoun make (the longest host, then كما or هما): longer ones skip the regex. */
const MAX_ON_HOST = Math.max(...[...HOSTS].map((h) => h.length)) + 3;

/**
 * A preposition or particle with an attached pronoun (معها، عليه، لكنها،
 * لأنه), after an optional و or ف: a pronoun, which names no one itself.
 */
export function pronounOnParticle(word: string): boolean {
  const onHost = pronounOnHost(word) || (beginsWith(word, 'وف') && word.length > 3 && pronounOnHost(word.slice(1)));
  // ألينا is a name, not إلى + نا (asked last: the corpora's map of words costs more than reading the letters)
  return onHost && corpusClass(word) !== 'name';
}

function pronounOnHost(w: string): boolean {
  // إنني، لكنني، أننا: "I" or "we" on a particle (not on a preposition: مني is also منى, إلينا also ألينا)
  // (nor a word that ends in no pronoun's last letter: spared the regex, asked of most words before a cue)
  if (w.length > MAX_ON_HOST || !PRONOUN_LAST.has(codeAt(w, w.length - 1))) return pronounOnThat(w);
  const m = PRONOUN.exec(w);
  if (m) return HOSTS.has(m[1]!) || HOSTS.has(m[1]! + 'ي');
  return pronounOnThat(w);
}

/**
 * The first two letters of أنّ and its sisters, as codes: a word that begins otherwise is spared the regex.
 * (Shifted into one int32, not multiplied: a product past 2^31, from a word in another script, deopts.)
 */
const openingKey = (word: string): number => (word.charCodeAt(0) << 16) | word.charCodeAt(1);
const THAT_OPENINGS = new Set([...SPEAKER_PARTICLES].map(openingKey));
/** The persons أنّ and its sisters take: he, she, they, the two of them, I, we. */
const ON_THAT = /^(.{2,}?)(هما|هن|ه|ها|هم|ني|نا)$/;

/**
 * أنّ or one of its sisters with an attached pronoun (إنهما، أننا، لكنني،
 * بأنه): six letters at most, which spares the regex for most words.
 */
export function pronounOnThat(word: string): boolean {
  // (three letters at least, as ON_THAT needs: the two read for the key are there)
  if (word.length < 3 || word.length > 6 || !THAT_OPENINGS.has(openingKey(word))) return false;
  const stem = ON_THAT.exec(word)?.[1];
  return !!stem && SPEAKER_PARTICLES.has(stem);
}

/**
 * How many letters of clitics a word begins with, read from its letters
 * alone: a conjunction (و، ف) and then a preposition (ب، ل), each optional;
 * so 0, 1 or 2 (وبالأمس: و + ب). Each shorter count is a reading too (و
 * alone); the caller's lexicon says which holds. `prepositions` and
 * `conjunctions` narrow or widen the letters ('' for none).
 */
export function frontClitics(word: string, prepositions = 'بل', conjunctions = 'وف'): number {
  let n = 0;
  if (word.length > 0 && holdsCode(conjunctions, word.charCodeAt(0))) n++;
  if (word.length > n && holdsCode(prepositions, word.charCodeAt(n))) n++;
  return n;
}

/**
 * The word begins with one of `letters` (what /^[…]/ tests): read as a code,
 * where the regex was run on each of the many words the phrase reader asks.
 */
export function beginsWith(word: string, letters: string): boolean {
  return holdsCode(letters, codeAt(word, 0));
}

/** `letters` holds the code unit `code`: compared by code, as word[i] would make a string of each Arabic letter. */
function holdsCode(letters: string, code: number): boolean {
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === code) return true;
  return false;
}

/**
 * Looks a word up through `find` as it is, then with its clitics taken off
 * (frontClitics, longest first) while two letters remain; after ل, a word
 * left beginning with ل is also looked up with the alef of its article given
 * back (للعام = ل + العام). The hit and how many clitic letters it came with.
 */
export function lookupUnderClitics<T>(word: string, find: (w: string) => T | undefined, prepositions = 'بل', conjunctions = 'وف'): { hit: T; prefix: number } | null {
  const direct = find(word);
  if (direct !== undefined) return { hit: direct, prefix: 0 };
  return lookupBehindClitics(word, find, frontClitics(word, prepositions, conjunctions));
}

/**
 * lookupUnderClitics past the word as it is: the word with `front` clitic
 * letters (frontClitics) or fewer taken off, the most first. For a caller
 * that has looked the word up as it is and counted its clitics already.
 */
export function lookupBehindClitics<T>(word: string, find: (w: string) => T | undefined, front: number): { hit: T; prefix: number } | null {
  for (let k = front; k > 0; k--) {
    if (word.length - k < 2) continue;
    const rest = word.slice(k);
    const hit = find(rest) ?? (word.charCodeAt(k - 1) === LAM && rest.startsWith('ل') ? find('ا' + rest) : undefined);
    if (hit !== undefined) return { hit, prefix: k };
  }
  return null;
}

/**
 * The spellings of a word with the clitics frontClitics reads (و، ف، ب، ل،
 * وب، ول، فب، فل), the word itself first; with `contract`, ل before the
 * article is also written as Arabic writes it (ل + العام = للعام).
 */
export function cliticSpellings(word: string, contract = false, prepositions = 'بل', conjunctions = 'وف'): string[] {
  const out = [word];
  for (const c of ['', ...conjunctions]) {
    for (const p of ['', ...prepositions]) {
      if (!c && !p) continue;
      out.push(c + p + word);
      if (contract && p === 'ل' && word.startsWith('ال')) out.push(c + p + word.slice(1));
    }
  }
  return out;
}

/** A conjunction (و، ف) standing alone, as the clitic letters of a word. */
export function isConjunction(letters: string): boolean {
  return letters === 'و' || letters === 'ف';
}

/**
 * Letters that are clitics and nothing else (ب، وب، لل، بال، وال): a
 * conjunction, a preposition (ب، ل، ك) and, with `article`, the article
 * (ال, or its ل alone after ل: لل), each optional, in that order.
 */
export function onlyClitics(letters: string, article = true): boolean {
  const n = frontClitics(letters, 'بلك');
  const rest = letters.slice(n);
  return rest === '' || (article && (rest === 'ال' || (rest === 'ل' && letters[n - 1] === 'ل')));
}

/**
 * A word without its conjunction, preposition and article (والقرار → قرار،
 * للمدرسة → مدرسه، بالعراق → عراق), when it has the article and at least
 * `min` letters are left; null otherwise.
 */
export function withoutArticle(word: string, min = 2, prepositions = 'بلك'): string | null {
  const n = frontClitics(word, prepositions);
  for (let k = n; k >= 0; k--) {
    const article = word.startsWith('ال', k) ? 2 : k > 0 && word[k - 1] === 'ل' && word[k] === 'ل' ? 1 : 0;
    if (article && word.length - k - article >= min) return word.slice(k + article);
  }
  return null;
}

/**
 * A word with its clitics taken off, one layer at a time, for matching the
 * first word of a lexicon phrase: وبالعراق → بالعراق، العراق، عراق … (the
 * word first; no form shorter than two letters).
 */
export function cliticForms(word: string): string[] {
  const forms = [word];
  const add = (w: string): void => { if (w.length >= 2 && !forms.includes(w)) forms.push(w); };
  const conj = /^[وف]/.test(word) ? word.slice(1) : word;
  add(conj);
  for (const w of [word, conj]) {
    if (/^[بلك]/.test(w)) add(w.slice(1));
    if (w.startsWith('لل')) add(`ال${w.slice(2)}`);
    if (/^[بلك]ال/.test(w)) add(w.slice(1));
  }
  return forms;
}

/**
 * Whether `has` holds for some form cliticForms could give of `word`,
 * asked without making them: each is the word, the word less its first one
 * or two letters, or ال in place of its first two or three. (More than the
 * forms themselves may be asked: for turning most words away cheaply,
 * before cliticForms.)
 */
export function mayHaveCliticForm(word: string, has: (form: string) => boolean): boolean {
  return has(word) || has(word.slice(1)) || has(word.slice(2)) || has(`ال${word.slice(2)}`) || has(`ال${word.slice(3)}`);
}

/** A word that begins with one clitic letter and the article (بالعراق، كالعادة، والمدير، فالأمر; للمدرسة: ل + ال). */
export function oneCliticThenArticle(word: string): boolean {
  return ('بكوف'.includes(word[0] ?? '-') && word.startsWith('ال', 1)) || word.startsWith('لل');
}
