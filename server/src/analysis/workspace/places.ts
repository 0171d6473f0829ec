// Places and actors named in a stretch of text (lexicon/places.ts): a
// country after a locative word or a ب/ل clitic, a city, a region (شمال شرقي
// سوريا) and a nisba after a territory noun (المناطق السورية) are where; a
// country named otherwise (تقوده الولايات المتحدة) and a nisba (جندي أمريكي)
// are who.
import { CITIES, COUNTRIES, DIRECTIONS, LOCATIVES, TERRITORY_NOUNS } from '../lexicon/places.js';
import { normalize } from '../text/normalize.js';
import { cliticForms } from '../passes/clitics.js';
import { PhraseTable } from './tokens.js';
import type { Token } from './tokens.js';

export interface PlaceMention {
  role: 'place' | 'actor';
  /** The place's key as the folder shows it (العراق، شمال شرق سوريا، بغداد). */
  key: string;
  start: number;
  end: number;
}

type Entry = { kind: 'country' | 'nisba' | 'city'; key: string };

/** Every inflection of a masculine nisba, with and without the article. */
function nisbaForms(stem: string): string[] {
  const s = normalize(stem);
  const forms = [s, `${s}ه`, `${s}ون`, `${s}ين`, `${s}ات`, `${s}ان`];
  return [...forms, ...forms.map((f) => `ال${f}`)];
}

let table: PhraseTable<Entry> | null = null;
let names: Set<string> | null = null;

function lexicon(): PhraseTable<Entry> {
  if (table) return table;
  table = new PhraseTable<Entry>();
  for (const c of COUNTRIES) {
    for (const n of c.names) table.add(normalize(n), { kind: 'country', key: c.key });
    for (const stem of c.nisbas) for (const f of nisbaForms(stem)) table.add(f, { kind: 'nisba', key: c.key });
  }
  for (const city of CITIES) table.add(normalize(city), { kind: 'city', key: city });
  return table;
}

/** Normalized names of countries and cities: a speaker with such a name is not a person. */
export function placeNames(): Set<string> {
  names ??= new Set([...COUNTRIES.flatMap((c) => c.names), ...CITIES].map(normalize));
  return names;
}

const DIRECTION_WORDS = new Set(DIRECTIONS.map(normalize));
const LOCATIVE_WORDS = new Set(LOCATIVES.map(normalize));
const TERRITORIES = new Set(TERRITORY_NOUNS.map(normalize));

const bare = (t: Token | undefined): string[] => (t ? cliticForms(t.norm) : []);

/** The compass word a token is (شمالي، بشمال → شمال), or null. */
function direction(t: Token): string | null {
  const w = bare(t).find((f) => DIRECTION_WORDS.has(f));
  return w ? w.replace(/ي$/, '') : null;
}

/** The compass words right before token `i` (شمال شرقي → شمال شرق), or ''. */
function directionBefore(tokens: readonly Token[], i: number): { words: string; from: number } {
  let from = i;
  while (from > 0 && direction(tokens[from - 1]!)) from--;
  return { words: tokens.slice(from, i).map((t) => direction(t)!).join(' '), from };
}

function countryMention(tokens: readonly Token[], i: number, to: number, clitic: string, key: string): PlaceMention {
  const end = tokens[to - 1]!.end;
  const direction = directionBefore(tokens, i);
  if (direction.words) return { role: 'place', key: `${direction.words} ${key}`, start: tokens[direction.from]!.start, end };
  const locative = /[بل]$/.test(clitic) || bare(tokens[i - 1]).some((w) => LOCATIVE_WORDS.has(w));
  return { role: locative ? 'place' : 'actor', key, start: tokens[i]!.start, end };
}

/** A place joined by و to the place right before it is one place with it (في العراق وسوريا: Iraq and Syria). */
function joinsPrevious(found: PlaceMention[], tokens: readonly Token[], i: number, to: number, clitic: string, key: string): boolean {
  const previous = found[found.length - 1];
  if (!clitic.startsWith('و') || previous?.role !== 'place' || previous.end !== tokens[i - 1]?.end) return false;
  previous.key = [...previous.key.split('، '), key].sort().join('، ');
  previous.end = tokens[to - 1]!.end;
  return true;
}

/** Places and actors the tokens name, left to right. */
export function findPlaces(tokens: readonly Token[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of lexicon().matches(tokens)) {
    const { kind, key } = m.value;
    const span = { start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end };
    if (kind === 'city') out.push({ role: 'place', key, ...span });
    else if (kind === 'country') {
      if (!joinsPrevious(out, tokens, m.from, m.to, m.clitic, key)) out.push(countryMention(tokens, m.from, m.to, m.clitic, key));
    }
    else out.push({ role: bare(tokens[m.from - 1]).some((w) => TERRITORIES.has(w)) ? 'place' : 'actor', key, ...span });
  }
  return out;
}
