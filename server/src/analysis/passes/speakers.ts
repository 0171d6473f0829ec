// Coreference inside one article: every speaker phrase is resolved to one
// speaker. A surname joins its full name (جيفري → جيمس جيفري), spelling
// variants join (جيم/جيمس جيفري), a title joins the person it was attached
// to (المبعوث الأمريكي → جيمس جيفري), a bare head joins the last body of
// that kind (المجلة → مجلة فورين بوليسي). The gazetteer wins over all.
import type { GazetteerEntry, Span, Speaker, SpeakerType } from '../model.js';
import { HOLDER_DESCRIPTIONS, HONORIFIC_PRONOUNS, SURNAME_TITLES, TITLE_LINKS } from '../lexicon/coreference.js';
import { NAME_PARTICLES } from '../lexicon/speakers.js';
import { normalize } from '../text/normalize.js';
import { isWhiteSpace } from '../text/segment.js';
import { cliticOnCommon } from './clitics.js';
import { corpusClass } from './name-evidence.js';
import { countryOf } from './nisba.js';

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

/** A text's normalized form, and its words and key once asked for. */
interface TextForms {
  norm: string;
  words: string[] | null;
  key: string | null;
}

interface Entry extends Speaker {
  hasName: boolean;
  keys: Set<string>;
  order: number;
  /** The speaker this one was found to be (coreference.ts merges them after reading). */
  mergedInto?: Entry;
}

const HONORIFICS = new Set(HONORIFIC_PRONOUNS.map(normalize));
const PARTICLES = new Set(NAME_PARTICLES.map(normalize));
const LINKS = new Set(TITLE_LINKS.map(normalize));
const HOLDER_ADJECTIVES = new Set(HOLDER_DESCRIPTIONS.map(normalize));
/** Titles a surname alone may follow (المهندس العمري، الإمام الترمذي، اللواء التركي). */
const TITLES = new Set(SURNAME_TITLES.map(normalize));

/** A key's first word (key.split(' ')[0], without an array of all its words: asked for every key and title). */
const firstWord = (key: string): string => {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
};
/** Some key of the entry passes the test (read in place, not copied into an array first). */
function someKey(e: Entry, test: (key: string) => boolean): boolean {
  for (const k of e.keys) if (test(k)) return true;
  return false;
}

/**
 * The words of a normalized text: the runs between white space, commas,
 * brackets and quotes (split(/[\s،,()"]+/) without its empty ends: read by
 * char code, which cost less than the regex split and its filter).
 */
function words(normalized: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < normalized.length; i++) {
    if (!separates(normalized.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(normalized.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(start === 0 ? normalized : normalized.slice(start));
  return out;
}

/** The codes between words: white space (JavaScript's \s), and ، , ( ) ". */
const separates = (c: number): boolean => c === 0x2c || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x060c || isWhiteSpace(c);
/** A text's words, made from its normalized form when first asked for. */
const wordsOf = (f: TextForms): string[] => (f.words ??= words(f.norm));
/** Words without the article, as a key: المبعوث الأمريكي ≡ مبعوث أمريكي. */
const bare = (ws: readonly string[]) => ws.map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w)).join(' ');

function sameName(a: string[], b: string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // The end of the full name (داود أوغلو of أحمد داود أوغلو), or a spelling variant of the first name (جيم/جيمس جيفري).
  if (short.every((w, k) => w === long[long.length - short.length + k])) return true;
  const [x, y] = [a[0]!, b[0]!];
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/** A word that may be part of a name: not a common word or verb, nor an accusative participle (ممازحا، مضيفا). */
export function nameLike(w: string): boolean {
  if (cliticOnCommon(w) || (w.startsWith('م') && w.endsWith('ا') && w.length >= 5)) return false;
  const cls = corpusClass(w);
  // لمن، بها: a short word that begins with a preposition is a name only on the corpora's word
  if (w.length <= 3 && /^[لبفوك]/.test(w)) return cls === 'name';
  return cls !== 'common' && cls !== 'verb';
}

/** `a` gives more of the name than `b` does: the end of it (جيفري), a spelling variant, or one word of it (كير، خالد). */
function fuller(a: string[], b: string[], titled = false): boolean {
  if (a.length <= b.length) return false;
  if (sameName(a, b)) return true;
  // one word of a longer name: the longer one came with a title, or the rest reads as a name too
  // (not جواد ظريف تصريحات، ترامب ممازحا)
  return b.length === 1 && a.includes(b[0]!) && a.every((w) => w === b[0] || PARTICLES.has(w) || nameLike(w) || (titled && familyName(w)));
}

/** الفيصل، الصباح: a definite singular after a first name and a title is the family's name, not a plural or a number. */
function familyName(w: string): boolean {
  return w.startsWith('ال') && w.length > 4 && !/(ين|ون|ات)$/.test(w) && corpusClass(w) !== 'verb';
}

/** The words of a title that carry its content: no particles, no article, و or preposition on a word (للثقافة → ثقافه). */
function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => !LINKS.has(w)).map((w) => w.replace(/^(وال|بال|لل|ال|و(?=..[^ ]))/, ''));
}

