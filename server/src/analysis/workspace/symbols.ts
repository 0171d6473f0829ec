// Workspace symbols: speakers and claims whose speaker names (or claim
// text) contain the query, normalized. Each article's names and claim texts
// are normalized once, the first time a query reads them (SymbolText), and
// kept until the article changes: a query is then a string search per
// article, not a normalization of the folder.
import type { Article, Claim, Speaker } from '../model.js';
import { normalize } from '../text/normalize.js';

export type SymbolMatch =
  | { kind: 'speaker'; uri: string; speaker: Speaker }
  | { kind: 'claim'; uri: string; claim: Claim; speaker: Speaker };

const fold = (s: string): string => normalize(s).toLowerCase();

/** Between the folded strings joined into one: no query holds it. */
const SEPARATOR = '\u0000';

/** An article's searchable text, normalized once. */
export interface SymbolText {
  /** Every speaker's names, folded and joined: one search says whether the article names a match. */
  names: string;
  /** Each speaker's names, folded and joined. */
  speakers: string[];
  /** Every claim's text, folded and joined; `claimEnds[i]` is where claim i ends in it. */
  claims: string;
  claimEnds: number[];
}

export function symbolText(article: Article): SymbolText {
  const speakers = article.speakers.map((s) => [s.name, ...s.aliases].map(fold).join(SEPARATOR));
  const folded = article.claims.map((c) => fold(article.text.slice(c.start, c.end)));
  const claimEnds: number[] = [];
  let end = 0;
  for (const c of folded) claimEnds.push((end += c.length + SEPARATOR.length));
  return { names: speakers.join(SEPARATOR), speakers, claims: folded.join(SEPARATOR) + SEPARATOR, claimEnds };
}

/** The indices of the claims whose folded text holds `q`. */
function claimsHolding(text: SymbolText, q: string): Set<number> {
  const out = new Set<number>();
  let claim = 0;
  for (let at = text.claims.indexOf(q); at >= 0; at = text.claims.indexOf(q, at + 1)) {
    while (claim < text.claimEnds.length && text.claimEnds[claim]! <= at) claim++;
    out.add(claim);
  }
  return out;
}

function matchesIn(uri: string, article: Article, text: SymbolText, q: string): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  const named = new Set<string>();
  if (text.names.includes(q)) {
    article.speakers.forEach((speaker, i) => {
      if (!text.speakers[i]!.includes(q)) return;
      named.add(speaker.id);
      out.push({ kind: 'speaker', uri, speaker });
    });
  }
  // an empty query lists speakers only: every claim of the folder is noise
  if (q === '') return out;
  const holding = named.size || text.claims.includes(q) ? claimsHolding(text, q) : new Set<number>();
  if (!named.size && !holding.size) return out;
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  article.claims.forEach((claim, i) => {
    const speaker = byId.get(claim.speaker);
    if (speaker && (named.has(speaker.id) || holding.has(i))) out.push({ kind: 'claim', uri, claim, speaker });
  });
  return out;
}

/**
 * The matches of `query`, article by article in the order of `uris`, at
 * most `limit`. `textOf` gives an article's SymbolText (kept by the index).
 */
export function findSymbols(
  uris: readonly string[], articleOf: (uri: string) => Article | undefined, textOf: (uri: string) => SymbolText | undefined,
  query: string, limit: number, cancelled = (): boolean => false,
): SymbolMatch[] {
  const q = fold(query);
  const out: SymbolMatch[] = [];
  for (const uri of uris) {
    if (out.length >= limit || cancelled()) break;
    const article = articleOf(uri);
    const text = textOf(uri);
    if (article && text) out.push(...matchesIn(uri, article, text, q));
  }
  return out.slice(0, limit);
}
