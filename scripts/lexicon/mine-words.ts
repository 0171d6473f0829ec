// Mines word-class evidence from folders of article files (the corpora in
// ../shared/corpus, extracted with snn.mjs / ant.mjs), and writes
// server/src/analysis/lexicon/word-evidence.ts. The analysis reads it as
// evidence, never as a gate: whether a word is used as a personal name, as a
// common word (it takes the article ال, or is simply frequent), or as a verb.
// Only words and their class are written, never text.
//
//   node ../shared/corpus/snn.mjs extract /tmp/snn-all --all
//   node ../shared/corpus/ant.mjs extract /tmp/ant-all --all
//   node --import tsx scripts/lexicon/mine-words.ts /tmp/snn-all /tmp/ant-all
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_TITLES } from '../../server/src/analysis/lexicon/speakers.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';

const out = join(__dirname, '..', '..', 'server/src/analysis/lexicon/word-evidence.ts');

const TITLES = new Set(NAME_TITLES.map(normalize));
/** Particles before which a word is a verb (قد قال، لم يعلن، لن يكون، سوف يعقد). */
const BEFORE_VERBS = new Set(['قد', 'لقد', 'وقد', 'فقد', 'لم', 'ولم', 'فلم', 'لن', 'ولن', 'سوف', 'وسوف'].map(normalize));
const BEFORE_IMPERFECT = new Set(['أن', 'لا', 'ولا', 'فلا', 'لكي', 'كي'].map(normalize));
const FUNCTION_WORDS = new Set('في من إلى على عن أن إن أنه أنها ما لا لم لن قد مع هذا هذه ذلك تلك التي الذي الذين كان كانت بعد قبل أمس اليوم خلال حيث كما أو ثم هو هي'.split(' ').map(normalize));
const CLITIC_ARTICLE = /^(?:[وف]?(?:ال|بال|كال)|[وف]?لل)(.{2,})$/;
const WORD = /[\u0621-\u064A]+|[^\s\u0621-\u064A]/g;

const count = new Map<string, number>(), definite = new Map<string, number>(), afterTitle = new Map<string, number>();
const afterName = new Map<string, number>(), afterParticle = new Map<string, number>();
const inc = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };
const isWord = (w: string | undefined): w is string => !!w && /^[\u0621-\u064A]/.test(w);

function* articles(folders: string[]): Generator<string[]> {
  for (const folder of folders) {
    for (const f of readdirSync(folder)) if (f.endsWith('.txt')) yield normalize(readFileSync(join(folder, f), 'utf8')).match(WORD) ?? [];
  }
}

const folders = process.argv.slice(2);
if (!folders.length) { console.error('usage: mine-words.ts FOLDER...'); process.exit(2); }
for (const words of articles(folders)) {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isWord(w)) continue;
    inc(count, w);
    const stem = CLITIC_ARTICLE.exec(w)?.[1];
    if (stem) inc(definite, stem);
    const p = words[i - 1], pp = words[i - 2];
    // الرئيس أوباما، الرئيس الأمريكي باراك أوباما
    if (p && (TITLES.has(p) || (pp && TITLES.has(pp) && /^ال.+ي$/.test(p)))) inc(afterTitle, w);
    // قد قال، لم يعلن; and an imperfect after أن or لا (أن يكون، لا يبدو), which no name is written after
    if (p && (BEFORE_VERBS.has(p) || (BEFORE_IMPERFECT.has(p) && /^[يت]/.test(w)))) inc(afterParticle, w);
  }
}
const nameShare = (w: string): number => ((afterTitle.get(w) ?? 0) + (afterName.get(w) ?? 0) + (beforeName.get(w) ?? 0)) / count.get(w)!;
const definiteShare = (w: string): number => (definite.get(w) ?? 0) / count.get(w)!;
/** A name word: seen around titles and other names, seldom with the article, never a particle or a word with one. */
const namely = (w: string): boolean => count.get(w)! >= 5 && nameShare(w) >= 0.2 && definiteShare(w) < 0.3 && !FUNCTION_WORDS.has(w)
  && (!/^(?:[وف]?(?:ال|بال|كال|لل))/.test(w) || /^ال.+ي$/.test(w)) && !cliticOfCommon(w);
/**
 * A common word written with the article: not a family name in ـي (العتيبي،
 * الشهراني), which is seldom written without it, unlike a noun or an
 * adjective in ـي (النادي، الرياضي، السعودي).
 */