/** A nisba (السوري، الكويتية) or a place's name: what sets one office apart from another of the same kind. */
function distinctive(w: string): boolean {
  return (/(ي|يه|يين|يون)$/.test(w) && w.length >= 4) || !!countryOf(w);
}

/**
 * A title written again with other words around the same office (مدير
 * المرصد المقرب من المعارضة ~ مدير المرصد السوري لحقوق الإنسان): the same
 * head and genitive, and besides words of the first only adjectives that
 * describe the holder (المقرب، المعتدل، الجديد), never another nisba
 * (رئيس الوزراء الماليزي is not رئيس الوزراء الياباني) or another genitive
 * (الأمين العام للحلف is not الأمين العام للأمم المتحدة).
 */
function describes(title: string, role: string): boolean {
  let t = contentWords(title);
  while (t.length > 2 && TITLES.has(t[0]!)) t = t.slice(1); // سمو أمير منطقة مكة
  const at = contentWords(role).indexOf(t[0]!);
  const r = at < 0 ? [] : contentWords(role).slice(at); // مستشار خادم الحرمين … أمير منطقة مكة المكرمة
  if (t.length < 3 || r.length < 2 || t[0] !== r[0] || !sameWord(t[1]!, r[1]!)) return false;
  return t.every((w) => r.some((x) => sameWord(w, x)) || (!distinctive(w) && (HOLDER_ADJECTIVES.has(w) || (w.startsWith('م') && w.length >= 4))));
}

/** The same word, or a country and its nisba (إيران ~ الإيراني). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const c = countryOf(a);
  return !!c && c === countryOf(b);
}

/**
 * Entries by a word of theirs, so that each lookup looks at a few candidates, not every speaker.
 * (In arrays, not sets: most words name one speaker, and a Set made for each word cost more than its few entries.)
 */
class WordIndex {
  private readonly map = new Map<string, Entry[]>();
  add(word: string, e: Entry): void {
    const list = this.map.get(word);
    if (!list) this.map.set(word, [e]);
    else if (!list.includes(e)) list.push(e);
  }
  get(word: string): readonly Entry[] {
    return this.map.get(word) ?? NO_ENTRIES;
  }
}
const NO_ENTRIES: readonly Entry[] = [];
/** Any entry passes (one function, not a new one for each look-up). */
const any = (): boolean => true;
/** The later-mentioned of two entries, either maybe none. */
const later = (a: Entry | null, b: Entry | null): Entry | null => (b && (!a || b.order > a.order) ? b : a);

export class SpeakerRegistry {
  private readonly entries: Entry[] = [];
  private counter = 0;
  /** Exact keys; keys by their first word (for title prefixes); named speakers by the last word of their name. */
  private readonly byKey = new WordIndex();
  private readonly byFirstWord = new WordIndex();
  private readonly byLastName = new WordIndex();
  /** Named people by every word of their name but particles (كير of سلفا كير ميارديت, خالد of خالد الفيصل). */
  private readonly byNameWord = new WordIndex();
  private readonly gazetteerForms: { entry: GazetteerEntry; forms: string[] }[];
  /**
   * The normalized form, the words and the key (bare) of each name, title
   * and form, made once: each mention is compared with the speakers before
   * it, which asks for the same ones again and again. As long as the
   * registry, one article. (One map for the three: a new text was looked
   * up and added in each.)
   */
  private readonly formsOfText = new Map<string, TextForms>();

