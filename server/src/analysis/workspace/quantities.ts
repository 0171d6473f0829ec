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
import { apart, compareDates } from './dates.js';
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

/** Pairs of indexes into a quantity's values, from different articles, that stand in the `wanted` relation. */
export function relatedPairs(quantity: Quantity, wanted: 'conflict' | 'change'): [number, number][] {
  const out: [number, number][] = [];
  quantity.values.forEach((a, i) => quantity.values.forEach((b, j) => {
    if (i < j && a.uri !== b.uri && relation(a, b) === wanted) out.push([i, j]);
  }));
  return out;
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
