// The timeline drawn as inline SVG markup from a layout: a header with the
// time axis, a body with one row per speaker and one point per cluster.
// Colours come from classes the webview's CSS maps onto the editor's theme
// variables (no style attributes: the page's CSP forbids inline styles).
// Every text is escaped. Pure.
import { strings } from './strings.js';
import { firstWords } from './tree-model.js';
import { periodLabel } from './time-scale.js';
import { AXIS_HEIGHT, ROW_HEIGHT, radius, type Cluster, type TimelineLayout } from './timeline-layout.js';

/** As many series colours as the CSS defines (.c0 … .c5). */
export const SERIES = 6;
const TIP_WORDS = 24;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

const px = (n: number): string => String(Math.round(n * 10) / 10);

/** Roughly how many characters of a name fit in `width` pixels. */
export function fitName(name: string, width: number): string {
  const room = Math.max(4, Math.floor(width / 7));
  return name.length > room ? `${name.slice(0, room - 1).trimEnd()}…` : name;
}

export function axisSvg(layout: TimelineLayout): string {
  const marks = layout.ticks.map((t) => [
    `<line class="tick${t.major ? ' major' : ''}" x1="${px(t.x)}" x2="${px(t.x)}" y1="${AXIS_HEIGHT - 6}" y2="${AXIS_HEIGHT}"/>`,
    `<text class="tick-label" x="${px(t.x)}" y="${AXIS_HEIGHT - 11}" text-anchor="middle">${escapeXml(t.label)}</text>`,
  ].join('')).join('');
  return `<svg class="axis" width="${layout.width}" height="${AXIS_HEIGHT}" aria-hidden="true">` +
    `<line class="baseline" x1="${layout.plotLeft}" x2="${layout.plotRight}" y1="${AXIS_HEIGHT - 0.5}" y2="${AXIS_HEIGHT - 0.5}"/>${marks}</svg>`;
}

function rowsMarkup(layout: TimelineLayout): string {
  return layout.rows.map((row) => {
    const mid = row.y + ROW_HEIGHT / 2;
    const name = fitName(row.name, layout.labelWidth - 8);
    const band = row.index % 2 === 1 ? `<rect class="band" x="0" y="${row.y}" width="${layout.width}" height="${ROW_HEIGHT}"/>` : '';
    return `${band}<line class="row-line" x1="${layout.plotLeft}" x2="${layout.plotRight}" y1="${mid}" y2="${mid}"/>` +
      `<text class="label c${row.index % SERIES}" data-row="${row.index}" x="${layout.labelWidth}" y="${mid}" direction="rtl" text-anchor="start" dominant-baseline="central">` +
      `<title>${escapeXml(row.name)} (${row.claims})</title>${escapeXml(name)}</text>`;
  }).join('');
}

/** What a point is read as by a screen reader: speaker, date, count, first words. */
export function pointLabel(cluster: Cluster): string {
  const [claim] = cluster.claims;
  const count = cluster.claims.length > 1 ? ` (${cluster.claims.length})` : '';
  return `${claim?.speakerName ?? ''}, ${periodLabel(cluster.day, cluster.lastDay)}${count}: ${firstWords(claim?.text ?? '', 10)}`;
}

function pointMarkup(cluster: Cluster, index: number): string {
  const count = cluster.claims.length;
  const r = radius(count);
  const digits = count > 1 ? `<text class="count" x="${px(cluster.x)}" y="${px(cluster.y)}" text-anchor="middle" dominant-baseline="central">${count > 99 ? '99+' : count}</text>` : '';
  return `<g class="pt c${cluster.row % SERIES}" data-i="${index}" tabindex="0" role="button" aria-label="${escapeXml(pointLabel(cluster))}">` +
    `<circle cx="${px(cluster.x)}" cy="${px(cluster.y)}" r="${px(r)}"/>${digits}</g>`;
}

export function bodySvg(layout: TimelineLayout): string {
  const grid = layout.ticks.map((t) =>
    `<line class="grid${t.major ? ' major' : ''}" x1="${px(t.x)}" x2="${px(t.x)}" y1="0" y2="${layout.bodyHeight}"/>`).join('');
  const points = layout.clusters.map(pointMarkup).join('');
  return `<svg class="body" width="${layout.width}" height="${layout.bodyHeight}">${rowsMarkup(layout)}${grid}${points}</svg>`;
}

/** What the webview's tooltip shows for each point (it sets them as text, never as markup). */
export interface Tip {
  speaker: string;
  date: string;
  /** The articles the claims are in, by short name. */
  where: string;
  text: string;
  /** "3 claims on this day" (or "in this period") for a cluster, else empty. */
  note: string;
}

/** At most this many article names in a tip. */
const TIP_ARTICLES = 4;

export function tips(layout: TimelineLayout, name: (uri: string) => string = (uri) => uri): Tip[] {
  return layout.clusters.map((c) => {
    const articles = [...new Set(c.claims.map((p) => name(p.uri)))];
    const where = articles.slice(0, TIP_ARTICLES).join(' · ') + (articles.length > TIP_ARTICLES ? ' …' : '');
    return { speaker: c.claims[0]?.speakerName ?? '', date: periodLabel(c.day, c.lastDay), where, ...tipText(c) };
  });
}

function tipText(c: TimelineLayout['clusters'][number]): Pick<Tip, 'text' | 'note'> {
  return {
    text: firstWords(c.claims[0]?.text ?? '', TIP_WORDS),
    note: c.claims.length === 1 ? '' : c.day === c.lastDay ? strings.sameDay(c.claims.length) : strings.samePeriod(c.claims.length),
  };
}
