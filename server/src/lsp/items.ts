// What is under the cursor: a figure, a date, a speaker mention or a claim.
// Items nest (a figure inside a quote inside a claim), and the innermost one
// wins: the smallest span holding the offset, and on equal spans the more
// specific kind. The offset just after an item counts when nothing holds it,
// so a cursor left at the end of a name still finds the name.
import type { Article, Claim, DateMention, Figure, Span, Speaker } from '../analysis/model.js';

export type Item =
  | { kind: 'figure'; span: Span; figure: Figure }
  | { kind: 'date'; span: Span; date: DateMention }
  | { kind: 'mention'; span: Span; speaker: Speaker }
  | { kind: 'claim'; span: Span; claim: Claim };

const RANK: Record<Item['kind'], number> = { figure: 0, date: 1, mention: 2, claim: 3 };

function* items(article: Article): Generator<Item> {
  for (const figure of article.figures) yield { kind: 'figure', span: figure, figure };
  for (const date of article.dates) yield { kind: 'date', span: date, date };
  for (const speaker of article.speakers) for (const span of speaker.mentions) yield { kind: 'mention', span, speaker };
  for (const claim of article.claims) yield { kind: 'claim', span: claim, claim };
}

const size = (s: Span): number => s.end - s.start;
const better = (a: Item, b: Item): boolean => size(a.span) < size(b.span) || (size(a.span) === size(b.span) && RANK[a.kind] < RANK[b.kind]);

export function itemAt(article: Article, offset: number): Item | null {
  let inside: Item | null = null;
  let after: Item | null = null;
  for (const item of items(article)) {
    if (item.span.start <= offset && offset < item.span.end) {
      if (!inside || better(item, inside)) inside = item;
    } else if (offset === item.span.end && (!after || better(item, after))) after = item;
  }
  return inside ?? after;
}

/** The speaker the cursor designates: the one mentioned there, or the speaker of the claim there. */
export function speakerAt(article: Article, offset: number): Speaker | null {
  const item = itemAt(article, offset);
  if (item?.kind === 'mention') return item.speaker;
  if (item?.kind === 'claim') return article.speakers.find((s) => s.id === item.claim.speaker) ?? null;
  return null;
}

/** The claim holding the offset (innermost), whatever else is there. */
export function claimAt(article: Article, offset: number): Claim | null {
  let best: Claim | null = null;
  for (const claim of article.claims) {
    if (claim.start <= offset && offset < claim.end && (!best || size(claim) < size(best))) best = claim;
  }
  return best;
}

export const speakerOf = (article: Article, claim: Claim): Speaker | undefined => article.speakers.find((s) => s.id === claim.speaker);
