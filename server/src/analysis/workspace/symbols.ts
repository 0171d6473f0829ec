// Workspace symbols: speakers and claims whose speaker names (or claim
// text) contain the query, normalized.
import type { Article, Claim, Speaker } from '../model.js';
import { normalize } from '../text/normalize.js';

export type SymbolMatch =
  | { kind: 'speaker'; uri: string; speaker: Speaker }
  | { kind: 'claim'; uri: string; claim: Claim; speaker: Speaker };

const fold = (s: string): string => normalize(s).toLowerCase();

export function findSymbols(
  articles: ReadonlyMap<string, Article>, query: string, limit: number, cancelled = (): boolean => false,
): SymbolMatch[] {
  const q = fold(query);
  const out: SymbolMatch[] = [];
  for (const uri of [...articles.keys()].sort()) {
    if (cancelled()) break;
    const article = articles.get(uri)!;
    const named = new Set<string>();
    for (const speaker of article.speakers) {
      if (![speaker.name, ...speaker.aliases].some((n) => fold(n).includes(q))) continue;
      named.add(speaker.id);
      out.push({ kind: 'speaker', uri, speaker });
    }
    // an empty query lists speakers only: every claim of the folder is noise
    if (q === '') continue;
    for (const claim of article.claims) {
      const speaker = article.speakers.find((s) => s.id === claim.speaker);
      if (speaker && (named.has(speaker.id) || fold(article.text.slice(claim.start, claim.end)).includes(q))) {
        out.push({ kind: 'claim', uri, claim, speaker });
      }
    }
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
