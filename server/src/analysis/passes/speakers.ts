// Coreference inside one article: every speaker phrase is resolved to one
// speaker. A surname joins its full name (جيفري → جيمس جيفري), spelling
// variants join (جيم/جيمس جيفري), a title joins the person it was attached
// to (المبعوث الأمريكي → جيمس جيفري), a bare head joins the last body of
// that kind (المجلة → مجلة فورين بوليسي). The gazetteer wins over all.
import type { GazetteerEntry, Span, Speaker, SpeakerType } from '../model.js';
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

const words = (s: string) => normalize(s).split(/[\s،,()"]+/).filter(Boolean);
/** Words without the article: المبعوث الأمريكي ≡ مبعوث أمريكي. */
const bare = (s: string) => words(s).map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w)).join(' ');

function sameName(a: string[], b: string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  const [x, y] = [a[0]!, b[0]!];
  return x === y || x.startsWith(y) || y.startsWith(x);
}

export class SpeakerRegistry {
  private readonly entries: Entry[] = [];
  private counter = 0;

  constructor(private readonly gazetteer: GazetteerEntry[]) {}

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
      id: `s${++this.counter}`, name, aliases: [], role, type, mentions: [], hasName, keys: new Set([bare(name)]), order: this.counter,
    };
    if (role) entry.keys.add(bare(role));
    this.entries.push(entry);
    return entry;
  }

  private attach(entry: Entry, m: Mention): void {
    entry.mentions.push(m.span);
    entry.order = ++this.counter;
    for (const form of [m.name, ...(m.hasName && m.role ? [m.role] : []), ...m.aliases]) this.addAlias(entry, form);
    if (!entry.role && m.role) { entry.role = m.role; entry.keys.add(bare(m.role)); }
    if (m.hasName && !entry.hasName) {
      // A title-only speaker learns its name: the title becomes an alias.
      this.addAlias(entry, entry.name);
      entry.name = m.name;
      entry.hasName = true;
      entry.type = m.type;
    } else if (m.hasName && words(m.name).length > words(entry.name).length && sameName(words(m.name), words(entry.name))) {
      this.addAlias(entry, entry.name);
      entry.name = m.name; // the fullest form the article gives
    }
    entry.aliases = entry.aliases.filter((a) => normalize(a) !== normalize(entry.name));
  }

  private addAlias(entry: Entry, form: string): void {
    const n = normalize(form);
    if (!n || n === normalize(entry.name) || entry.aliases.some((a) => normalize(a) === n)) return;
    entry.aliases.push(form);
    entry.keys.add(bare(form));
  }

  private fromGazetteer(m: Mention): Entry | null {
    const forms = [m.name, ...m.aliases].map(normalize);
    const g = this.gazetteer.find((e) => [e.name, ...e.aliases].some((n) => forms.includes(normalize(n)) || sameName(words(n), words(m.name)) && m.hasName && words(n).length > 1));
    if (!g) return null;
    const existing = this.entries.find((e) => normalize(e.name) === normalize(g.name));
    if (existing) return existing;
    const entry = this.create(g.name, g.role ?? m.role, g.type ?? m.type, true);
    for (const a of g.aliases) this.addAlias(entry, a);
    return entry;
  }

  private byName(m: Mention): Entry | null {
    const w = words(m.name);
    return this.latest((e) => (e.hasName && sameName(w, words(e.name))) || e.keys.has(bare(m.name)) || (!!m.role && !e.hasName && e.keys.has(bare(m.role))));
  }

  private byTitle(m: Mention): Entry | null {
    const key = bare(m.name);
    const exact = this.latest((e) => e.keys.has(key));
    if (exact) return exact;
    const prefix = this.latest((e) => [...e.keys].some((k) => k.startsWith(key + ' ')));
    if (prefix) return prefix;
    if (m.headline) return this.latest((e) => [...e.keys].some((k) => k.endsWith(' ' + key)));
    return null;
  }

  private latest(test: (e: Entry) => boolean): Entry | null {
    let best: Entry | null = null;
    for (const e of this.entries) if (test(e) && (!best || e.order > best.order)) best = e;
    return best;
  }
}
