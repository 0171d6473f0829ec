// Coreference inside one article: every speaker phrase is resolved to one
// speaker. A surname joins its full name (جيفري → جيمس جيفري), spelling
// variants join (جيم/جيمس جيفري), a title joins the person it was attached
// to (المبعوث الأمريكي → جيمس جيفري), a bare head joins the last body of
// that kind (المجلة → مجلة فورين بوليسي). The gazetteer wins over all.
import type { GazetteerEntry, Span, Speaker, SpeakerType } from '../model.js';
import { HONORIFIC_PRONOUNS } from '../lexicon/coreference.js';
import { normalize } from '../text/normalize.js';

export interface Mention {
  /** The name as written (or the whole phrase when it names no one). */
  name: string;
  role: string | null;
  aliases: string[];
  type: SpeakerType;
  hasName: boolean;
  span: Span;
  /** From a headline: shortened forms (الخارجية الأمريكية) may join a fuller speaker. */
  headline: boolean;
}

interface Entry extends Speaker {
  hasName: boolean;
  keys: Set<string>;
  order: number;
}

const HONORIFICS = new Set(HONORIFIC_PRONOUNS.map(normalize));

const words = (s: string) => normalize(s).split(/[\s،,()"]+/).filter(Boolean);
/** Words without the article: المبعوث الأمريكي ≡ مبعوث أمريكي. */
const bare = (s: string) => words(s).map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w)).join(' ');

