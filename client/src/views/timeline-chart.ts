// From the server's overview to what the timeline webview shows: the chart
// for a given width, with its summary line, or the empty state. Pure; the
// panel keeps the layout to know which claims a clicked point stands for.
import type { WorkspaceOverview } from '../../../server/src/lsp/protocol.js';
import { strings } from './strings.js';
import { dayLabel } from './time-scale.js';
import type { ToWebview } from './timeline-html.js';
import { layoutTimeline, type TimelineLayout } from './timeline-layout.js';
import { axisSvg, bodySvg, tips } from './timeline-svg.js';

export interface Chart {
  message: ToWebview;
  layout: TimelineLayout | null;
}

/** Claims of the folder's speakers that have no day, so no place on the axis. */
export function undatedClaims(overview: WorkspaceOverview): number {
  return overview.speakers.reduce((n, s) => n + s.undated.length, 0);
}

export function timelineChart(overview: WorkspaceOverview, width: number): Chart {
  const layout = layoutTimeline(overview.timeline, width);
  if (!layout) {
    return {
      layout: null,
      message: { type: 'empty', summary: '', title: strings.emptyTitle(), detail: strings.emptyDetail(undatedClaims(overview)) },
    };
  }
  const claims = layout.clusters.reduce((n, c) => n + c.claims.length, 0);
  const speakers = layout.rows.length + layout.hiddenRows;
  return {
    layout,
    message: {
      type: 'chart',
      summary: strings.timelineSummary(claims, speakers, dayLabel(layout.first), dayLabel(layout.last)),
      hint: strings.timelineHint(),
      axis: axisSvg(layout),
      body: bodySvg(layout),
      tips: tips(layout),
      more: layout.hiddenRows > 0 ? strings.hiddenRows(layout.hiddenRows) : null,
    },
  };
}

/** A state with no chart: loading, the server stopped, or a failed request. */
export function statusMessage(title: string, detail = ''): ToWebview {
  return { type: 'empty', summary: '', title, detail };
}
