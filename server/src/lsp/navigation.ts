// Go to definition, find references and document highlights. A speaker's
// "definition" is where the article introduces them: the first mention
// that gives more than the name (the role: المبعوث الأمريكي الخاص بسوريا،
// جيمس جيفري), else the first naming them, else the first mention. The
// references of a claim are its related places in the other articles: the
// claims of its event, the values of its figures' quantities, the speaker's
// other claims; of a figure, the other values of its quantity.
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { DocumentHighlight, Location, Position } from 'vscode-languageserver';
import type { Article, Claim, Figure, Span, Speaker } from '../analysis/model.js';
import { normalize } from '../analysis/text/normalize.js';
import type { Analysed, ArticleStore } from './articles.js';
import { claimAt, itemAt, speakerAt } from './items.js';

export function introduction(article: Article, speaker: Speaker): Span | null {
  const name = normalize(speaker.name);
  const byStart = [...speaker.mentions].sort((a, b) => a.start - b.start);
  const text = (s: Span): string => normalize(article.text.slice(s.start, s.end));
  return byStart.find((m) => text(m).includes(name) && text(m).length > name.length)
    ?? byStart.find((m) => text(m).includes(name))
    ?? byStart[0]
    ?? null;
}

export function definition(entry: Analysed, position: Position): Location | null {
  const article = entry.article;
  const speaker = article ? speakerAt(article, entry.conv.offset(position)) : null;
  const intro = article && speaker ? introduction(article, speaker) : null;
  return intro ? entry.conv.location(entry.uri, intro) : null;
}

/** Every mention of the speaker across the folder, and each claim where the speaker is not named (the cue). */
function speakerReferences(store: ArticleStore, entry: Analysed, speaker: Speaker, cancelled: () => boolean): Location[] {
  const key = store.index.speakerKey(entry.key, speaker.id);
  if (!key) return [];
  const places = store.index.mentionsOf(key).map((m) => ({ uri: m.uri, span: m.span }));
  for (const { uri, claim } of store.index.claimsOf(key)) if (!claim.speakerMention) places.push({ uri, span: claim.cue });
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const p of places.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.span.start - b.span.start))) {
    if (cancelled()) return [];
    const id = `${p.uri}#${p.span.start}:${p.span.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const location = store.location(p.uri, p.span);
    if (location) out.push(location);
  }
  return out;
}

/** A claim's related places in the other articles (workspace index `related`), as locations. */
export function relatedPlaces(store: ArticleStore, entry: Analysed, claim: Claim): Location[] {
  return store.index.related(entry.key, claim.id).flatMap((r) => store.location(r.uri, r.span) ?? []);
}

/** The other values of a figure's quantity, oldest first. */
function otherValues(store: ArticleStore, entry: Analysed, figure: Figure): Location[] {
  return store.index.otherValues(entry.key, figure).flatMap((o) => store.location(o.value.uri, o.value.figure) ?? []);
}

/** On a speaker: the speaker's references. On a figure of a quantity: its other values. On a claim: its related places (and itself, when asked). */
export function references(
  store: ArticleStore, entry: Analysed, position: Position, includeDeclaration: boolean, cancelled: () => boolean,
): Location[] {
  const article = entry.article;
  if (!article) return [];
  const offset = entry.conv.offset(position);
  const item = itemAt(article, offset);
  if (item?.kind === 'mention') return speakerReferences(store, entry, item.speaker, cancelled);
  const values = item?.kind === 'figure' ? otherValues(store, entry, item.figure) : [];
  if (item?.kind === 'figure' && values.length) return includeDeclaration ? [entry.conv.location(entry.uri, item.figure), ...values] : values;
  const claim = claimAt(article, offset);
  if (!claim) return [];
  const related = relatedPlaces(store, entry, claim);
  return includeDeclaration ? [entry.conv.location(entry.uri, claim), ...related] : related;
}

export function highlights(entry: Analysed, position: Position): DocumentHighlight[] {
  const article = entry.article;
  const item = article ? itemAt(article, entry.conv.offset(position)) : null;
  if (item?.kind !== 'mention') return [];
  return item.speaker.mentions.map((m) => ({ range: entry.conv.range(m), kind: DocumentHighlightKind.Text }));
}