function sameName(a: string[], b: string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // The end of the full name (داود أوغلو of أحمد داود أوغلو), or a spelling variant of the first name (جيم/جيمس جيفري).
  if (short.every((w, k) => w === long[long.length - short.length + k])) return true;
  const [x, y] = [a[0]!, b[0]!];
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/** Entries by a word of theirs, so that each lookup looks at a few candidates, not every speaker. */
class WordIndex {
  private readonly map = new Map<string, Set<Entry>>();
  add(word: string, e: Entry): void {
    let set = this.map.get(word);
    if (!set) this.map.set(word, (set = new Set()));
    set.add(e);
  }
  get(word: string): Iterable<Entry> {
    return this.map.get(word) ?? [];
  }
}

export class SpeakerRegistry {
  private readonly entries: Entry[] = [];
  private counter = 0;
  /** Exact keys; keys by their first word (for title prefixes); named speakers by the last word of their name. */
  private readonly byKey = new WordIndex();
  private readonly byFirstWord = new WordIndex();
  private readonly byLastName = new WordIndex();
  private readonly gazetteerForms: { entry: GazetteerEntry; forms: string[] }[];

  constructor(private readonly gazetteer: GazetteerEntry[]) {
    this.gazetteerForms = gazetteer.map((entry) => ({ entry, forms: [entry.name, ...entry.aliases].map(normalize) }));
  }

  resolve(m: Mention): Speaker {
    const found = this.fromGazetteer(m) ?? (m.hasName ? this.byName(m) : this.byTitle(m));
    const entry = found ?? this.create(m.name, m.role, m.type, m.hasName);
    this.attach(entry, m);
    return entry;
  }

  speakers(): Speaker[] {
    return this.entries.map(({ id, name, aliases, role, type, mentions }) => ({ id, name, aliases, role, type, mentions }));
  }

  private create(name: string, role: string | null, type: SpeakerType, hasName: boolean): Entry {
    const entry: Entry = {
      id: `s${++this.counter}`, name, aliases: [], role, type, mentions: [], hasName, keys: new Set(), order: this.counter,
    };
    this.addKey(entry, bare(name));
    if (role) this.addKey(entry, bare(role));
    if (hasName) this.indexName(entry);
    this.entries.push(entry);
    return entry;
  }

  private addKey(entry: Entry, key: string): void {
    if (!key || entry.keys.has(key)) return;
    entry.keys.add(key);
    this.byKey.add(key, entry);
    this.byFirstWord.add(key.split(' ')[0]!, entry);
  }

  private indexName(entry: Entry): void {
    const w = words(entry.name);
    if (w.length) this.byLastName.add(w[w.length - 1]!, entry);
  }

  private attach(entry: Entry, m: Mention): void {
    entry.mentions.push(m.span);
    entry.order = ++this.counter;
    for (const form of [m.name, ...(m.hasName && m.role ? [m.role] : []), ...m.aliases]) this.addAlias(entry, form);
    if (!entry.role && m.role) { entry.role = m.role; this.addKey(entry, bare(m.role)); }
    if (m.hasName && !entry.hasName) {
      // A title-only speaker learns its name: the title becomes an alias.
      this.addAlias(entry, entry.name);
      entry.name = m.name;
      entry.hasName = true;
      entry.type = m.type;
      this.indexName(entry);
    } else if (m.hasName && words(m.name).length > words(entry.name).length && sameName(words(m.name), words(entry.name))) {
      this.addAlias(entry, entry.name);
      entry.name = m.name; // the fullest form the article gives
    }
    const name = normalize(entry.name);
    entry.aliases = entry.aliases.filter((a) => normalize(a) !== name);
  }

  private addAlias(entry: Entry, form: string): void {
    const n = normalize(form);
    if (!n || n === normalize(entry.name) || entry.aliases.some((a) => normalize(a) === n)) return;
    entry.aliases.push(form);
    this.addKey(entry, bare(form));
  }

  private fromGazetteer(m: Mention): Entry | null {
    const forms = [m.name, ...m.aliases].map(normalize);
    const w = words(m.name);
    const g = this.gazetteerForms.find(({ forms: known }) =>
      known.some((n) => forms.includes(n) || (m.hasName && sameName(words(n), w) && words(n).length > 1)))?.entry;
    if (!g) return null;
    const existing = this.latest(this.byKey.get(bare(g.name)), (e) => normalize(e.name) === normalize(g.name));
    if (existing) return existing;
    const entry = this.create(g.name, g.role ?? m.role, g.type ?? m.type, true);
    for (const a of g.aliases) this.addAlias(entry, a);
    return entry;
  }

  private byName(m: Mention): Entry | null {
    const w = words(m.name);
    const named = this.latest(this.byLastName.get(w[w.length - 1] ?? ''), (e) => e.hasName && sameName(w, words(e.name)));
    const keyed = this.latest(this.byKey.get(bare(m.name)), () => true);
    const titled = m.role ? this.latest(this.byKey.get(bare(m.role)), (e) => !e.hasName) : null;
    return [named, keyed, titled].reduce<Entry | null>((best, e) => (e && (!best || e.order > best.order) ? e : best), null);
  }

  private byTitle(m: Mention): Entry | null {
    const key = bare(m.name);
    if (HONORIFICS.has(key)) return this.namedBefore(m.span.start);
    const exact = this.latest(this.byKey.get(key), () => true);
    if (exact) return exact;
    const prefix = this.latest(this.byFirstWord.get(key.split(' ')[0]!), (e) => [...e.keys].some((k) => k.startsWith(key + ' ')));
    if (prefix) return prefix;
    if (m.headline) return this.latest(this.entries, (e) => [...e.keys].some((k) => k.endsWith(' ' + key)));
    return null;
  }

  /** The named person mentioned last before `offset`: whom سموه، معاليه refer to. */
  private namedBefore(offset: number): Entry | null {
    let best: Entry | null = null, bestAt = -1;
    for (const e of this.entries) {
      if (!e.hasName || e.type !== 'person') continue;
      const at = Math.max(-1, ...e.mentions.filter((s) => s.start < offset).map((s) => s.start));
      if (at > bestAt) { best = e; bestAt = at; }
    }
    return best;
  }

  private latest(candidates: Iterable<Entry>, test: (e: Entry) => boolean): Entry | null {
    let best: Entry | null = null;
    for (const e of candidates) if ((!best || e.order > best.order) && test(e)) best = e;
    return best;
  }
}
