// `isnad/relatedClaims`: the related claims of the claim at a position, each
// described (who, outlet, date, its first words, the file, why related), for
// the client's list of them ("Isnad: Show Related Claims", the code lenses,
// the hover's link). The list is a quick pick, not the peek view: a peek
// row is cut at its right end, where an Arabic line starts, and an
// extension cannot change that.
import type { Location, Position } from 'vscode-languageserver';
import type { Claim, Span } from '../analysis/model.js';
import type { RelatedPlace } from '../analysis/workspace/index.js';
import type { Analysed, ArticleStore } from './articles.js';
import { claimAt, itemAt } from './items.js';
import { references } from './navigation.js';
import type { RelatedClaimItem, RelatedClaims, RelatedClaimsParams } from './protocol.js';
import { baseName } from './uris.js';

export { RELATED_CLAIMS, type RelatedClaimItem, type RelatedClaims, type RelatedClaimsParams } from './protocol.js';

/** Words of a claim the item carries: more than a row shows, so the client chooses how many. */
export const RELATED_WORDS = 24;
/** Items described at most: a speaker of a large folder of syndicated copies has thousands of places. */
export const MAX_RELATED_ITEMS = 1000;

/** Related places in this order, in the hover and in the list: the same event, the same quantity, the speaker's others. */
export const WHY_ORDER: Record<RelatedPlace['why'], number> = { event: 0, quantity: 1, speaker: 2 };
const rank = (why: RelatedClaimItem['why']): number => (why ? WHY_ORDER[why] : 3);

/** The first `count` words of a text, and whether it has more. */
export function firstWords(text: string, count: number): { words: string; more: boolean } {
  const all = text.split(/\s+/).filter(Boolean);
  return { words: all.slice(0, count).join(' '), more: all.length > count };
}

export const noRelatedClaims = (): RelatedClaims => ({ items: [], total: 0 });

/** Why each place is related to the claims of the position's line (a code lens stands for all of them), by `key#start`. */
function reasons(store: ArticleStore, entry: Analysed, position: Position): Map<string, RelatedPlace['why']> {
  const article = entry.article!;
  const offset = entry.conv.offset(position);
  const claims = article.claims.filter((c) => c === claimAt(article, offset) || entry.conv.position(c.start).line === position.line);
  const why = new Map<string, RelatedPlace['why']>();
  for (const claim of claims) {
    for (const place of store.index.related(entry.key, claim.id)) {
      const key = `${place.uri}#${place.span.start}`;
      const known = why.get(key);
      if (!known || WHY_ORDER[place.why] < WHY_ORDER[known]) why.set(key, place.why);
    }
  }
  return why;
}

/** A place as a row: the claim holding it (its speaker, date and words), else the words from the place to the end of its line. */
function describe(store: ArticleStore, location: Location, why: Map<string, RelatedPlace['why']>): RelatedClaimItem | null {
  const entry = store.get(location.uri);
  const article = entry?.article;
  if (!entry || !article) return null;
  const offset = entry.conv.offset(location.range.start);
  const claim: Claim | null = claimAt(article, offset);
  const item = itemAt(article, offset);
  const speakerId = claim?.speaker ?? (item?.kind === 'mention' ? item.speaker.id : null);
  const lineEnd = article.text.indexOf('\n', offset);
  const span: Span = claim ?? { start: offset, end: lineEnd < 0 ? article.text.length : lineEnd };
  return {
    uri: location.uri,
    range: location.range,
    speaker: article.speakers.find((s) => s.id === speakerId)?.name ?? null,
    outlet: article.outlet,
    date: claim?.date ?? article.published,
    text: firstWords(article.text.slice(span.start, span.end), RELATED_WORDS).words,
    file: baseName(location.uri),
    why: why.get(`${entry.key}#${offset}`) ?? null,
  };
}

export function relatedClaims(store: ArticleStore, entry: Analysed | undefined, params: RelatedClaimsParams, cancelled: () => boolean): RelatedClaims {
  if (!entry?.article) return noRelatedClaims();
  const locations = Array.isArray(params.locations) ? params.locations : references(store, entry, params.position, false, cancelled);
  const why = reasons(store, entry, params.position);
  const items: RelatedClaimItem[] = [];
  for (const location of locations.slice(0, MAX_RELATED_ITEMS)) {
    if (cancelled()) return noRelatedClaims();
    const item = describe(store, location, why);
    if (item) items.push(item);
  }
  items.sort((a, b) => rank(a.why) - rank(b.why) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.file.localeCompare(b.file)
    || a.range.start.line - b.range.start.line);
  return { items, total: Math.max(items.length, locations.length) };
}
