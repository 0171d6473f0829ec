// The outline (documentSymbol, hierarchical): a node per speaker, "name —
// role", holding their claims, "date · first words"; then a Timeline node
// with the dated claims in date order. A speaker's range runs from their
// first mention or claim to their last, so it holds its children, as the
// editor's breadcrumbs expect.
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { Article, Claim, Span, Speaker } from '../analysis/model.js';
import type { Converter } from './convert.js';
import { messages } from './messages.js';

const FIRST_WORDS = 6;

/** The opening words of a claim, on one line. */
export function firstWords(text: string, span: Span, count = FIRST_WORDS): string {
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '');
}

export const claimLabel = (article: Article, claim: Claim): string =>
  `${claim.date ?? messages.undated} · ${firstWords(article.text, claim)}`;

export const speakerLabel = (speaker: Speaker): string =>
  speaker.role && speaker.role !== speaker.name ? `${speaker.name} — ${speaker.role}` : speaker.name;

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

function claimSymbol(article: Article, conv: Converter, claim: Claim, name = claimLabel(article, claim)): DocumentSymbol {
  // the editor rejects a whole outline whose selection range leaves its range
  const cueInside = claim.start <= claim.cue.start && claim.cue.end <= claim.end;
  const selection = cueInside ? claim.cue : { start: claim.start, end: claim.start };
  return { name, kind: SymbolKind.Event, range: conv.range(claim), selectionRange: conv.range(selection), detail: claim.cue.text };
}

function speakerSymbol(article: Article, conv: Converter, speaker: Speaker): DocumentSymbol {
  const claims = article.claims.filter((c) => c.speaker === speaker.id);
  const intro = firstMention(speaker) ?? claims[0] ?? { start: 0, end: 0 };
  return {
    name: speakerLabel(speaker),
    kind: SPEAKER_KINDS[speaker.type],
    range: conv.range(cover([intro, ...speaker.mentions, ...claims])),
    selectionRange: conv.range(intro),
    children: claims.map((c) => claimSymbol(article, conv, c)),
  };
}

function timeline(article: Article, conv: Converter): DocumentSymbol | null {
  const dated = article.claims.filter((c) => c.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.start - b.start));
  if (!dated.length) return null;
  const span = cover(dated);
  const speakerName = (c: Claim): string => article.speakers.find((s) => s.id === c.speaker)?.name ?? '';
  return {
    name: messages.timeline,
    kind: SymbolKind.Namespace,
    range: conv.range(span),
    selectionRange: conv.range({ start: span.start, end: span.start }),
    // The speaker goes in the detail: joined to the label with a dash, right-to-left
    // names ran into the next claim's first word in the tree.
    children: dated.map((c) => ({ ...claimSymbol(article, conv, c), detail: speakerName(c) })),
  };
}

export function outline(article: Article, conv: Converter): DocumentSymbol[] {
  const at = (s: Speaker): number => firstMention(s)?.start ?? article.claims.find((c) => c.speaker === s.id)?.start ?? 0;
  const speakers = [...article.speakers].sort((a, b) => at(a) - at(b));
  const nodes = speakers.map((s) => speakerSymbol(article, conv, s));
  const dated = timeline(article, conv);
  return dated ? [...nodes, dated] : nodes;
}