  constructor(private readonly gazetteer: GazetteerEntry[]) {
    this.gazetteerForms = gazetteer.map((entry) => ({ entry, forms: [entry.name, ...entry.aliases].map(normalize) }));
  }

  resolve(m: Mention): Speaker {
    let found = this.fromGazetteer(m) ?? (m.hasName ? this.byName(m) : this.byTitle(m));
    let mention = m;
    if (!found && !m.hasName && m.type === 'person') {
      const titled = this.byTitledName(m);
      // the title is the role; the name word it precedes is the person's
      // (the mention copied field by field, in its one order: a spread copy is a mention of another shape, a deopt where read)
      if (titled) {
        found = titled.entry;
        mention = { name: m.name, role: titled.title, aliases: m.aliases, type: m.type, hasName: m.hasName, span: m.span, headline: m.headline };
      }
    }
    const entry = found ?? this.create(m.name, m.role, m.type, m.hasName);
    this.attach(entry, mention);
    return entry;
  }

  speakers(): Speaker[] {
    return this.entries.map(({ id, name, aliases, role, type, mentions }) => ({ id, name, aliases, role, type, mentions }));
  }

  /** The speaker `s` is now (itself, or the one it was merged into). */
  current(s: Speaker): Speaker {
    let e = s as Entry;
    while (e.mergedInto) e = e.mergedInto;
    return e;
  }

  /** True when the speaker was named (not only by a title). */
  named(s: Speaker): boolean {
    return (s as Entry).hasName;
  }

  /** The person named by this one word alone (العمري), if any. */
  personByOneWord(word: string): Speaker | null {
    return this.latest(this.byLastName.get(word), (e) => e.type === 'person' && e.hasName && this.words(e.name).length === 1);
  }

