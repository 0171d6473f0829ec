// The claim hover's related claims, shown themselves and not as a count:
// who said it, in which outlet (or article), on what day, its first words as
// a link to it; the claims of the same event first, then those that give a
// value of the same quantity, then the speaker's others. A few fit a hover
// (VS Code caps its height at about 250 pixels: the whole claim hover, ten
// lines and its rules, fits); the heading counts them all and opens them
// all in the client's list of them, so no "and N more" line repeats it.
import type { Location } from 'vscode-languageserver';
import type { Claim, Span } from '../analysis/model.js';
import type { RelatedPlace } from '../analysis/workspace/index.js';
import type { Analysed, ArticleStore } from './articles.js';
import { isolate, shortFileName } from './bidi.js';
import { SHOW_RELATED_CLAIMS, relatedClaimsArgs } from './commands.js';
import { locationLink } from './hover-folder.js';
import { Markdown, commandLink, escapeMarkdown } from './markdown.js';
import { messages } from './messages.js';
import { firstWords, WHY_ORDER } from './related-claims.js';
import { baseName } from './uris.js';

/** At most this many related claims in a hover: with the rest of it, it still fits without scrolling. */
export const RELATED_IN_HOVER = 3;
const WORDS = 8;

/** The words of a span the hover shows, with … where it stops short. */
function wordsOf(text: string, span: Span): string {
  const { words, more } = firstWords(text.slice(span.start, span.end), WORDS);
  return words + (more ? ' …' : '');
}

/** "⁨جيمس جيفري⁩ · ⁨SY24⁩ · 2020-01-23: [⁨أكد أن الولايات المتحدة …⁩](file:…#L3,1)" */
function relatedLine(store: ArticleStore, place: RelatedPlace, location: Location): string {
  const article = store.index.article(place.uri);
  const speaker = place.claim ? article?.speakers.find((s) => s.id === place.claim!.speaker)?.name : undefined;
  const where = article?.outlet ?? shortFileName(baseName(location.uri));
  const date = place.claim?.date ?? article?.published ?? messages.dateUnknown;
  const words = article ? wordsOf(article.text, place.span) : '';
  const who = [speaker, where].filter((x): x is string => !!x).map((x) => isolate(escapeMarkdown(x)));
  return `${[...who, date].join(' · ')}: ${locationLink(isolate(escapeMarkdown(words) || '…'), location)}`;
}

export function writeRelated(md: Markdown, store: ArticleStore, entry: Analysed, claim: Claim): void {
  const places = store.index.related(entry.key, claim.id)
    .map((place) => ({ place, location: store.location(place.uri, place.span) }))
    .filter((p): p is { place: RelatedPlace; location: Location } => p.location !== null)
    .sort((a, b) => WHY_ORDER[a.place.why] - WHY_ORDER[b.place.why]);
  if (!places.length) return;
  const count = (why: RelatedPlace['why']): number => places.filter((p) => p.place.why === why).length;
  const all = commandLink(messages.showAllRelated, SHOW_RELATED_CLAIMS, relatedClaimsArgs(entry, claim, places.map((p) => p.location)));
  md.rule().line(`${messages.relatedHeading(count('event'), count('quantity'), count('speaker'))} · ${all}`);
  for (const { place, location } of places.slice(0, RELATED_IN_HOVER)) md.line(relatedLine(store, place, location));
}

