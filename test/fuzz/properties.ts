// Fuzzing the analysis core and the isnad.yaml parser (issue 6): random
// Unicode, Arabic built from the lexicons, mutated seeds, random and broken
// isnad.yaml, random bytes. Every input must come through without an
// exception and with a model whose offsets lie in the text and whose ids
// resolve. Shared by `npm run fuzz` (scripts/fuzz.ts: 100,000+ inputs) and
// the fixed-seed sample in `npm test` (fuzz.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { analyzeArticle } from '../../server/src/analysis/index.js';
import type { Article, ArticleContext, Span } from '../../server/src/analysis/model.js';
import { runRules } from '../../server/src/analysis/rules/index.js';
import { ATTRIBUTION_PHRASES, BACKGROUND_MARKERS, CUE_CONTINUATIONS, PARTICIPLE_CUES, VERB_CUES } from '../../server/src/analysis/lexicon/cues.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../../server/src/analysis/lexicon/months.js';
import { numberWordEntries } from '../../server/src/analysis/lexicon/numbers.js';
import { APPROXIMATORS_AFTER, APPROXIMATORS_BEFORE, PERCENT_WORDS, YEAR_NOUNS_BEFORE } from '../../server/src/analysis/lexicon/units.js';
import { ANONYMOUS_HEADS, NAME_PARTICLES, ORGANIZATION_HEADS, PERSON_TITLES } from '../../server/src/analysis/lexicon/speakers.js';
import { parseConfig } from '../../server/src/host/config.js';
import { decodeArticle } from '../../server/src/host/decode.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');
export const SEED_TEXTS = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));

// ---------------------------------------------------------------- timing

export interface TimedInput {
  text: string;
  context: ArticleContext;
}

/** How many of the slowest inputs are kept: the first timing of one may include a GC pause, so they are timed again. */
const KEPT = 8;

function keepTop(list: { input: TimedInput; score: number }[], input: TimedInput, score: number): void {
  if (list.length === KEPT && score <= list[KEPT - 1]!.score) return;
  list.push({ input, score });
  list.sort((a, b) => b.score - a.score);
  list.length = Math.min(list.length, KEPT);
}

/** The slowest inputs seen: by absolute time, and by time per KB (inputs of 1 KB or more); totals go up to `parent` too. */
export class Timings {
  constructor(private readonly parent?: Timings) {}
  inputs = 0;
  readonly slowest: { input: TimedInput; score: number }[] = [];
  readonly slowestPerKB: { input: TimedInput; score: number }[] = [];

  record(input: TimedInput, ms: number): void {
    this.parent?.record(input, ms);
    this.inputs++;
    keepTop(this.slowest, input, ms);
    const kb = Buffer.byteLength(input.text) / 1024;
    if (kb >= 1) keepTop(this.slowestPerKB, input, ms / kb);
  }
}

// ---------------------------------------------------------------- checks

function assertSpan(text: string, span: Span, what: string): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) throw new Error(`${what} [${span.start}, ${span.end}) is not inside the text (length ${text.length})`);
}

/**
 * Core bugs the fuzzer found, reported to the owners of the passes and
 * tolerated here until they are fixed (remove the entry with the fix), so
 * that the sample in `npm test` catches every other one:
 * - claim-ends-before-start: `مصدر ’ قال قال"` gives an indirect claim
 *   [7, 0) (passes/claims.ts; the second cue's unclosed quotation).
 */
/** What must hold of any model: offsets in the text, ids that resolve. */
export function assertModel(text: string, article: Article): void {
  if (article.text !== text) throw new Error('the model does not carry the text it was given');
  for (const b of article.boilerplate) assertSpan(text, b, 'boilerplate');
  for (const d of article.dates) assertSpan(text, d, 'date');
  for (const s of [...article.segments.lines, ...article.segments.sentences, ...article.segments.quotes]) assertSpan(text, s, 'segment');
  const speakers = new Set(article.speakers.map((s) => s.id));
  const claims = new Set(article.claims.map((c) => c.id));
  for (const c of article.claims) {
    assertSpan(text, c, 'claim');
    assertSpan(text, c.cue, 'cue');
    if (!speakers.has(c.speaker)) throw new Error(`claim ${c.id} names an unknown speaker ${c.speaker}`);
  }
  for (const f of article.figures) {
    assertSpan(text, f, 'figure');
    if (f.claim !== null && !claims.has(f.claim)) throw new Error(`a figure names an unknown claim ${f.claim}`);
  }
  JSON.stringify(article); // the model is plain data: the CLI and the server serialize it
}

/** One input through the core: the analysis, the rules, the checks, timed. */
export function throughCore(text: string, context: ArticleContext, timings: Timings): void {
  const started = performance.now();
  const article = analyzeArticle(text, context);
  const findings = runRules(article, new Map());
  timings.record({ text, context }, performance.now() - started);
  assertModel(text, article);
  for (const f of findings) assertSpan(text, f, `finding ${f.rule}`);
}

