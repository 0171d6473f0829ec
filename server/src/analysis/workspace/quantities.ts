// Quantities: the figures of the folder about one thing (one key of
// figures.ts), each value with its article, date and source. Values of one
// quantity from two articles either agree (the same number, or within 10 %
// when either is approximate: نحو 2500 and 2,400), conflict (they differ and
// were given at around the same time: their dates at most CONFLICT_DAYS
// apart, end to end), or show a change over time (they differ and their
// dates are more than CONFLICT_DAYS apart); otherwise it is unclear (a date
// is unknown or too coarse to tell). The table is kept per article, so a
// changed file costs only its own figures.
import type { Figure } from '../model.js';
import { apart, compareDates, interval } from './dates.js';
import type { FigureFact, Subject } from './figures.js';

/** Values further apart in time than this are a change over time, not a conflict. */
export const CONFLICT_DAYS = 92;

/** Approximate values within this share of each other agree. */
const APPROXIMATE_TOLERANCE = 0.1;

export interface QuantityValue extends FigureFact {
  uri: string;
  outlet: string | null;
}

export type Relation = 'agrees' | 'conflict' | 'change' | 'unclear';

export interface Quantity {
  key: string;
  subject: Subject;
  /** Oldest first; undated last. */
  values: QuantityValue[];
}

function sameValue(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return true;
  const approximate = a.approximator !== null || b.approximator !== null;
  return approximate && Math.abs(a.value - b.value) <= APPROXIMATE_TOLERANCE * Math.max(a.value, b.value);
}

export function relation(a: QuantityValue, b: QuantityValue): Relation {
  if (sameValue(a.figure, b.figure)) return 'agrees';
  const gap = a.date && b.date ? apart(a.date, b.date) : null;
  if (!gap) return 'unclear';
  if (gap.farthest <= CONFLICT_DAYS) return 'conflict';
  return gap.nearest > CONFLICT_DAYS ? 'change' : 'unclear';
}

/** Pairs of indexes into a quantity's values, from different articles, that stand in the `wanted` relation (every pair: quadratic; the CLI's report). */
export function relatedPairs(quantity: Quantity, wanted: 'conflict' | 'change'): [number, number][] {
  const out: [number, number][] = [];
  quantity.values.forEach((a, i) => quantity.values.forEach((b, j) => {
    if (i < j && a.uri !== b.uri && relation(a, b) === wanted) out.push([i, j]);
  }));
  return out;
}

/**
 * A quantity's values ready to be searched without comparing every pair: the
 * first day of each (sorted, as the values are), and for each value the next
 * and previous ones that are not the same number (syndicated copies give one
 * value thousands of times, and the same number always agrees: a search steps
 * over such a run at once).
 * Values conflict only within CONFLICT_DAYS of each other's first day (their
 * farthest ends are at least that far apart), and change only beyond it.
 */
function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** The first index of the ascending `sorted` whose element is at least `x`. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending indexes `list` lie in [lo, hi). */
const countIn = (list: readonly number[], lo: number, hi: number): number => lowerBound(list, hi) - lowerBound(list, lo);

export class ValueSearch {
  private readonly first: number[];
  private readonly nextOther: Int32Array;
  private readonly previousOther: Int32Array;
  /** Values that need comparing one by one (a date coarser than a day, an approximate number): their indexes, ascending. */
  private readonly special: number[] = [];
  /** Indexes of each number's plain values (not special), and of each article's values, ascending. */
  private readonly byNumber = new Map<number, number[]>();
  private readonly byUri = new Map<string, number[]>();
  private places: Map<string, number> | null = null;

  constructor(readonly values: readonly QuantityValue[]) {
    const n = values.length;
    this.first = new Array<number>(n);
    values.forEach((v, i) => {
      const days = v.date ? interval(v.date) : null;
      this.first[i] = days?.first ?? Infinity;
      if ((days && days.first !== days.last) || v.figure.approximator !== null) this.special.push(i);
      else push(this.byNumber, v.figure.value, i);
      push(this.byUri, v.uri, i);
    });
    const same = (i: number, j: number): boolean => values[i]!.figure.value === values[j]!.figure.value;
    this.nextOther = new Int32Array(n);
    this.previousOther = new Int32Array(n);
    for (let i = n - 1; i >= 0; i--) this.nextOther[i] = i + 1 < n && same(i, i + 1) ? this.nextOther[i + 1]! : i + 1;
    for (let i = 0; i < n; i++) this.previousOther[i] = i > 0 && same(i, i - 1) ? this.previousOther[i - 1]! : i - 1;
  }

