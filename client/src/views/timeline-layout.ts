// Where everything goes on the timeline, for a given width: one row per
// speaker (the busiest first), one mark per event (the claims one speaker
// made on one day at one venue, drawn as one point with their count; claims
// of no event, one per speaker and day), the time axis and its ticks, over
// the days asked for (a zoom) or those of the claims. Pure and fast:
// thousands of claims lay out in milliseconds.
import type { TimelinePoint } from '../../../server/src/lsp/protocol.js';
import type { Dated } from './timeline-filter.js';
import { ticks, timeScale, type Tick } from './time-scale.js';

export const ROW_HEIGHT = 26;
export const AXIS_HEIGHT = 30;
export const MARGIN = 16;
/** Rows beyond this many are left out (and counted): a taller chart reads no better. */
export const MAX_ROWS = 400;
/** Beyond this many points a row's claims are clustered by week, month …: the page stays quick to draw. */
export const MAX_POINTS = 3000;
const CLUSTER_SPANS = [1, 7, 30, 91, 365, 3650, 36500];
const MIN_PLOT = 120;
const TICK_SPACING = 64;

export interface Row {
  speaker: string;
  name: string;
  index: number;
  /** The top of the row, in the body's coordinates. */
  y: number;
  claims: number;
}

export interface Cluster {
  row: number;
  /** Its first and last day: the same day unless there were too many points to show each day's. */
  day: number;
  lastDay: number;
  x: number;
  /** The centre line of its row. */
  y: number;
  /** The claims it stands for, oldest article order kept. */
  claims: TimelinePoint[];
}

export interface PlacedTick extends Tick {
  x: number;
}

export interface TimelineLayout {
  width: number;
  /** The speakers' names end here; the plot starts after a margin. */
  labelWidth: number;
  plotLeft: number;
  plotRight: number;
  bodyHeight: number;
  rows: Row[];
  clusters: Cluster[];
  ticks: PlacedTick[];
  /** Speakers with dated claims left out beyond MAX_ROWS. */
  hiddenRows: number;
  first: number;
  last: number;
}

/** One row per speaker, the busiest first, then by their first day, then by name. */
export function assignRows(points: readonly Dated[], maxRows = MAX_ROWS): { rows: Row[]; hidden: number } {
  const bySpeaker = new Map<string, { name: string; first: number; claims: number }>();
  for (const { point, day } of points) {
    const seen = bySpeaker.get(point.speaker);
    if (!seen) bySpeaker.set(point.speaker, { name: point.speakerName, first: day, claims: 1 });
    else {
      seen.first = Math.min(seen.first, day);
      seen.claims += 1;
    }
  }
  const ordered = [...bySpeaker.entries()].sort(([ka, a], [kb, b]) =>
    b.claims - a.claims || a.first - b.first || a.name.localeCompare(b.name) || (ka < kb ? -1 : ka > kb ? 1 : 0));
  const rows = ordered.slice(0, maxRows).map(([speaker, s], index) => ({ speaker, name: s.name, index, y: index * ROW_HEIGHT, claims: s.claims }));
  return { rows, hidden: Math.max(0, ordered.length - maxRows) };
}

/**
 * Claims of one event become one cluster, and the other claims of one
 * speaker on one day too; with `span` over a day, a speaker's claims of one
 * span of days, events or not (too many points to draw each).
 */
export function clusterByDay(points: readonly Dated[], rows: readonly Row[], span = 1): Omit<Cluster, 'x' | 'y'>[] {
  const rowOf = new Map(rows.map((r) => [r.speaker, r.index]));
  const clusters = new Map<string, Omit<Cluster, 'x' | 'y'>>();
  for (const { point, day } of points) {
    const row = rowOf.get(point.speaker);
    if (row === undefined) continue;
    const key = span === 1 && point.event ? `${row}#${point.event}` : `${row}@${Math.floor(day / span)}`;
    const cluster = clusters.get(key);
    if (!cluster) clusters.set(key, { row, day, lastDay: day, claims: [point] });
    else {
      cluster.claims.push(point);
      cluster.day = Math.min(cluster.day, day);
      cluster.lastDay = Math.max(cluster.lastDay, day);
    }
  }
  return [...clusters.values()].sort((a, b) => a.row - b.row || a.day - b.day);
}

/** Days first, then wider spans until the points are few enough to draw. */
function clusterToFit(points: readonly Dated[], rows: readonly Row[], maxPoints: number): Omit<Cluster, 'x' | 'y'>[] {
  let clusters = clusterByDay(points, rows);
  for (const span of CLUSTER_SPANS.slice(1)) {
    if (clusters.length <= maxPoints) break;
    clusters = clusterByDay(points, rows, span);
  }
  return clusters;
}

export interface LayoutOptions {
  maxRows?: number;
  maxPoints?: number;
  /** The days to show (a zoom); the claims' own first and last day when absent. */
  days?: { from: number; to: number } | null;
}

/** The whole layout for a chart `width` pixels wide; null when there is no claim to place. */
export function layoutTimeline(
  usable: readonly Dated[], width: number, { maxRows = MAX_ROWS, maxPoints = MAX_POINTS, days = null }: LayoutOptions = {},
): TimelineLayout | null {
  if (usable.length === 0) return null;
  const w = Math.max(MIN_PLOT + 2 * MARGIN + 80, Math.floor(width));
  const labelWidth = Math.round(Math.min(240, Math.max(80, w * 0.28)));
  const plotLeft = labelWidth + MARGIN;
  const plotRight = w - MARGIN;
  // A loop, not Math.min(...days): spreading a huge array overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const { day } of usable) {
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  const scale = days ? timeScale(days.from, days.to, plotLeft, plotRight, 0) : timeScale(first, last, plotLeft, plotRight);
  const { rows, hidden } = assignRows(usable, maxRows);
  const clusters = clusterToFit(usable, rows, maxPoints)
    .map((c) => ({ ...c, x: scale.x((c.day + c.lastDay) / 2), y: c.row * ROW_HEIGHT + ROW_HEIGHT / 2 }));
  const placed = ticks(scale.from, scale.to, (plotRight - plotLeft) / TICK_SPACING).map((t) => ({ ...t, x: scale.x(t.day) }));
  return {
    width: w, labelWidth, plotLeft, plotRight, bodyHeight: rows.length * ROW_HEIGHT,
    rows, clusters, ticks: placed, hiddenRows: hidden, first, last,
  };
}

/** A cluster's radius grows slowly with its count, so a busy day stands out without hiding its neighbours; its count fits in it. */
export function radius(count: number): number {
  return count <= 1 ? 5 : Math.min(11, 7 + 1.5 * Math.log2(count / 2));
}

export type { Dated };
export type { TimelinePoint };
