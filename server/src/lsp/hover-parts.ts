// The sections hovers share: a date with its resolution, a speaker line,
// the publication. Each writes into a Markdown; hover.ts assembles them.
import type { Article, DateMention, Figure, Speaker } from '../analysis/model.js';
import { arabicDate } from './arabic-dates.js';
import type { MonthSeries } from './arabic-dates.js';
import { Markdown, escapeMarkdown } from './markdown.js';
import { messages } from './messages.js';

export interface HoverScope {
  article: Article;
  series: MonthSeries;
}

/** `2020-01-23 — الخميس 23 كانون الثاني 2020`: the ISO value and its Arabic words. */
export function dateWords(iso: string, calendar: DateMention['calendar'], series: MonthSeries): string {
  const words = arabicDate(iso, calendar, series);
  return words ? `${iso} — ${words}` : iso;
}

export function writeDate(md: Markdown, scope: HoverScope, date: DateMention): void {
  if (date.value) md.arabic(dateWords(date.value, date.calendar, scope.series));
  else md.line(messages.dateValue(null));
  if (date.hijri && date.calendar !== 'hijri') md.line(messages.hijriReading).arabic(dateWords(date.hijri, 'hijri', scope.series));
  md.line(messages.resolution(date.resolution, scope.article.published));
}

export function writeSpeaker(md: Markdown, speaker: Speaker): void {
  md.arabic(speaker.name, true);
  if (speaker.role && speaker.role !== speaker.name) md.arabic(speaker.role);
}

export function writePublication(md: Markdown, article: Article): void {
  const evidence = article.published && article.publishedEvidence ? ` ${messages.publishedEvidence(escapeMarkdown(article.publishedEvidence))}` : '';
  // one line: the outlet after the date
  const published = `${messages.publishedLabel(article.published)}${evidence}`;
  if (article.outlet) md.line(`${published} · ${messages.outletLabel}`).arabic(article.outlet);
  else md.line(published);
}

/** Who stands behind a figure; an unsourced one a reviewer has decided on is not called unsourced. */
export function writeFigureSource(md: Markdown, article: Article, figure: Figure, reviewed = false): void {
  const claim = figure.claim ? article.claims.find((c) => c.id === figure.claim) : undefined;
  const speaker = claim ? article.speakers.find((s) => s.id === claim.speaker) : undefined;
  if (figure.sourced && speaker) md.line(messages.sourcedBy).arabic(speaker.name);
  else if (figure.sourced && figure.attribution) {
    md.line(messages.sourcedByPhrase).arabic(article.text.slice(figure.attribution.start, figure.attribution.end));
  } else md.line(reviewed ? messages.unsourcedReviewed : messages.unsourced);
}
