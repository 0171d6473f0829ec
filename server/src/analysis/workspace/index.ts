// The cross-article index: every analysed article of a folder, and who is
// who across them. Pure and in memory; the language server feeds it (update,
// remove) and asks it (speakers, claims, related claims, symbols). Groups are
// recomputed lazily after a change, so a burst of updates costs one grouping.
import type { Article, Claim, Span, Speaker, SpeakerType } from '../model.js';
import { normalize } from '../text/normalize.js';
import { clusterSpeakers, refKey } from './clusters.js';
import type { SpeakerRef } from './clusters.js';

export interface MentionRef {
  uri: string;
  speakerId: string;
  span: Span;
}

export interface ClaimRef {
  uri: string;
  claim: Claim;
}

/** A speaker as the folder knows them: every article's forms put together. */
export interface FolderSpeaker {
  key: string;
  /** The fullest, most used name. */
  name: string;
  role: string | null;
  type: SpeakerType;
  /** Other names and titles, normalized-distinct from the name. */
  aliases: string[];
  /** Each article the speaker appears in, with the speaker's id there. */
  members: { uri: string; speakerId: string }[];
}

export type SymbolMatch =
  | { kind: 'speaker'; uri: string; speaker: Speaker }
  | { kind: 'claim'; uri: string; claim: Claim; speaker: Speaker };

export interface WorkspaceIndex {
  update(uri: string, article: Article): void;
  remove(uri: string): void;
  uris(): string[];
  article(uri: string): Article | undefined;
  /** The folder-wide key of an article's speaker, or null for an unknown one. */
  speakerKey(uri: string, speakerId: string): string | null;
  speaker(key: string): FolderSpeaker | null;
  mentionsOf(key: string): MentionRef[];
  claimsOf(key: string): ClaimRef[];
  /** Claims of the same speaker in the folder's other articles (issue 4 adds events and quantities). */
  relatedClaims(uri: string, claimId: string): ClaimRef[];
  /**
   * Speakers and claims whose speaker names (or claim text) contain `query`,
   * normalized. `cancelled` is asked between articles.
   */
  symbols(query: string, options?: { limit?: number; cancelled?: () => boolean }): SymbolMatch[];
}

const DEFAULT_SYMBOL_LIMIT = 500;

const byPlace = (a: { uri: string; start: number }, b: { uri: string; start: number }): number =>
  a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start;

export function createWorkspaceIndex(): WorkspaceIndex {
  const articles = new Map<string, Article>();
  let groups: Map<string, string> | null = null;
  let members: Map<string, SpeakerRef[]> | null = null;

  function grouped(): { groups: Map<string, string>; members: Map<string, SpeakerRef[]> } {
    if (groups && members) return { groups, members };
    const refs = [...articles.entries()].flatMap(([uri, a]) => a.speakers.map((speaker) => ({ uri, speaker })));
    groups = clusterSpeakers(refs);
    members = new Map();
    for (const ref of refs) {
      const key = groups.get(refKey(ref.uri, ref.speaker.id))!;
      const list = members.get(key);
      if (list) list.push(ref);
      else members.set(key, [ref]);
    }
    return { groups, members };
  }

  const changed = (): void => { groups = null; members = null; };
  const refsOf = (key: string): SpeakerRef[] => grouped().members.get(key) ?? [];
  const speakerKey = (uri: string, id: string): string | null => grouped().groups.get(refKey(uri, id)) ?? null;

  function claimsOf(key: string): ClaimRef[] {
    return refsOf(key)
      .flatMap(({ uri, speaker }) => (articles.get(uri)?.claims ?? []).filter((c) => c.speaker === speaker.id).map((claim) => ({ uri, claim })))
      .sort((a, b) => byPlace({ uri: a.uri, start: a.claim.start }, { uri: b.uri, start: b.claim.start }));
  }

  return {
    update(uri, article) { articles.set(uri, article); changed(); },
    remove(uri) { if (articles.delete(uri)) changed(); },
    uris: () => [...articles.keys()].sort(),
    article: (uri) => articles.get(uri),
    speakerKey,
    speaker: (key) => describe(key, refsOf(key)),
    mentionsOf: (key) => refsOf(key)
      .flatMap(({ uri, speaker }) => speaker.mentions.map((span) => ({ uri, speakerId: speaker.id, span })))
      .sort((a, b) => byPlace({ uri: a.uri, start: a.span.start }, { uri: b.uri, start: b.span.start })),
    claimsOf,
    relatedClaims(uri, claimId) {
      const claim = articles.get(uri)?.claims.find((c) => c.id === claimId);
      const key = claim ? speakerKey(uri, claim.speaker) : null;
      return key ? claimsOf(key).filter((r) => r.uri !== uri) : [];
    },
    symbols: (query, options = {}) => findSymbols(articles, query, options.limit ?? DEFAULT_SYMBOL_LIMIT, options.cancelled),
  };
}

/** Puts a group's members together: the name most articles use (the fullest on a tie). */
function describe(key: string, refs: SpeakerRef[]): FolderSpeaker | null {
  const first = refs[0];
  if (!first) return null;
  const counts = new Map<string, number>();
  for (const { speaker } of refs) counts.set(speaker.name, (counts.get(speaker.name) ?? 0) + 1);
  const name = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : 1))[0]![0];
  const seen = new Set([normalize(name)]);
  const aliases: string[] = [];
  for (const form of refs.flatMap(({ speaker }) => [speaker.name, ...speaker.aliases])) {
    if (seen.has(normalize(form))) continue;
    seen.add(normalize(form));
    aliases.push(form);
  }
  return {
    key,
    name,
    role: refs.find((r) => r.speaker.role)?.speaker.role ?? null,
    type: first.speaker.type,
    aliases,
    members: refs.map(({ uri, speaker }) => ({ uri, speakerId: speaker.id })),
  };
}

const fold = (s: string): string => normalize(s).toLowerCase();

function findSymbols(
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
