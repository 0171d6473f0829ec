// A claim as a citation a reviewer can paste into a report: who said it (name
// and role), when, what (the statement), and where it was published (outlet,
// date, URL), in Arabic and in English. Both are built here because each is
// in its own language whatever the editor's: names and quotations stay in
// Arabic as written; nothing is translated or transliterated.
import type { Article, Claim, ClaimKind } from '../model.js';
import { claimSpeaker, statementText } from './statement.js';

export type CitationLanguage = 'ar' | 'en';

/** Everything a citation says, as plain data. */
export interface Citation {
  speaker: string;
  role: string | null;
  kind: ClaimKind;
  /** ISO date the statement was made, or null when the article does not say. */
  said: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The quoted words (direct) or the reported content (indirect, headline), on one line. */
  statement: string;
}

export function claimCitation(article: Article, claim: Claim): Citation {
  const { name, role } = claimSpeaker(article, claim);
  return {
    speaker: name,
    role,
    kind: claim.kind,
    said: claim.date,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    statement: statementText(article, claim),
  };
}

const ARABIC_KIND: Record<ClaimKind, string> = {
  direct: '',
  // "transmitted by meaning": the classical name for a report in other words than the speaker's
  indirect: ' (رواية بالمعنى)',
  headline: ' (من عنوان الخبر)',
};

/**
 * جيمس جيفري، المبعوث الأمريكي الخاص بسوريا، في 2020-01-23: «…»
 * المصدر: عنب بلدي، نُشر في 2020-01-24.
 * https://…
 */
export function arabicCitation(c: Citation): string {
  const who = c.role ? `${c.speaker}، ${c.role}،` : `${c.speaker}،`;
  const when = c.said ? `في ${c.said}` : 'في تاريخ لم يذكره الخبر';
  const outlet = c.outlet ?? 'وسيلة نشر غير معروفة';
  const published = c.published ? `نُشر في ${c.published}` : 'تاريخ النشر غير معروف';
  const lines = [`${who} ${when}${ARABIC_KIND[c.kind]}: «${c.statement}»`, `المصدر: ${outlet}، ${published}.`];
  if (c.url) lines.push(c.url);
  return lines.join('\n');
}

const ENGLISH_KIND: Record<ClaimKind, string> = {
  direct: '',
  indirect: ' (reported speech, not verbatim)',
  headline: ' (in the headline)',
};

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Arabic inside English text, between Unicode isolates (FSI … PDI), so that
 * the commas and parentheses around it stay where they are written instead of
 * being pulled into the right-to-left run.
 */
const isolate = (text: string): string => (RTL.test(text) ? `\u2068${text}\u2069` : text);

/**
 * جيمس جيفري (المبعوث الأمريكي الخاص بسوريا), on 2020-01-23: “…”
 * Source: عنب بلدي, published 2020-01-24.
 * https://…
 */
export function englishCitation(c: Citation): string {
  const who = c.role ? `${isolate(c.speaker)} (${isolate(c.role)})` : isolate(c.speaker);
  const when = c.said ? `on ${c.said}` : 'on a date the article does not give';
  const outlet = c.outlet ? isolate(c.outlet) : 'unknown outlet';
  const published = c.published ? `published ${c.published}` : 'publication date unknown';
  const lines = [`${who}, ${when}${ENGLISH_KIND[c.kind]}: “${isolate(c.statement)}”`, `Source: ${outlet}, ${published}.`];
  if (c.url) lines.push(c.url);
  return lines.join('\n');
}

export function citationText(c: Citation, language: CitationLanguage): string {
  return language === 'ar' ? arabicCitation(c) : englishCitation(c);
}

/** A claim's citation in both languages. */
export function citeClaim(article: Article, claim: Claim): Record<CitationLanguage, string> {
  const citation = claimCitation(article, claim);
  return { ar: arabicCitation(citation), en: englishCitation(citation) };
}
