// A country and its nisba are one word for coreference: وزير كويتي is a
// minister of الكويت, وزير خارجية إيران the الإيراني foreign minister.
import { COUNTRIES } from '../lexicon/places.js';
import { normalize } from '../text/normalize.js';

let table: Map<string, string> | null = null;

/** Every one-word form of a country: its names and each inflection of its nisba, with and without the article. */
function countries(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const c of COUNTRIES) {
    for (const n of c.names.map(normalize)) if (!n.includes(' ')) for (const f of [n, n.replace(/^ال/, '')]) table.set(f, c.key);
    for (const stem of c.nisbas.map(normalize)) {
      for (const f of [stem, `${stem}ه`, `${stem}ون`, `${stem}ين`, `${stem}ان`]) for (const g of [f, `ال${f}`]) table.set(g, c.key);
    }
  }
  return table;
}

/** The country a normalized word names or qualifies (الكويت، كويتي، الكويتية → الكويت), or null. */
export function countryOf(word: string): string | null {
  return countries().get(word) ?? null;
}