// ---------------------------------------------------------------- texts

const VOCABULARY: string[] = [
  ...VERB_CUES.flatMap((c) => [...c.past, ...c.present]),
  ...Object.values(PARTICIPLE_CUES).flat(), ...CUE_CONTINUATIONS, ...ATTRIBUTION_PHRASES, ...BACKGROUND_MARKERS,
  ...GREGORIAN_MONTHS.flatMap((m) => m.words), ...HIJRI_MONTHS.flatMap((m) => m.words),
  ...numberWordEntries().map(([word]) => word), ...PERCENT_WORDS, ...APPROXIMATORS_BEFORE, ...APPROXIMATORS_AFTER, ...YEAR_NOUNS_BEFORE,
  ...PERSON_TITLES, ...ANONYMOUS_HEADS, ...ORGANIZATION_HEADS, ...NAME_PARTICLES,
  'أمس', 'اليوم', 'غدا', 'الخميس', 'الجمعة', 'الماضي', 'المقبل', 'عام', 'هـ', 'م', 'جندي', 'شخصا', 'دولار', 'مليون', 'ألف',
  'محمد', 'جيمس', 'جيفري', 'وزارة الدفاع', 'الأمم المتحدة', 'وكالة', 'صحيفة', 'مصادر', 'إن', 'أن', 'الذي', 'في', 'من', 'على',
];
const MARKS = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", ':', '،', '.', '؟', '!', '؛', '(', ')', '-', '–', '/', '%', '٪', '$', '\n', '\r\n', '\n\n', '\t', ' ', '  '];
const ODD = ['\u200f', '\u200e', '\u202b', '\u2066', '\u0640', '\u064e', '\u0651', '\u0670', '\ufeff', '\u0000', '\ud83c', '\udde6', '\ufffd', '\u061c', '\u00a0', '\u2028'];
const DIGITS = fc.oneof(
  fc.integer({ min: 0, max: 1e7 }).map(String),
  fc.integer({ min: 0, max: 99999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)))),
  fc.constantFrom('2020', '1441', '24/01/2020', '3.5', '1,500', '٢٠١٩', '10-12'),
);

/** Any Unicode: astral code points, lone surrogates, controls. */
const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 1500, size: 'large' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 1500, size: 'large' }),
  fc.string({ unit: 'grapheme', maxLength: 600, size: 'large' }),
);