  /** The index of the value of the figure at `start` in `uri`, or -1. */
  indexOf(uri: string, start: number): number {
    this.places ??= new Map(this.values.map((v, i) => [`${v.figure.start}#${v.uri}`, i]));
    return this.places.get(`${start}#${uri}`) ?? -1;
  }

  /** The values within CONFLICT_DAYS of value i's first day: [lo, hi). */
  private window(i: number): [number, number] {
    const day = this.first[i]!;
    return [lowerBound(this.first, day - CONFLICT_DAYS), lowerBound(this.first, day + CONFLICT_DAYS + 1)];
  }

  /**
   * How many values of other articles conflict with value i, without
   * comparing them one by one: within its window, a plain value (a day, an
   * exact number) conflicts with a plain one exactly when the numbers
   * differ, so the plain values in the window are counted, less those of the
   * same number and those of its own article; the special values in the
   * window are compared. Null when value i is itself special.
   */
  private conflictCount(i: number): number | null {
    const self = this.values[i]!;
    if (countIn(this.special, i, i + 1)) return null;
    const [lo, hi] = this.window(i);
    const specials = this.special.slice(lowerBound(this.special, lo), lowerBound(this.special, hi));
    const sameNumber = countIn(this.byNumber.get(self.figure.value) ?? [], lo, hi);
    const ownOthers = (this.byUri.get(self.uri) ?? [])
      .filter((j) => j >= lo && j < hi && this.values[j]!.figure.value !== self.figure.value && !countIn(this.special, j, j + 1)).length;
    const compared = specials.filter((j) => this.values[j]!.uri !== self.uri && relation(self, this.values[j]!) === 'conflict').length;
    return hi - lo - specials.length - sameNumber - ownOthers + compared;
  }

  /** Values of other articles in the `wanted` relation to value `i`, nearest in time first: at most `limit` of them, and how many in all (conflicts only). */
  find(i: number, wanted: 'conflict' | 'change', limit: number): { found: number[]; total: number } {
    const self = this.values[i]!;
    const found: number[] = [];
    if (this.first[i] === Infinity) return { found, total: 0 };
    const counted = wanted === 'conflict' ? this.conflictCount(i) : null;
    let total = 0;
    const near = (j: number): boolean => Math.abs(this.first[j]! - this.first[i]!) <= CONFLICT_DAYS;
    // outward from i, nearest first; conflicts inside the window, changes beyond it
    let left = i - 1, right = i + 1;
    if (wanted === 'change') {
      while (left >= 0 && near(left)) left--;
      while (right < this.values.length && this.first[right] !== Infinity && near(right)) right++;
    }
    const inRange = (j: number): boolean => j >= 0 && j < this.values.length && this.first[j] !== Infinity && (wanted === 'change' || near(j));
    const gap = (j: number): number => Math.abs(this.first[j]! - this.first[i]!);
    while (inRange(left) || inRange(right)) {
      const takeLeft = inRange(left) && (!inRange(right) || gap(left) <= gap(right));
      const j = takeLeft ? left : right;
      const v = this.values[j]!;
      const sameRun = v.figure.value === self.figure.value;
      if (!sameRun && v.uri !== self.uri && relation(self, v) === wanted) {
        total++;
        if (found.length < limit) found.push(j);
        // the rest need not be seen: changes are not counted, conflicts were
        else if (wanted === 'change' || counted !== null) break;
      }
      // a run of the figure's own value agrees throughout: skipped at once
      if (takeLeft) left = sameRun ? this.previousOther[j]! : j - 1;
      else right = sameRun ? this.nextOther[j]! : j + 1;
    }
    return { found: found.sort((a, b) => a - b), total: counted ?? total };
  }

  /** Pairs in the `wanted` relation, at most `limit` for each value (its nearest): bounded, whatever the number of values. */
  pairs(wanted: 'conflict' | 'change', limit: number): [number, number][] {
    const seen = new Set<number>();
    const out: [number, number][] = [];
    const n = this.values.length;
    for (let i = 0; i < n; i++) {
      for (const j of this.find(i, wanted, limit).found) {
        const [a, b] = i < j ? [i, j] : [j, i];
        if (seen.has(a * n + b)) continue;
        seen.add(a * n + b);
        out.push([a, b]);
      }
    }
    return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }
}

export const byDate = (a: QuantityValue, b: QuantityValue): number =>
  compareDates(a.date, b.date) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.figure.start - b.figure.start);

/**
 * What an article's values of one quantity say to the other articles: the
 * values with their dates, outlets and sources, without their places in the
 * text. An edit that leaves it as it was (most edits: a word elsewhere)
 * changes no other article's conflicts.
 */
