// From the server's overview and the page's filters to what the timeline
// webview shows: the chart for a given width, with its summary line, the
// state of its controls (with the speakers, articles and outlets they offer)
// and a word on what is left out; or the empty state. Pure; the panel keeps
// the layout to know which claims a clicked point stands for.
import type { WorkspaceOverview } from '../../../server/src/lsp/protocol.js';
import { strings } from './strings.js';
import { dayLabel } from './time-scale.js';
import { NO_FILTER, articleInfo, filterPoints, type TimelineFilter } from './timeline-filter.js';
import type { Controls, ToWebview } from './timeline-html.js';
import { layoutTimeline, type TimelineLayout } from './timeline-layout.js';
import { axisSvg, bodySvg, tips } from './timeline-svg.js';
import { articleNamer } from './tree-model.js';

/** At most this many speakers are offered as suggestions, the busiest first. */
const SUGGESTED_SPEAKERS = 500;

export interface Chart {
  message: ToWebview;
  layout: TimelineLayout | null;
}

/** Claims of the folder's speakers that have no day, so no place on the axis. */
export function undatedClaims(overview: WorkspaceOverview): number {
  return overview.speakers.reduce((n, s) => n + s.undated.length, 0);
}

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

function controls(overview: WorkspaceOverview, filter: TimelineFilter, shown: { from: number; to: number } | null,
  range: { from: number; to: number } | null): Controls {
  const counts = new Map<string, number>();
  for (const p of overview.timeline) counts.set(p.speakerName, (counts.get(p.speakerName) ?? 0) + 1);
  const name = articleNamer(overview);
  const dated = new Set(overview.timeline.map((p) => p.uri));
  return {
    filter,
    speakers: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, SUGGESTED_SPEAKERS).map(([n]) => n),
    articles: overview.articles.filter((a) => dated.has(a.uri)).map((a) => ({ value: name(a.uri), label: a.title })),
    outlets: [...new Set(overview.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort((a, b) => a.localeCompare(b)),
    from: shown ? iso(shown.from) : '',
    to: shown ? iso(shown.to) : '',
    min: range ? iso(range.from) : '',
    max: range ? iso(range.to) : '',
  };
}

export function timelineChart(overview: WorkspaceOverview, width: number, filter: TimelineFilter = NO_FILTER): Chart {
  if (overview.timeline.length === 0) {
    return {
      layout: null,
      message: { type: 'empty', summary: '', title: strings.emptyTitle(), detail: strings.emptyDetail(undatedClaims(overview)), controls: null },
    };
  }
  const { shown, outside, range } = filterPoints(overview.timeline, filter, articleInfo(overview.articles, articleNamer(overview)));
  const asked = filter.from || filter.to ? {
    from: filter.from ? Math.round(Date.parse(filter.from) / 86_400_000) : Math.min(...shown.map((d) => d.day)),
    to: filter.to ? Math.round(Date.parse(filter.to) / 86_400_000) : Math.max(...shown.map((d) => d.day)),
  } : null;
  const layout = layoutTimeline(shown, width, { days: asked && asked.to >= asked.from ? asked : null });
  const example = outside[0] ? dayLabel(outside[0].day) : '';
  const leftOut = outside.length ? strings.outsideLeft(outside.length, example) : filter.all && range ? shownOutside(overview, range) : null;
  if (!layout) {
    return {
      layout: null,
      message: { type: 'empty', summary: '', title: strings.noMatch(), detail: '', controls: controls(overview, filter, null, range), outside: leftOut },
    };
  }
  // every claim the filters keep, those of the speakers beyond the rows drawn too
  const claims = shown.length;
  const speakers = layout.rows.length + layout.hiddenRows;
  const days = { from: asked?.from ?? layout.first, to: asked?.to ?? layout.last };
  return {
    layout,
    message: {
      type: 'chart',
      summary: strings.timelineSummary(claims, speakers, dayLabel(days.from), dayLabel(days.to)),
      hint: strings.timelineHint(),
      axis: axisSvg(layout),
      body: bodySvg(layout),
      tips: tips(layout, articleNamer(overview)),
      rows: layout.rows.map((r) => r.name),
      more: layout.hiddenRows > 0 ? strings.hiddenRows(layout.hiddenRows) : null,
      outside: leftOut,
      controls: controls(overview, filter, days, range),
    },
  };
}

/** With every date shown: how many of them are outside the plausible range, if any. */
function shownOutside(overview: WorkspaceOverview, range: { from: number; to: number }): string | null {
  const n = overview.timeline.filter((p) => {
    const day = Math.round(Date.parse(p.date) / 86_400_000);
    return Number.isFinite(day) && (day < range.from || day > range.to);
  }).length;
  return n ? strings.outsideShown(n) : null;
}

/** A state with no chart: loading, the server stopped, or a failed request. */
export function statusMessage(title: string, detail = ''): ToWebview {
  return { type: 'empty', summary: '', title, detail, controls: null };
}