  /**
   * `from` and `into` are one speaker: every form and mention of `from`
   * goes to `into`, whose name becomes the fuller of the two.
   */
  merge(fromSpeaker: Speaker, intoSpeaker: Speaker, asAlias = false): void {
    const from = this.current(fromSpeaker) as Entry, into = this.current(intoSpeaker) as Entry;
    if (from === into) return;
    from.mergedInto = into;
    this.entries.splice(this.entries.indexOf(from), 1);
    into.mentions.push(...from.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    into.order = Math.max(into.order, from.order);
    for (const k of from.keys) this.addKey(into, k);
    const m: Mention = {
      name: from.name, role: asAlias ? null : from.role, aliases: from.aliases, type: from.type, hasName: !asAlias && from.hasName, span: { start: 0, end: 0 }, headline: false,
    };
    this.attach(into, m, false);
  }

  /** `from` is another form of `into` (a headline's الكويت of the lead's minister): merged, `into` keeping its name and role. */
  alias(fromSpeaker: Speaker, intoSpeaker: Speaker): void {
    this.merge(fromSpeaker, intoSpeaker, true);
  }

  /** The article writes the speaker's name in full as `name` (محمد بن عبد الهادي + العمري). */
  rename(speaker: Speaker, name: string): void {
    const e = this.current(speaker) as Entry;
    if (this.norm(name) === this.norm(e.name)) return;
    this.addAlias(e, e.name);
    e.name = name;
    e.aliases = e.aliases.filter((a) => this.norm(a) !== this.norm(name));
    this.indexName(e);
  }

  /** What is kept of a text (its words and key made when first asked for). */
  private forms(s: string): TextForms {
    let f = this.formsOfText.get(s);
    if (!f) this.formsOfText.set(s, (f = { norm: normalize(s), words: null, key: null }));
    return f;
  }

  /** normalize(s), kept: the names, roles and forms of the speakers are compared with every mention. */
  private norm(s: string): string {
    return this.forms(s).norm;
  }

  /** words(s), kept (callers only read the array). */
  private words(s: string): string[] {
    return wordsOf(this.forms(s));
  }

  /** bare(s), kept; made from the words kept, so a text is normalized and split once. */
  private bare(s: string): string {
    const f = this.forms(s);
    return (f.key ??= bare(wordsOf(f)));
  }

  private create(name: string, role: string | null, type: SpeakerType, hasName: boolean): Entry {
    const entry: Entry = {
      id: `s${++this.counter}`, name, aliases: [], role, type, mentions: [], hasName, keys: new Set(), order: this.counter,
      // (set here, not added on merging: a field added later changes the object's shape, and each read of it slows)
      mergedInto: undefined,
    };
    this.addKey(entry, this.bare(name));
    if (role) this.addKey(entry, this.bare(role));
    if (hasName) this.indexName(entry);
    this.entries.push(entry);
    return entry;
  }

  private addKey(entry: Entry, key: string): void {
    if (!key || entry.keys.has(key)) return;
    entry.keys.add(key);
    this.byKey.add(key, entry);
    this.byFirstWord.add(firstWord(key), entry);
  }

  private indexName(entry: Entry): void {
    const w = this.words(entry.name);
    if (w.length) this.byLastName.add(w[w.length - 1]!, entry);
    if (entry.type === 'person') for (const x of w) if (!PARTICLES.has(x)) this.byNameWord.add(x, entry);
  }

  private attach(entry: Entry, m: Mention, mentioned = true): void {
    if (mentioned) {
      entry.mentions.push(m.span);
      entry.order = ++this.counter;
    }
    this.addAlias(entry, m.name);
    if (m.hasName && m.role) this.addAlias(entry, m.role);
    for (const form of m.aliases) this.addAlias(entry, form);
    if (!entry.role && m.role) { entry.role = m.role; this.addKey(entry, this.bare(m.role)); }
    // (the old name becomes an alias once the new one is set: addAlias skips the current name)
    if (m.hasName && !entry.hasName) {
      // A title-only speaker learns its name: the title becomes an alias.
      const title = entry.name;
      entry.name = m.name;
      this.addAlias(entry, title);
      entry.hasName = true;
      entry.type = m.type;
      this.indexName(entry);
    } else if (m.hasName && fuller(this.words(m.name), this.words(entry.name), !!m.role)) {
      const shorter = entry.name;
      entry.name = m.name; // the fullest form the article gives
      this.addAlias(entry, shorter);
    }
    // the role is shown as the role, not again among the other forms
    const name = this.norm(entry.name), role = entry.role && this.norm(entry.role);
    // (a new array only when one goes: no two entries share one, and addAlias pushes onto it; the test a closure only then)
    if (!entry.aliases.every((a) => this.shown(a, name, role))) entry.aliases = entry.aliases.filter((a) => this.shown(a, name, role));
  }

  /** An alias is shown when it is neither the name nor the role (both normalized). */
  private shown(alias: string, name: string, role: string | null): boolean {
    const n = this.norm(alias);
    return n !== name && n !== role;
  }

  private addAlias(entry: Entry, form: string): void {
    const n = this.norm(form);
    if (!n || n === this.norm(entry.name) || entry.aliases.some((a) => this.norm(a) === n)) return;
    entry.aliases.push(form);
    this.addKey(entry, this.bare(form));
  }

  private fromGazetteer(m: Mention): Entry | null {
    // most folders have no gazetteer: spare normalizing the mention's forms for nothing
    if (this.gazetteerForms.length === 0) return null;
    const forms = [m.name, ...m.aliases].map((f) => this.norm(f));
    const w = this.words(m.name);
    const g = this.gazetteerForms.find(({ forms: known }) =>
      known.some((n) => forms.includes(n) || (m.hasName && sameName(this.words(n), w) && this.words(n).length > 1)))?.entry;
    if (!g) return null;
    const existing = this.latest(this.byKey.get(this.bare(g.name)), (e) => this.norm(e.name) === this.norm(g.name));
    if (existing) return existing;
    const entry = this.create(g.name, g.role ?? m.role, g.type ?? m.type, true);
    for (const a of g.aliases) this.addAlias(entry, a);
    return entry;
  }

  private byName(m: Mention): Entry | null {
    const w = this.words(m.name);
    const named = this.latest(this.byLastName.get(w[w.length - 1] ?? ''), (e) => e.hasName && sameName(w, this.words(e.name)));
    const keyed = this.latest(this.byKey.get(this.bare(m.name)), any);
    const titled = m.role ? this.latest(this.byKey.get(this.bare(m.role)), (e) => !e.hasName) : null;
    const found = later(later(named, keyed), titled);
    return found ?? (m.type === 'person' ? this.byOneWord(w, !!m.role) : null);
  }

  /**
   * A person named by one word of the full name the article gives (كير of
   * سلفا كير ميارديت, خالد of خالد الفيصل), or given in full after being
   * named by one word: the latest such person.
   */
  private byOneWord(w: string[], titled = false): Entry | null {
    if (w.length === 1) {
      if (PARTICLES.has(w[0]!)) return null;
      return this.latest(this.byNameWord.get(w[0]!), (e) => e.hasName && e.type === 'person' && fuller(this.words(e.name), w, !!e.role));
    }
    let best: Entry | null = null;
    for (const x of w) {
      if (PARTICLES.has(x)) continue;
      const e = this.latest(this.byNameWord.get(x), (c) => c.hasName && c.type === 'person' && this.words(c.name).length === 1 && fuller(w, [x], titled));
      if (e && (!best || e.order > best.order)) best = e;
    }
    return best;
  }

  /** المهندس العمري، الإمام الترمذي: titles before a word of a named person's name. */
  private byTitledName(m: Mention): { entry: Entry; title: string } | null {
    const w = this.words(m.name);
    let k = 0;
    while (k < w.length - 1 && TITLES.has(w[k]!)) k++;
    if (k === 0 || w.length - k > 1) return null;
    const rest = w.slice(k);
    const entry = this.latest(this.byLastName.get(rest[rest.length - 1]!), (e) => e.hasName && e.type === 'person' && sameName(rest, this.words(e.name)))
      ?? this.byOneWord(rest);
    return entry && { entry, title: m.name.trim().split(/\s+/).slice(0, k).join(' ') };
  }

  private byTitle(m: Mention): Entry | null {
    const key = this.bare(m.name);
    if (HONORIFICS.has(key)) return this.namedBefore(m.span.start);
    const exact = this.latest(this.byKey.get(key), any);
    if (exact) return exact;
    // (the key and its space joined once, not for each key compared)
    const start = key + ' ';
    const prefix = this.latest(this.byFirstWord.get(firstWord(key)), (e) => someKey(e, (k) => k.startsWith(start)));
    if (prefix) return prefix;
    if (m.type === 'person') {
      const described = this.latest(this.byFirstWord.get(firstWord(key)), (e) => e.type === 'person' && someKey(e, (k) => describes(key, k)));
      if (described) return described;
    }
    if (m.headline) {
      const end = ' ' + key;
      return this.latest(this.entries, (e) => someKey(e, (k) => k.endsWith(end)));
    }
    return null;
  }

  /**
   * The named person mentioned last before `offset`: whom سموه، معاليه
   * refer to; else the person last given by title alone (معالي رئيس مجلس
   * الشورى … وأضاف معاليه).
   */
  private namedBefore(offset: number): Entry | null {
    return this.personBefore(offset, true) ?? this.personBefore(offset, false);
  }

  private personBefore(offset: number, named: boolean): Entry | null {
    let best: Entry | null = null, bestAt = -1;
    for (const e of this.entries) {
      if ((named && !e.hasName) || e.type !== 'person' || e.mergedInto) continue;
      let at = -1;
      for (const s of e.mentions) if (s.start < offset) at = Math.max(at, s.start);
      if (at > bestAt) { best = e; bestAt = at; }
    }
    return best;
  }

  private latest(candidates: readonly Entry[], test: (e: Entry) => boolean): Entry | null {
    let best: Entry | null = null;
    for (const e of candidates) if (!e.mergedInto && (!best || e.order > best.order) && test(e)) best = e;
    return best;
  }
}
