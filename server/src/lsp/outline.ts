// The outline (documentSymbol, hierarchical): a node per speaker (the name;
// the role as its detail) holding their claims (the first words; the date as
// detail), then a Timeline node with one entry per date the article's claims
// were made on (the date; who spoke that day, and how many claims, as
// detail), which leads to the first claim of that day without listing the
// claims again. Every Arabic name is isolated (bidi.ts), so a label that
// starts with a number or a quotation mark still reads right to left.
//
// The editor sorts the outline by position (range start, then range end,
// then name): the Timeline's range is the empty one at the end of the text,
// so it comes after the speakers, and its dates all share one range, so they
// come in the order of their names, which is the order of the ISO dates.
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { Article, Claim, Span, Speaker } from '../analysis/model.js';
import { isolate } from './bidi.js';
import type { Converter } from './convert.js';
import { messages } from './messages.js';

const FIRST_WORDS = 6;

/** The opening words of a claim, on one line. */
export function firstWords(text: string, span: Span, count = FIRST_WORDS): string {
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '');
}

/** A claim as a label: its opening words, isolated. */
export const claimLabel = (article: Article, claim: Claim): string => isolate(firstWords(article.text, claim));

export const speakerLabel = (speaker: Speaker): string => isolate(speaker.name);

/** What follows a speaker's name: the role, when it says more than the name. */
export const speakerDetail = (speaker: Speaker): string =>
  (speaker.role && speaker.role !== speaker.name ? isolate(speaker.role) : '');

const SPEAKER_KINDS: Record<Speaker['type'], SymbolKind> = {
  person: SymbolKind.Class,
  anonymous: SymbolKind.Class,
  organization: SymbolKind.Object,
  media: SymbolKind.Object,
  document: SymbolKind.Object,
};

function cover(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The earliest place a speaker is named, if any. */
export const firstMention = (speaker: Speaker): Span | undefined =>
  speaker.mentions.reduce<Span | undefined>((a, m) => (!a || m.start < a.start ? m : a), undefined);

/** Where a click on a claim goes: its cue, inside its range (the editor rejects a whole outline whose selection range leaves its range). */
function claimSelection(claim: Claim): Span {
  return claim.start <= claim.cue.start && claim.cue.end <= claim.end ? claim.cue : { start: claim.start, end: claim.start };
}

function claimSymbol(article: Article, conv: Converter, claim: Claim): DocumentSymbol {
  return {
    name: claimLabel(article, claim), detail: claim.date ?? messages.undated, kind: SymbolKind.Event,
    range: conv.range(claim), selectionRange: conv.range(claimSelection(claim)),
  };
}

function speakerSymbol(article: Article, conv: Converter, speaker: Speaker): DocumentSymbol {
  const claims = article.claims.filter((c) => c.speaker === speaker.id);
  const intro = firstMention(speaker) ?? claims[0] ?? { start: 0, end: 0 };
  return {
    name: speakerLabel(speaker),
    detail: speakerDetail(speaker),
    kind: SPEAKER_KINDS[speaker.type],
    range: conv.range(cover([intro, ...speaker.mentions, ...claims])),
    selectionRange: conv.range(intro),
    children: claims.map((c) => claimSymbol(article, conv, c)),
  };
}

function timeline(article: Article, conv: Converter): DocumentSymbol | null {
  const dated = article.claims.filter((c) => c.date).sort((a, b) => a.start - b.start);
  if (!dated.length) return null;
  const end = { start: article.text.length, end: article.text.length };
  // one range for every date, from the first dated claim to the end: they are ordered by name
  const shared = conv.range({ start: dated[0]!.start, end: article.text.length });
  const byDate = new Map<string, Claim[]>();
  for (const claim of dated) byDate.set(claim.date!, [...(byDate.get(claim.date!) ?? []), claim]);
  const speakerName = (c: Claim): string => article.speakers.find((s) => s.id === c.speaker)?.name ?? '';
  return {
    name: messages.timeline,
    kind: SymbolKind.Namespace,
    range: conv.range(end),
    selectionRange: conv.range(end),
    children: [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, claims]) => ({
      name: date,
      detail: `${isolate([...new Set(claims.map(speakerName).filter(Boolean))].join('، '))} (${claims.length})`,
      kind: SymbolKind.Event,
      range: shared,
      selectionRange: conv.range(claimSelection(claims[0]!)),
    })),
  };
}

export function outline(article: Article, conv: Converter): DocumentSymbol[] {
  const at = (s: Speaker): number => firstMention(s)?.start ?? article.claims.find((c) => c.speaker === s.id)?.start ?? 0;
  const speakers = [...article.speakers].sort((a, b) => at(a) - at(b));
  const nodes = speakers.map((s) => speakerSymbol(article, conv, s));
  const dated = timeline(article, conv);
  return dated ? [...nodes, dated] : nodes;
}