function definiteCommon(w: string): boolean {
  const rest = definiteForm(w);
  if (!rest) return false;
  return !rest.endsWith('ي') || (count.get(rest.slice(2)) ?? 0) >= 10;
}

/** The article form of a word written with the article, maybe after a clitic (العراق، بالعراق → العراق، للمدرسة → المدرسة) — not كاليفورنيا: كـ + اليفورنيا is no word. */
function definiteForm(w: string): string | null {
  if (w.startsWith('ال')) return w;
  const m = /^(?:[وف]?(?:بال|كال)|[وف]?لل|وال|فال)/.exec(w);
  if (!m) return null;
  const rest = m[0].endsWith('لل') ? 'ال' + w.slice(m[0].length) : w.slice(m[0].length - 2);
  return (count.get(rest) ?? 0) >= 5 ? rest : null;
}

/** وبمقتل، باقامته، تاكيده: a common word with a clitic on it, not a name. */
function cliticOfCommon(w: string): boolean {
  const frequent = (x: string | undefined): boolean => !!x && x.length >= 3 && (count.get(x) ?? 0) >= 20 && definiteShare(x) >= 0.1;
  const one = /^[وفبلك](.{3,})$/.exec(w)?.[1];
  const two = /^[وف][بلك](.{3,})$/.exec(w)?.[1];
  const stem = /^(.{3,}?)(?:ه|ها|هم|هما|هن|كم|نا)$/.exec(w)?.[1];
  return frequent(one) || frequent(two) || frequent(stem) || frequent(stem && stem.replace(/ت$/, 'ه'));
}
// Names come in runs: a word after a title is a first name; the words around known names are names too.
// Three rounds grow the set from the titles outwards (الرئيس باراك → أوباما → حسين …).
let known = new Set([...afterTitle].filter(([w, e]) => e >= 3 && e / count.get(w)! >= 0.05 && namely0(w)).map(([w]) => w));
const beforeName = new Map<string, number>();
for (let round = 0; round < 3; round++) {
  afterName.clear(); beforeName.clear();
  for (const words of articles(folders)) {
    for (let i = 1; i < words.length; i++) {
      if (!isWord(words[i]) || !isWord(words[i - 1])) continue;
      if (known.has(words[i - 1]!)) inc(afterName, words[i]!);
      if (known.has(words[i]!)) inc(beforeName, words[i - 1]!);
    }
  }
  known = new Set([...count.keys()].filter(namely));
  console.log(`round ${round + 1}: ${known.size} name words`);
}
function namely0(w: string): boolean {
  return definiteShare(w) < 0.3 && !FUNCTION_WORDS.has(w) && !/^(?:[وف]?(?:ال|بال|كال|لل))/.test(w);
}

const names: string[] = [], common: string[] = [], verbs: string[] = [];
for (const [w, n] of count) {
  const verbal = afterParticle.get(w) ?? 0;
  if (verbal >= 3 && verbal / n >= 0.08) verbs.push(w);
  else if (known.has(w)) names.push(w);
  // Common: takes the article, or is a form with the article or a clitic on a common word. A frequent word
  // with none of these (موديز، بلومبرغ، مسقط) stays unclassed: a proper noun the phrase's shape decides on.
  else if (n >= 10 && (definiteShare(w) >= 0.04 || FUNCTION_WORDS.has(w) || definiteCommon(w) || cliticOfCommon(w))) common.push(w);
}
const list = (words: string[]): string => JSON.stringify(words.sort().join(' '));
writeFileSync(out, `// Generated by scripts/lexicon/mine-words.ts from word counts over the
// SaudiNewsNet (2015) and ANT (2018) corpora: which words are used as personal
// names, which are common words, which are verbs. Evidence for the speaker
// phrase reader, never a gate. Normalized forms, space-separated. Do not edit.

/** Words used as personal names (after a title, or after such a first name). */
export const NAME_WORDS = ${list(names)};

/** Frequent words that are not names: nouns, adjectives, particles. */
export const COMMON_WORDS = ${list(common)};

/** Words used as verbs (after قد، لم، لن، سوف). */
export const VERB_WORDS = ${list(verbs)};
`);
console.log(`${names.length} names, ${common.length} common words, ${verbs.length} verbs → ${out}`);
