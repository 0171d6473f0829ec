// conflicting-figure: a figure another article of the folder gives a
// different value for, at around the same time (the same quantity: counted
// noun, actor and place; see workspace/quantities.ts). A folder rule: it
// reads the workspace index, and finds nothing in an article checked alone.
// Values that differ across more than CONFLICT_DAYS are a change over time,
// shown in the hover, not reported.
import type { Article, Figure } from '../model.js';
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

function check(article: Article, folder?: FolderContext): Finding[] {
  if (!folder) return [];
  return article.figures.flatMap((figure) => {
    // the nearest few in time, and a count: a running count given by two thousand articles must not
    // make each diagnostic carry two thousand values, nor the folder's diagnostics grow with its square
    const { values, total } = folder.index.conflictsOf(folder.uri, figure, MAX_CONFLICTS_SHOWN);
    return total ? [finding(figure, values, total)] : [];
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
