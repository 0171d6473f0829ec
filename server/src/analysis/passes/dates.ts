// The dates pass (GUIDELINES §5): finds date mentions outside boilerplate,
// absolute and relative, in every month series and in the Hijri calendar,
// and resolves them against the publication date, which it infers from the
// text when isnad.yaml does not give it.
//
// Hijri dates get Gregorian values (GUIDELINES §5 wants ISO 8601), converted
// by Umm al-Qura; the Hijri reading stays in `hijri` (see dates-resolve.ts).
import type { DateMention } from '../model.js';
import { DATE_JOINERS } from '../lexicon/calendar.js';
import { toOriginalSpan } from '../text/normalize.js';
import { inBoilerplate, type Doc } from './doc.js';
import { phraseAt, type DateSpec } from './dates-parse.js';
import { dayNumberOfIso, isoOfDayNumber, resolveDate } from './dates-resolve.js';
import { textTokens, type Token } from './dates-tokens.js';
import { TokenReader } from './dates-words.js';
import { inferPublished, type AnchoredSpec } from './published.js';

interface Found {
  spec: DateSpec;
  start: number;
  end: number;
}

/** True when token i follows a date and a joiner: و2015 after عامي 2014, وفبراير after يناير. */
function joinsDate(tokens: readonly Token[], dateEnd: number, i: number): boolean {
  if (i === dateEnd) return tokens[i]?.text.startsWith('و') ?? false;
  return i === dateEnd + 1 && DATE_JOINERS.has(tokens[dateEnd]?.text ?? '');
}

/** Every date phrase outside boilerplate, left to right, the longest at each place. */
function scan(doc: Doc): Found[] {
  const tokens = textTokens(doc);
  const reader = new TokenReader(tokens);
  const found: Found[] = [];
  let dateEnd = -2;
  for (let i = 0; i < tokens.length;) {
    const phrase = phraseAt(reader, i, joinsDate(tokens, dateEnd, i));
    if (!phrase) { i++; continue; }
    const span = toOriginalSpan(doc.norm, tokens[i]!.start + phrase.prefix, tokens[phrase.next - 1]!.end);
    if (!inBoilerplate(doc, span.start)) found.push({ spec: phrase.value, ...span });
    dateEnd = phrase.next;
    i = phrase.next;
  }
  return found;
}

/** The day word (أمس) that begins an anchored mention, as written. */
function anchorText(doc: Doc, f: Found): string | null {
  if (f.spec.type !== 'calendar' || !f.spec.anchor) return null;
  const words = f.spec.anchor.word.split(' ').length;
  return doc.text.slice(f.start, f.end).split(/[\s،,]+/).slice(0, words).join(' ');
}

export function findDates(doc: Doc, published: string | null): {
  dates: DateMention[]; published: string | null; publishedEvidence: string | null;
} {
  const found = scan(doc);
  let day = dayNumberOfIso(published);
  let evidence: string | null = null;
  if (published === null) {
    const items: AnchoredSpec[] = found.map((f) => ({ spec: f.spec, anchorText: anchorText(doc, f) }));
    const inferred = inferPublished(items);
    if (inferred) ({ published: day, evidence } = inferred);
  }
  const dates = found.map((f): DateMention => ({
    start: f.start, end: f.end, text: doc.text.slice(f.start, f.end), ...resolveDate(f.spec, day),
  }));
  const resolvedPublished = published ?? (day === null ? null : isoOfDayNumber(day));
  return { dates, published: resolvedPublished, publishedEvidence: evidence };
}

/** True for a full Gregorian-style YYYY-MM-DD value (not XXXX, not a month or year). */
export function dateValueIsDay(value: string | null): boolean {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