/** Arabic news-like text from the lexicons, punctuation, digits and oddities. */
const tokenText = fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: DIGITS },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
), { maxLength: 1200, size: 'large' }).map((tokens) => tokens.join(' ').replace(/ ([\n"“”«»:،.؟!])/g, (_, m: string) => m));

type Mutation = { at: number; len: number; op: 'delete' | 'duplicate' | 'insert' | 'truncate' | 'swapQuotes'; piece: string };

const mutation = fc.record({
  at: fc.nat(), len: fc.nat({ max: 400 }),
  op: fc.constantFrom<Mutation['op']>('delete', 'duplicate', 'insert', 'truncate', 'swapQuotes'),
  piece: fc.oneof(fc.constantFrom(...MARKS, ...ODD, ...VOCABULARY), DIGITS),
});

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % text.length : 0;
  switch (m.op) {
    case 'delete': return text.slice(0, at) + text.slice(at + m.len);
    case 'duplicate': return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'insert': return text.slice(0, at) + m.piece + text.slice(at);
    case 'truncate': return text.slice(0, at);
    case 'swapQuotes': return text.slice(0, at) + text.slice(at, at + m.len * 4).replace(/[«»"“”]/g, (q) => ({ '«': '»', '»': '«', '"': '«', '“': '”', '”': '"' })[q] ?? q) + text.slice(at + m.len * 4);
  }
}

/** A seed with a few random cuts, copies, insertions and turned quotation marks. */
const mutatedSeed = fc.tuple(fc.nat({ max: SEED_TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([n, ms]) => ms.reduce(mutate, SEED_TEXTS[n]!));

const published = fc.option(fc.oneof(fc.constantFrom('2020-01-24', '2024-02-29', '1999-12-31'), fc.date({ noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10)).filter((d) => /^\d{4}-/.test(d))), { nil: undefined });

export const articleInputs = {
  unicode: fc.tuple(unicodeText, published),
  tokens: fc.tuple(tokenText, published),
  seeds: fc.tuple(mutatedSeed, published),
};

// ---------------------------------------------------------------- isnad.yaml

const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom(...VOCABULARY));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('any'), { maxKeys: 3 })),
})).any;

const speaker = fc.record({
  name: fc.oneof(fc.constantFrom('جيمس جيفري', 'وزارة الدفاع', 'محمد', 'ال', '', 'قال'), value),
  aliases: fc.oneof(fc.array(fc.constantFrom('جيفري', 'جيم', 'الوزارة', 'ال', 'في', 'قال', ''), { maxLength: 5 }), value),
  role: fc.oneof(fc.constantFrom('المبعوث', 'وزير'), value),
  type: fc.oneof(fc.constantFrom('person', 'organization', 'anonymous', 'media', 'document', 'alien'), value),
}, { requiredKeys: [] });

const structuredConfig = fc.record({
  articles: fc.dictionary(fc.constantFrom('a.txt', './b.txt', 'sub\\c.txt', '*', ''), fc.record({ published: fc.oneof(published, value), outlet: value, url: value }, { requiredKeys: [] }), { maxKeys: 4 }),
  speakers: fc.oneof(fc.array(speaker, { maxLength: 6 }), value),
  rules: fc.dictionary(fc.constantFrom('unsourced-figure', 'conflicting-figure', 'nope'), fc.oneof(fc.constantFrom('error', 'warning', 'information', 'hint', 'off', 'loud'), value), { maxKeys: 3 }),
  files: fc.oneof(fc.array(fc.constantFrom('**/*.md', '[', '**', '!x', ''), { maxLength: 3 }), value),
  colour: value,
}, { requiredKeys: [] }).map((c) => stringify(c));

const YAML_NOISE = [':', ': ', '- ', '[', ']', '{', '}', '&a ', '*a', '!!str ', '!!binary ', '? ', '|', '>', '#', '"', "'", '\t', '\n', '\n  ', '---\n', '...\n', '%YAML 1.1\n', '<<: *a\n'];

/** "Billion laughs": each level repeats the one before it. */
const aliasBomb = fc.integer({ min: 2, max: 12 }).map((depth) => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < depth; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\nspeakers: *a${depth - 1}\n`;
});

export const configInputs = fc.oneof(
  structuredConfig,
  fc.tuple(structuredConfig, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...YAML_NOISE)), { maxLength: 6 }))
    .map(([text, noise]) => noise.reduce((t, [at, piece]) => t.slice(0, at % (t.length + 1)) + piece + t.slice(at % (t.length + 1)), text)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  aliasBomb,
);

/** A config through the parser, then its context through the core on a short article. */
export function throughConfig(yamlText: string, article: string, timings: Timings): void {
  const { config, problems } = parseConfig(yamlText, 'isnad.yaml');
  for (const p of problems) {
    if (!(p.line >= 1 && p.column >= 1 && typeof p.message === 'string')) throw new Error(`a problem without a place: ${JSON.stringify(p)}`);
  }
  const entry = [...config.articles.values()][0];
  throughCore(article, { published: entry?.published ?? null, outlet: entry?.outlet ?? null, speakers: config.speakers }, timings);
}

export const byteInputs = fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.tuple(fc.nat({ max: SEED_TEXTS.length - 1 }), fc.uint8Array({ maxLength: 8 }), fc.nat())
  .map(([n, noise, at]) => {
    const bytes = Buffer.from(SEED_TEXTS[n]!);
    const i = at % bytes.length;
    return Uint8Array.from([...bytes.subarray(0, i), ...noise, ...bytes.subarray(i)]);
  }));

/** Bytes through the decoder: a text or a problem, never an exception. */
export function throughDecoder(bytes: Uint8Array): void {
  const r = decodeArticle(bytes);
  if (!('text' in r) && !('problem' in r)) throw new Error('neither text nor problem');
}

// ---------------------------------------------------------------- running

/**
 * The yaml package warns through process.emitWarning about keys that are
 * collections (`[a]: b`), which random configs are full of; the other warnings still print.
 */
export function quietYamlKeyWarnings(): void {
  const printers = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (!/Keys with collection values will be stringified/.test(w.message)) for (const p of printers) p(w);
  });
}

export interface FuzzRuns { unicode: number; tokens: number; seeds: number; configs: number; bytes: number }

export interface FuzzReport { core: Timings; configs: number; bytes: number; byKind: Record<string, Timings> }

/** Runs every property with `seed`; throws fast-check's report (with the shrunk input) on the first failure. */
export function fuzz(runs: FuzzRuns, seed: number, progress: (kind: string) => void = () => undefined): FuzzReport {
  const core = new Timings();
  const byKind: Record<string, Timings> = {};
  const both = (kind: string): Timings => (byKind[kind] = new Timings(core));
  for (const kind of ['unicode', 'tokens', 'seeds'] as const) {
    progress(kind);
    const t = both(kind);
    fc.assert(fc.property(articleInputs[kind], ([text, date]) => throughCore(text, { published: date ?? null }, t)), { seed, numRuns: runs[kind] });
  }
  progress('configs');
  const t = both('configs');
  const short = SEED_TEXTS.map((s) => s.slice(0, 1500));
  fc.assert(fc.property(configInputs, fc.nat({ max: short.length - 1 }), (yamlText, n) => throughConfig(yamlText, short[n]!, t)), { seed, numRuns: runs.configs });
  progress('bytes');
  fc.assert(fc.property(byteInputs, throughDecoder), { seed, numRuns: runs.bytes });
  return { core, configs: runs.configs, bytes: runs.bytes, byKind };
}
