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

export class QuantityTable {
  private readonly byKey = new Map<string, Map<string, QuantityValue[]>>();
  private readonly keysByUri = new Map<string, Set<string>>();
  /** Each article's figures (by start offset) to their quantity's key. */
  private readonly keyByFigure = new Map<string, Map<number, string>>();

  set(uri: string, outlet: string | null, facts: readonly FigureFact[]): void {
    this.remove(uri);
    const keys = new Set<string>();
    const figures = new Map<number, string>();
    for (const fact of facts) {
      figures.set(fact.figure.start, fact.key);
      const perUri = this.byKey.get(fact.key) ?? new Map<string, QuantityValue[]>();
      perUri.set(uri, [...(perUri.get(uri) ?? []), { ...fact, uri, outlet }]);
      this.byKey.set(fact.key, perUri);
      keys.add(fact.key);
    }
    this.keysByUri.set(uri, keys);
    this.keyByFigure.set(uri, figures);
  }

  remove(uri: string): void {
    for (const key of this.keysByUri.get(uri) ?? []) {
      const perUri = this.byKey.get(key)!;
      perUri.delete(uri);
      if (!perUri.size) this.byKey.delete(key);
    }
    this.keysByUri.delete(uri);
    this.keyByFigure.delete(uri);
  }

  /** The key of the quantity of the figure starting at `start` in `uri`, if it has one. */
  keyAt(uri: string, start: number): string | null {
    return this.keyByFigure.get(uri)?.get(start) ?? null;
  }

  quantity(key: string): Quantity | null {
    const perUri = this.byKey.get(key);
    if (!perUri) return null;
    const values = [...perUri.values()].flat().sort(byDate);
    return { key, subject: values[0]!.subject, values };
  }

  /** Keys of the quantities an article gives a value of. */
  keysOf(uri: string): string[] {
    return [...(this.keysByUri.get(uri) ?? [])].sort();
  }

  /** Keys of the quantities with values in at least `articles` articles. */
  keys(articles = 1): string[] {
    return [...this.byKey].filter(([, perUri]) => perUri.size >= articles).map(([key]) => key).sort();
  }

  /** The articles giving a value of any of `uri`'s quantities (`uri` itself included). */
  neighbours(uri: string): Set<string> {
    const out = new Set<string>([uri]);
    for (const key of this.keysByUri.get(uri) ?? []) for (const other of this.byKey.get(key)?.keys() ?? []) out.add(other);
    return out;
  }
}