function valuesSignature(values: readonly QuantityValue[]): string {
  return JSON.stringify(values.map((v) => [v.figure.value, v.figure.percent, v.figure.approximator, v.date, v.outlet, v.source]));
}

export class QuantityTable {
  private readonly byKey = new Map<string, Map<string, QuantityValue[]>>();
  private readonly keysByUri = new Map<string, Set<string>>();
  /** Each article's figures (by start offset) to their quantity's key. */
  private readonly keyByFigure = new Map<string, Map<number, string>>();
  /** Each quantity's values, sorted, made when first asked for after a change. */
  private readonly sorted = new Map<string, Quantity>();
  private readonly searches = new Map<string, ValueSearch>();
  /** The quantities whose values changed (not only their places) since `takeChanged` last asked. */
  private readonly changed = new Set<string>();

  set(uri: string, outlet: string | null, facts: readonly FigureFact[]): void {
    const before = this.signatures(uri);
    this.remove(uri, false);
    const keys = new Set<string>();
    const figures = new Map<number, string>();
    for (const fact of facts) {
      figures.set(fact.figure.start, fact.key);
      const perUri = this.byKey.get(fact.key) ?? new Map<string, QuantityValue[]>();
      const values = perUri.get(uri) ?? [];
      values.push({ ...fact, uri, outlet });
      perUri.set(uri, values);
      this.byKey.set(fact.key, perUri);
      this.sorted.delete(fact.key);
      this.searches.delete(fact.key);
      keys.add(fact.key);
    }
    this.keysByUri.set(uri, keys);
    this.keyByFigure.set(uri, figures);
    const after = this.signatures(uri);
    for (const key of new Set([...before.keys(), ...after.keys()])) if (before.get(key) !== after.get(key)) this.changed.add(key);
  }

  /** `changes`: false while set() replaces the article (it compares before and after itself). */
  remove(uri: string, changes = true): void {
    for (const key of this.keysByUri.get(uri) ?? []) {
      const perUri = this.byKey.get(key)!;
      perUri.delete(uri);
      if (!perUri.size) this.byKey.delete(key);
      this.sorted.delete(key);
      this.searches.delete(key);
      if (changes) this.changed.add(key);
    }
    this.keysByUri.delete(uri);
    this.keyByFigure.delete(uri);
  }

  private signatures(uri: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const key of this.keysByUri.get(uri) ?? []) out.set(key, valuesSignature(this.byKey.get(key)?.get(uri) ?? []));
    return out;
  }

  /** The keys of the quantities whose values changed since the last call (each key once). */
  takeChanged(): string[] {
    const keys = [...this.changed];
    this.changed.clear();
    return keys;
  }

  /** The key of the quantity of the figure starting at `start` in `uri`, if it has one. */
  keyAt(uri: string, start: number): string | null {
    return this.keyByFigure.get(uri)?.get(start) ?? null;
  }

  quantity(key: string): Quantity | null {
    const kept = this.sorted.get(key);
    if (kept) return kept;
    const perUri = this.byKey.get(key);
    if (!perUri) return null;
    const values = [...perUri.values()].flat().sort(byDate);
    const quantity = { key, subject: values[0]!.subject, values };
    this.sorted.set(key, quantity);
    return quantity;
  }

  /** The quantity's values ready for bounded searches (ValueSearch), made once per change. */
  search(key: string): ValueSearch | null {
    let search = this.searches.get(key);
    if (!search) {
      const quantity = this.quantity(key);
      if (!quantity) return null;
      this.searches.set(key, (search = new ValueSearch(quantity.values)));
    }
    return search;
  }

  /** Keys of the quantities an article gives a value of. */
  keysOf(uri: string): string[] {
    return [...(this.keysByUri.get(uri) ?? [])].sort();
  }

  /** Keys of the quantities with values in at least `articles` articles. */
  keys(articles = 1): string[] {
    return [...this.byKey].filter(([, perUri]) => perUri.size >= articles).map(([key]) => key).sort();
  }

  /** The articles giving a value of the quantity `key`. */
  articlesOf(key: string): string[] {
    return [...(this.byKey.get(key)?.keys() ?? [])];
  }

  /** The articles giving a value of any of `uri`'s quantities (`uri` itself included). */
  neighbours(uri: string): Set<string> {
    const out = new Set<string>([uri]);
    for (const key of this.keysByUri.get(uri) ?? []) for (const other of this.byKey.get(key)?.keys() ?? []) out.add(other);
    return out;
  }
}
