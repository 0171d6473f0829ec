// Who a claim is by and the words it attributes to them, for citations and
// exports. A
// direct claim gives its quotations without their marks; any other claim
// gives what follows its cue and the speaker's name, which is the outlet's
// wording of the statement (reported speech), not the speaker's own.
import type { Article, Claim, Quote, Span } from '../model.js';
import { firstStartingAtOrAfter } from '../passes/doc.js';

/** The claim's speaker: name, and role unless it is the name (a speaker named only by title). */
export function claimSpeaker(article: Article, claim: Claim): { name: string; role: string | null } {
  const speaker = article.speakers.find((s) => s.id === claim.speaker);
  const name = speaker?.name ?? '';
  return { name, role: speaker?.role && speaker.role !== name ? speaker.role : null };
}

/** Commas, colons and dashes between the speaker's name and the statement. */
const LEAD = /^[\s،,:؛;.\-–—]+/;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where the statement proper begins: after the cue, and after the speaker's name when it follows the cue. */
function contentStart(claim: Claim): number {
  const mention = claim.speakerMention;
  return mention && mention.start >= claim.cue.end && mention.end <= claim.end ? mention.end : claim.cue.end;
}

/** The first quotation starting at or after `from`: quotations are sorted by start. */
function firstQuoteFrom(quotes: readonly Quote[], from: number): number {
  return firstStartingAtOrAfter(quotes, from);
}

/** The quotations inside `span`, from `from` on (a quoted name in the speaker's title is not the statement). */
function quotesIn(article: Article, span: Span, from: number): Quote[] {
  const quotes = article.segments.quotes;
  const found: Quote[] = [];
  for (let i = firstQuoteFrom(quotes, from); i < quotes.length && quotes[i]!.start < span.end; i++) {
    if (quotes[i]!.end <= span.end) found.push(quotes[i]!);
  }
  return found;
}

function inner(text: string, q: Quote): string {
  const end = q.closed && q.close ? q.end - q.close.length : q.end;
  return text.slice(q.start + q.open.length, end);
}

/** The statement of a claim on one line: quoted words for a direct claim, else the reported content. */
export function statementText(article: Article, claim: Claim): string {
  const from = contentStart(claim);
  if (claim.kind === 'direct') {
    const quoted = quotesIn(article, claim, from).map((q) => oneLine(inner(article.text, q))).filter(Boolean);
    if (quoted.length) return quoted.join(' … ');
  }
  const rest = oneLine(article.text.slice(from, claim.end).replace(LEAD, ''));
  return rest || oneLine(article.text.slice(claim.start, claim.end));
}
