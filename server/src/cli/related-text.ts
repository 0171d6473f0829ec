// The text form of `isnad related`: one section per kind of link, each item
// with its places (`path:line:column`), indented beneath it.
import { escapeControls } from '../host/controls.js';
import type { At, RelatedReport, RelatedValue } from './related.js';

const at = (p: At): string => `${p.path}:${p.line}:${p.column}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const REASONS: Record<string, string> = {
  gazetteer: 'the isnad.yaml gazetteer',
  'same-name': 'the same name',
  'with-title': 'the same name, once with a title',
  'first-name-variant': 'a spelling of the same first name',
  'fuller-name': 'one name is the end of the other',
  'same-body-name': 'the same name of a body',
};

function value(v: RelatedValue): string {
  const date = v.date ? `${v.date} (${v.dateFrom === 'claim' ? 'said' : 'published'})` : 'date unknown';
  const source = v.source ? `said by ${v.source}` : 'unsourced';
  return [String(v.value), date, at(v), v.outlet, source].filter(Boolean).join('  ');
}

function speakers(report: RelatedReport): string[] {
  const lines = [`Speakers in more than one article: ${report.speakers.length}`];
  for (const s of report.speakers) {
    lines.push(`  ${s.name} (${s.type}) — ${plural(s.articles.length, 'article', 'articles')}`);
    for (const path of s.articles) lines.push(`    ${path}`);
    for (const m of s.merges) lines.push(`    same speaker: ${m.a.name} ${at(m.a)} = ${m.b.name} ${at(m.b)}: ${REASONS[m.reason] ?? m.reason}`);
  }
  return lines;
}

function events(report: RelatedReport): string[] {
  const lines = [`Events reported by more than one article: ${report.events.length}`];
  for (const e of report.events) {
    const venue = e.venue ? ` · ${e.venue}` : '';
    lines.push(`  ${e.day} · ${e.speaker}${venue} — ${plural(e.articles.length, 'article', 'articles')}, ${plural(e.claims.length, 'claim', 'claims')}`);
    for (const c of e.claims) lines.push(`    ${at(c)} ${c.kind} "${c.text}"${c.byWeekday ? ' (placed by its weekday and venue)' : ''}`);
  }
  return lines;
}

function quantities(report: RelatedReport): string[] {
  const lines = [`Quantities with values in more than one article: ${report.quantities.length}`];
  for (const q of report.quantities) {
    lines.push(`  ${q.label} — ${plural(q.values.length, 'value', 'values')}, oldest first`);
    for (const v of q.values) lines.push(`    ${value(v)}`);
    for (const [i, j] of q.changes) {
      const [a, b] = [q.values[i]!, q.values[j]!];
      lines.push(`    change over time: ${a.value} (${a.date}, ${a.path}) → ${b.value} (${b.date}, ${b.path})`);
    }
  }
  return lines;
}

function conflicts(report: RelatedReport): string[] {
  const lines = [`Conflicts (different values at around the same time): ${report.conflicts.length}`];
  for (const c of report.conflicts) lines.push(`  ${c.quantity}: ${value(c.a)}`, `    ≠ ${value(c.b)}`);
  return lines;
}

export function relatedText(report: RelatedReport): string {
  const sections = [speakers(report), events(report), quantities(report), conflicts(report)];
  // each line with its controls made visible: names and paths come from the files (host/controls.ts)
  return `${sections.map((s) => s.map(escapeControls).join('\n')).join('\n\n')}\n\n${plural(report.articles, 'article', 'articles')} read.\n`;
}
