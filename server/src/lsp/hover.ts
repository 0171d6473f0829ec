// Hover: what Isnad knows about the innermost item under the cursor.
import { MarkupKind } from 'vscode-languageserver';
import type { Hover, Position } from 'vscode-languageserver';
import type { Claim, DateMention, Figure, Speaker } from '../analysis/model.js';
import type { Review } from '../analysis/review/index.js';
import type { Analysed, ArticleStore } from './articles.js';
import { monthSeries } from './arabic-dates.js';
import { writeMerges, writeQuantity } from './hover-folder.js';
import { dateWords, writeDate, writeFigureSource, writePublication, writeSpeaker } from './hover-parts.js';
import type { HoverScope } from './hover-parts.js';
import { writeRelated } from './hover-related.js';
import { reviewOf, writeReview } from './hover-review.js';
import { itemAt } from './items.js';
import { Markdown } from './markdown.js';
import { messages } from './messages.js';

interface Scope extends HoverScope {
  store: ArticleStore;
  entry: Analysed;
  /** The decisions isnad.yaml records on the article's figures. */
  reviews: readonly Review[];
}

export function hover(store: ArticleStore, entry: Analysed | undefined, position: Position, reviews: readonly Review[] = []): Hover | null {
  const article = entry?.article;
  if (!entry || !article) return null;
  const item = itemAt(article, entry.conv.offset(position));
  if (!item) return null;
  const scope: Scope = { store, entry, article, series: monthSeries(article), reviews };
  const md = item.kind === 'claim' ? claimHover(scope, item.claim)
    : item.kind === 'figure' ? figureHover(scope, item.figure)
    : item.kind === 'date' ? dateHover(scope, item.date)
    : speakerHover(scope, item.speaker);
  return { contents: { kind: MarkupKind.Markdown, value: md.toString() }, range: entry.conv.range(item.span) };
}

function claimHover(scope: Scope, claim: Claim): Markdown {
  const { article } = scope;
  const speaker = article.speakers.find((s) => s.id === claim.speaker);
  // the cue on the heading's line: a hover's height is capped, and the related claims come first
  const md = new Markdown(messages.direction).line(`${messages.claimHeading(claim.kind)} · ${messages.cueLabel(claim.cue.form)}`).arabic(claim.cue.text);
  if (speaker) writeSpeaker(md.line(messages.speakerLabel(speaker.type)), speaker);
  md.rule();
  writeClaimDate(md, scope, claim);
  const figures = article.figures.filter((f) => f.claim === claim.id);
  if (figures.length) {
    md.rule().line(messages.figuresLabel(figures.length));
    for (const f of figures) md.arabic(f.text);
  }
  // the other articles' claims before the publication: the hover shows its top first
  writeRelated(md, scope.store, scope.entry, claim);
  writePublication(md.rule(), article);
  return md;
}

function writeClaimDate(md: Markdown, scope: Scope, claim: Claim): void {
  if (!claim.date) {
    md.line(messages.notDated);
    return;
  }
  const mention = claim.dateMention ? scope.article.dates.find((d) => d.start === claim.dateMention!.start) : undefined;
  md.line(messages.saidLabel).arabic(dateWords(claim.date, mention?.calendar ?? 'gregorian', scope.series));
  if (!mention) {
    md.line(messages.inferredDate);
    return;
  }
  md.line(messages.resolution(mention.resolution, scope.article.published));
  md.line(messages.datedBy).arabic(mention.text);
}

function figureHover(scope: Scope, figure: Figure): Markdown {
  const md = new Markdown(messages.direction).line(messages.figureHeading(figure.value, figure.percent));
  if (figure.unit) md.line(messages.unitLabel).arabic(figure.unit);
  if (figure.approximator) md.line(messages.approximatorLabel).arabic(figure.approximator);
  const review = reviewOf(scope.article, scope.reviews, figure);
  writeFigureSource(md, scope.article, figure, !!review);
  writeReview(md, review);
  writeQuantity(md, scope.store, scope.entry, figure);
  return md;
}

function dateHover(scope: Scope, date: DateMention): Markdown {
  const md = new Markdown(messages.direction).line(messages.dateHeading(date.precision, date.calendar));
  writeDate(md, scope, date);
  return md;
}

function speakerHover(scope: Scope, speaker: Speaker): Markdown {
  const { store, entry, article } = scope;
  const md = new Markdown(messages.direction).line(messages.speakerHeading(speaker.type));
  writeSpeaker(md, speaker);
  if (speaker.aliases.length) md.line(messages.aliasesLabel).arabic(speaker.aliases.join('، '));
  const key = store.index.speakerKey(entry.key, speaker.id);
  const folder = key ? store.index.speaker(key) : null;
  if (folder && folder.name !== speaker.name) md.line(messages.folderNameLabel).arabic(folder.name);
  const here = article.claims.filter((c) => c.speaker === speaker.id).length;
  const inFolder = key ? store.index.claimsOf(key).length : here;
  const articles = new Set(folder?.members.map((m) => m.uri) ?? [entry.key]).size;
  md.line(messages.speakerCounts(here, inFolder, articles));
  writeMerges(md, store, entry, speaker);
  return md;
}
