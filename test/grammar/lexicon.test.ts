// Every word of the lexicons the grammar is built from is coloured, in the
// spelling of the lexicon and without hamza or with harakat, as articles
// write it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTRIBUTION_PHRASES } from '../../server/src/analysis/lexicon/cues.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../../server/src/analysis/lexicon/months.js';
import { WEEKDAYS, WEEKDAY_AFTER_BLOCKERS } from '../../server/src/analysis/lexicon/calendar.js';
import { normalize } from '../../server/src/analysis/text/normalize.js';
import { cueForms } from '../../scripts/grammar/patterns.js';
import { scopesOf } from './tokenize.js';

async function scopeOfEach(text: string, part: string, scope: string): Promise<boolean> {
  const at = text.indexOf(part);
  assert.ok(at >= 0);
  const scopes = await scopesOf(text, at, part.length);
  return scopes.every((s) => s.some((name) => name.startsWith(scope)));
}

async function missing(forms: Iterable<string>, sentence: (form: string) => string, part: (form: string) => string, scope: string): Promise<string[]> {
  const out: string[] = [];
  for (const form of forms) {
    if (!(await scopeOfEach(sentence(form), part(form), scope))) out.push(form);
  }
  return out;
}

/** A lexicon word with harakat after its first letter, as an article may write it. */
const voweled = (w: string): string => `${w.slice(0, 1)}َ${w.slice(1)}`;

test('every cue form of the lexicon is a cue, bare, after و or ف, unhamzated and voweled', async () => {
  const forms = cueForms();
  assert.ok(forms.length > 100);
  const variants = forms.flatMap((f) => [f, `و${f}`, `ف${f}`, normalize(f), voweled(f)]);
  const bad = await missing(variants, (f) => `ثم ${f} المتحدث إن`, (f) => f, 'keyword.control.cue');
  assert.deepEqual(bad, []);
});

test('every attribution phrase is a cue', async () => {
  // A phrase ending in the preposition ل (وفقا لـ) is glued to the next word.
  const glued = (f: string): boolean => normalize(f).split(' ').at(-1)!.length === 1;
  const sentence = (f: string): string => `ارتفع العدد ${f}${glued(f) ? '' : ' '}المصادر المحلية`;
  const bad = await missing(ATTRIBUTION_PHRASES, sentence, (f) => f, 'keyword.control.cue');
  assert.deepEqual(bad, []);
});

test('every month name of every series is a date with a day and a year', async () => {
  const names = [...GREGORIAN_MONTHS, ...HIJRI_MONTHS].map((m) => m.words.join(' '));
  const bad = await missing(names, (n) => `وقع ذلك في 12 ${n} 2020 بحسبهم`, (n) => `12 ${n} 2020`, 'constant.other.date');
  assert.deepEqual(bad, []);
});

test('every weekday is a date after يوم, and none before عشر', async () => {
  const days = Object.keys(WEEKDAYS);
  assert.deepEqual(await missing(days, (d) => `وصل يوم ${d} إلى`, (d) => `يوم ${d}`, 'constant.other.date'), []);
  const blocker = [...WEEKDAY_AFTER_BLOCKERS][0]!;
  assert.ok(!(await scopeOfEach(`في يوم الاحد ${blocker} كذا`, 'يوم الاحد', 'constant.other.date')));
});
