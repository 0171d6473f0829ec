// What the timeline shows of the folder's dated claims: the filters the page
// sends (a search, a speaker, an article, an outlet, a date range), and the
// range of dates that is plausible for the folder. A folder of news from one
// year still holds a few claims dated centuries away (a Hijri year read as
// Gregorian, a number read as a year): drawn, they would squeeze the real
// months into a sliver. They are left out unless asked for, and counted.
// Pure.
import type { OverviewArticle, TimelinePoint } from '../../../server/src/lsp/protocol.js';
import { normalize } from '../../../server/src/analysis/text/normalize.js';
import { dayNumber } from './time-scale.js';

export interface TimelineFilter {
  /** Words to find in the speaker's name, the claim, the article's name or title, or the outlet. */
  query: string;
  speaker: string;
  /** An article's short name (as the view shows it) or its title. */
  article: string;
  outlet: string;
  /** ISO days, or '' for no bound. */
  from: string;
  to: string;
  /** Show the claims dated outside the plausible range too. */
  all: boolean;
}

export const NO_FILTER: TimelineFilter = { query: '', speaker: '', article: '', outlet: '', from: '', to: '', all: false };

const LONGEST_TEXT = 200;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A filter from the page, checked field by field: anything odd is no filter. */
export function parseFilter(x: unknown): TimelineFilter {
  const f = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, LONGEST_TEXT).trim() : '');
  const day = (v: unknown): string => (typeof v === 'string' && ISO_DAY.test(v) && dayNumber(v) !== null ? v : '');
  return { query: text(f.query), speaker: text(f.speaker), article: text(f.article), outlet: text(f.outlet), from: day(f.from), to: day(f.to), all: f.all === true };
}

export const isFiltered = (f: TimelineFilter): boolean => !!(f.query || f.speaker || f.article || f.outlet || f.from || f.to);

/** Share of the claims at each end that does not decide the plausible range. */
const TAIL = 0.05;
/** The plausible range reaches this far (at least MIN_REACH days) beyond the bulk of the dates, in multiples of the bulk's span. */
const REACH = 1;
const MIN_REACH = 30;

/**
 * The days a folder's claims plausibly fall in: the bulk of them (all but
 * the earliest and latest 5 %) widened by its own span, a month at least.
 * Null when there is no day at all.
 */
export function plausibleRange(days: readonly number[]): { from: number; to: number } | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const low = sorted[Math.floor(sorted.length * TAIL)]!;
  const high = sorted[Math.ceil(sorted.length * (1 - TAIL)) - 1]!;
  const reach = Math.max(MIN_REACH, (high - low) * REACH);
  return { from: Math.max(sorted[0]!, low - reach), to: Math.min(sorted[sorted.length - 1]!, high + reach) };
}

/** What is known of each article for matching: its short name, title and outlet. */
export type ArticleInfo = (uri: string) => { name: string; title: string; outlet: string | null };

export function articleInfo(articles: readonly OverviewArticle[], name: (uri: string) => string): ArticleInfo {
  const byUri = new Map(articles.map((a) => [a.uri, a]));
  return (uri) => {
    const article = byUri.get(uri);
    return { name: name(uri), title: article?.title ?? '', outlet: article?.outlet ?? null };
  };
}

/** For matching: Arabic normalized (no diacritics, one alef …), Latin in lower case. */
const fold = (text: string): string => normalize(text).toLowerCase();

export interface Dated {
  point: TimelinePoint;
  day: number;
}

export interface Filtered {
  /** The claims to draw. */
  shown: Dated[];
  /** Claims the filters keep that fall outside the plausible range (left out unless `all`). */
  outside: Dated[];
  /** The plausible range of the whole folder. */
  range: { from: number; to: number } | null;
}

/** The folder's dated claims that pass the filter, and those left out for their unlikely dates. */
export function filterPoints(points: readonly TimelinePoint[], filter: TimelineFilter, info: ArticleInfo): Filtered {
  const dated = points.flatMap((point): Dated[] => {
    const day = dayNumber(point.date);
    return day === null ? [] : [{ point, day }];
  });
  const range = plausibleRange(dated.map((d) => d.day));
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const speaker = fold(filter.speaker);
  const article = fold(filter.article);
  const from = filter.from ? dayNumber(filter.from) : null;
  const to = filter.to ? dayNumber(filter.to) : null;
  const shown: Dated[] = [];
  const outside: Dated[] = [];
  for (const d of dated) {
    const { point } = d;
    if (from !== null && d.day < from) continue;
    if (to !== null && d.day > to) continue;
    const about = info(point.uri);
    if (filter.outlet && about.outlet !== filter.outlet) continue;
    if (speaker && !fold(point.speakerName).includes(speaker)) continue;
    if (article && !fold(about.name).includes(article) && !fold(about.title).includes(article)) continue;
    if (words.length) {
      const haystack = fold(`${point.speakerName} ${point.text} ${about.name} ${about.title} ${about.outlet ?? ''}`);
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    // a closed range asked for shows all it holds, plausible or not
    const plausible = !range || (d.day >= range.from && d.day <= range.to) || (from !== null && to !== null);
    (plausible || filter.all ? shown : outside).push(d);
  }
  return { shown, outside, range };
}
