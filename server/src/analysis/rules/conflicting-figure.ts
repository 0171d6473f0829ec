// conflicting-figure: a figure another article of the folder gives a
// different value for, at around the same time (the same quantity: counted
// noun, actor and place; see workspace/quantities.ts). A folder rule: it
// reads the workspace index, and finds nothing in an article checked alone.
// Values that differ across more than CONFLICT_DAYS are a change over time,
// shown in the hover, not reported.
import type { Article, Figure } from '../model.js';
import { apart } from '../workspace/dates.js';
import type { OtherValue } from '../workspace/index.js';
import type { FolderContext, Finding, RelatedFinding, Rule, ValueFacts } from './index.js';

const ID = 'conflicting-figure' as const;

const number = (n: number): string => n.toLocaleString('en');

/** `3,000 (SY24, 2024-01-20)`: a value with what places it. */
export function describeValue({ value }: OtherValue): string {
  const where = [value.outlet, value.date].filter(Boolean).join(', ');
  return where ? `${number(value.figure.value)} (${where})` : number(value.figure.value);
}

const valueFacts = ({ value }: OtherValue): ValueFacts =>
  ({ value: value.figure.value, outlet: value.outlet, date: value.date, source: value.source });

function related(other: OtherValue): RelatedFinding {
  const { figure, source } = other.value;
  const by = source.kind === 'speaker' ? `, said by ${source.name}` : source.kind === 'phrase' ? `, ${source.text}` : ', unsourced';
  return { uri: other.value.uri, start: figure.start, end: figure.end, message: `${describeValue(other)}${by}`, value: valueFacts(other) };
}

/** At most this many other values in one diagnostic: the nearest in time; the rest are counted (the hover and the Isnad view list them all). */
export const MAX_CONFLICTS_SHOWN = 5;

function finding(figure: Figure, conflicts: OtherValue[], total: number): Finding {
  const more = total - conflicts.length;
  const values = conflicts.map(describeValue).join('; ') + (more ? `; and ${more} more` : '');
  return {
    rule: ID,
    severity: 'information',
    start: figure.start,
    end: figure.end,
    message: `Conflicting figure "${figure.text}": ${total === 1 ? 'another article gives' : 'other articles give'} ${values} for the same quantity at around the same time.`,
    facts: { rule: ID, figure: figure.text, values: conflicts.map(valueFacts), more },
    related: conflicts.map(related),
  };
}

/**
 * The conflicting values nearest in time to the figure's own date (then in
 * the order of the folder), at most MAX_CONFLICTS_SHOWN: a running count
 * given by two thousand articles must not make each diagnostic carry two
 * thousand values, nor the folder's diagnostics grow with its square.
 */
function nearest(conflicts: OtherValue[], date: string | null): OtherValue[] {
  if (conflicts.length <= MAX_CONFLICTS_SHOWN) return conflicts;
  const gap = (o: OtherValue): number => (date && o.value.date ? apart(date, o.value.date)?.nearest ?? Infinity : Infinity);
  const ranked = conflicts.map((o, i) => ({ o, i, gap: gap(o) })).sort((a, b) => a.gap - b.gap || a.i - b.i);
  return ranked.slice(0, MAX_CONFLICTS_SHOWN).sort((a, b) => a.i - b.i).map((r) => r.o);
}

function check(article: Article, folder?: FolderContext): Finding[] {
  if (!folder) return [];
  return article.figures.flatMap((figure) => {
    const conflicts = folder.index.otherValues(folder.uri, figure).filter((o) => o.relation === 'conflict');
    if (!conflicts.length) return [];
    const self = folder.index.quantityOf(folder.uri, figure)?.values.find((v) => v.uri === folder.uri && v.figure.start === figure.start);
    return [finding(figure, nearest(conflicts, self?.date ?? null), conflicts.length)];
  });
}

export const conflictingFigure: Rule = {
  id: ID,
  description: 'A figure another article of the folder gives a different value for, at around the same time.',
  fullDescription:
    'Reports a figure when another article of the folder gives a different value for the same quantity ' +
    '(the same counted noun, actor and place: US troops in Iraq) with dates at most three months apart. ' +
    'Values further apart in time are a change over time, shown in the figure\'s hover, not reported. ' +
    'Only the editor reports it, as it needs the other articles of the folder.',
  defaultSeverity: 'information',
  check,
};
