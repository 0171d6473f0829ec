// isnad.yaml: what the user tells Isnad about a folder of articles.
//
//   articles:   file (relative to the folder) → { published, outlet, url }
//   speakers:   a gazetteer of { name, aliases, role, type }
//   rules:      rule id → error | warning | information | hint | off
//   files:      extra glob patterns of article files, relative to the folder
//   reviews:    the reviewer's decisions on figures: { file, figure, fingerprint,
//               decision, source | reason, reviewer, date } (host/reviews.ts writes them)
//   extends:    another isnad.yaml (or a list of them) this one builds on (config-chain.ts)
//   ignore:     .gitignore patterns of files that are not articles, relative to the folder
//
// A broken config must not stop the analysis: every problem is reported with
// its line and column, and the valid part is used.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { GazetteerEntry, SpeakerType } from '../analysis/model.js';
import { REVIEW_DECISIONS } from '../analysis/review/index.js';
import type { Review, ReviewDecision } from '../analysis/review/index.js';
import { RULES, SEVERITIES } from '../analysis/rules/index.js';
import type { RuleSetting, Severity } from '../analysis/rules/index.js';
import { plainArticles } from './config-fast.js';
import { globProblem } from './glob.js';
import { tooDeep } from './yaml-depth.js';

export const CONFIG_FILE = 'isnad.yaml';
/** An archive's config lists every article: 4.8 MB for the 31,030 of SaudiNewsNet. Anything larger than this is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 32 * 1024 * 1024;
/** Caps alias expansion, so that a "billion laughs" document cannot exhaust memory. */
export const MAX_ALIAS_COUNT = 100;

export interface ArticleEntry {
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** Who wrote it (isnad import fills it in from the page or the document). */
  author: string | null;
}

/** A decision of `reviews:`, with the line of isnad.yaml it starts on (1-based). */
export interface ReviewEntry extends Review {
  line: number;
}

export interface IsnadConfig {
  /** Keys are relative paths with forward slashes and no leading `./`. */
  articles: Map<string, ArticleEntry>;
  speakers: GazetteerEntry[];
  rules: Map<string, RuleSetting>;
  files: string[];
  reviews: ReviewEntry[];
  /** The files `extends:` names, as written, with the line they are on; config-chain.ts reads them. */
  extends: { path: string; line: number; column: number }[];
  ignore: string[];
}

export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  message: string;
}

export function emptyConfig(): IsnadConfig {
  return { articles: new Map(), speakers: [], rules: new Map(), files: [], reviews: [], extends: [], ignore: [] };
}

const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organization', 'anonymous', 'media', 'document'];
const TOP_KEYS = ['articles', 'speakers', 'rules', 'files', 'reviews', 'extends', 'ignore'];
const ARTICLE_KEYS = ['published', 'outlet', 'url', 'author'];
const SPEAKER_KEYS = ['name', 'aliases', 'role', 'type'];
const REVIEW_KEYS = ['file', 'figure', 'fingerprint', 'decision', 'source', 'reason', 'reviewer', 'date'];

type YamlNode = Node | null;

/** Collects problems at the place in the file where they are. */
class Reporter {
  readonly problems: ConfigProblem[] = [];
  constructor(readonly file: string, readonly lines: LineCounter) {}

  at(offset: number, severity: Severity, message: string): void {
    const { line, col } = this.lines.linePos(offset);
    this.problems.push({ file: this.file, line, column: col, severity, message });
  }

  /** At `node`, or at `fallback` (usually the key) when the value is missing. */
  node(node: YamlNode, fallback: YamlNode, severity: Severity, message: string): void {
    this.at(node?.range?.[0] ?? fallback?.range?.[0] ?? 0, severity, message);
  }
}

interface Walk {
  doc: Document;
  report: Reporter;
}

/** Follows an alias to the node it names; anything else is itself. */
function deref(w: Walk, node: unknown): YamlNode {
  if (isAlias(node)) return (node.resolve(w.doc) as Node | undefined) ?? null;
  return (node as YamlNode) ?? null;
}

function keyName(w: Walk, pair: Pair): string | null {
  const key = deref(w, pair.key);
  if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  w.report.node(key, null, 'error', 'a key must be a plain string');
  return null;
}

/** The entries of a mapping, with keys as strings; reports a value of another type. */
function entries(w: Walk, node: YamlNode, fallback: YamlNode, what: string): { key: string; keyNode: YamlNode; value: YamlNode }[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isMap(node)) {
    w.report.node(node, fallback, 'error', `${what} must be a mapping (key: value lines)`);
    return [];
  }
  const seen = new Set<string>();
  return node.items.flatMap((pair) => {
    const key = keyName(w, pair);
    if (key === null) return [];
    const keyNode = deref(w, pair.key);
    // here rather than yaml's uniqueKeys, which compares each key with every other: a minute on a 31,000-article archive
    if (seen.has(key)) w.report.node(keyNode, null, 'error', 'syntax: Map keys must be unique');
    seen.add(key);
    return [{ key, keyNode, value: deref(w, pair.value) }];
  });
}

function items(w: Walk, node: YamlNode, fallback: YamlNode, what: string): YamlNode[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    w.report.node(node, fallback, 'error', `${what} must be a list (lines starting with "- ")`);
    return [];
  }
  return node.items.map((item) => deref(w, item));
}

/** A string value, null when empty; `undefined` (after reporting) when of another type. */
function text(w: Walk, node: YamlNode, fallback: YamlNode, what: string): string | null | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return null;
  if (isScalar(node) && typeof node.value === 'string') return node.value.trim() || null;
  w.report.node(node, fallback, 'error', `${what} must be a string${isScalar(node) ? ' (put it in quotes)' : ''}`);
  return undefined;
}

function unknownKey(w: Walk, keyNode: YamlNode, key: string, where: string, known: string[]): void {
  w.report.node(keyNode, null, 'warning', `unknown key "${key}" in ${where} (expected ${known.join(', ')})`);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar day written YYYY-MM-DD. (Asked of every entry of
 * an archive's isnad.yaml before its first article is analysed: the digits
 * are read by char code, not captured into strings.)
 */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const y = digitsAt(value, 0, 4), mo = digitsAt(value, 5, 2), d = digitsAt(value, 8, 2);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The number the `count` ASCII digits of `s` from `at` write. */
function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + s.charCodeAt(i) - 0x30;
  return n;
}

/** `./a\b.txt` → `a/b.txt`: the form article keys are stored and looked up in. */
export function normalizeKey(path: string): string {
  // (most keys are a plain file name: asked of every entry of an archive's file)
  if (!path.includes('\\') && !path.startsWith('./')) return path;
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

function readArticle(w: Walk, file: string, node: YamlNode, keyNode: YamlNode): ArticleEntry {
  const entry: ArticleEntry = { published: null, outlet: null, url: null, author: null };
  for (const { key, keyNode: k, value } of entries(w, node, keyNode, `articles → ${file}`)) {
    if (!ARTICLE_KEYS.includes(key)) {
      unknownKey(w, k, key, `articles → ${file}`, ARTICLE_KEYS);
      continue;
    }
    const v = text(w, value, k, `${key} of ${file}`);
    if (v === undefined) continue;
    if (key === 'published' && v !== null && !isIsoDay(v)) {
      w.report.node(value, k, 'error', `published of ${file} is not a date: "${v}" (write YYYY-MM-DD, e.g. 2024-03-02)`);
      continue;
    }
    entry[key as keyof ArticleEntry] = v;
  }
  return entry;
}

function readArticles(w: Walk, node: YamlNode, keyNode: YamlNode): Map<string, ArticleEntry> {
  const articles = new Map<string, ArticleEntry>();
  for (const { key, keyNode: k, value } of entries(w, node, keyNode, 'articles')) {
    articles.set(normalizeKey(key), readArticle(w, key, value, k));
  }
  return articles;
}

function readAliases(w: Walk, node: YamlNode, keyNode: YamlNode, who: string): string[] {
  return items(w, node, keyNode, `aliases of ${who}`).flatMap((item) => {
    const alias = text(w, item, keyNode, `an alias of ${who}`);
    return alias ? [alias] : [];
  });
}

function readSpeakerType(w: Walk, node: YamlNode, keyNode: YamlNode, who: string): SpeakerType | null {
  const type = text(w, node, keyNode, `type of ${who}`);
  if (!type) return null;
  if ((SPEAKER_TYPES as readonly string[]).includes(type)) return type as SpeakerType;
  w.report.node(node, keyNode, 'error', `type of ${who} is "${type}": use one of ${SPEAKER_TYPES.join(', ')}`);
  return null;
}

function readSpeaker(w: Walk, node: YamlNode, index: number): GazetteerEntry | null {
  const fields = entries(w, node, null, `speakers[${index}]`);
  const nameField = fields.find((f) => f.key === 'name');
  const name = nameField ? text(w, nameField.value, nameField.keyNode, `name of speakers[${index}]`) : null;
  if (!name) {
    // undefined: a name of the wrong type, already reported
    if (isMap(node) && name === null) {
      w.report.node(nameField?.value ?? node, nameField?.keyNode ?? null, 'error', `speakers[${index}] has no name: it is ignored`);
    }
    return null;
  }
  const speaker: GazetteerEntry = { name, aliases: [], role: null, type: null };
  for (const { key, keyNode: k, value } of fields) {
    if (key === 'aliases') speaker.aliases = readAliases(w, value, k, name);
    else if (key === 'role') speaker.role = text(w, value, k, `role of ${name}`) ?? null;
    else if (key === 'type') speaker.type = readSpeakerType(w, value, k, name);
    else if (!SPEAKER_KEYS.includes(key)) unknownKey(w, k, key, `speaker ${name}`, SPEAKER_KEYS);
  }
  return speaker;
}

function readRules(w: Walk, node: YamlNode, keyNode: YamlNode): Map<string, RuleSetting> {
  const rules = new Map<string, RuleSetting>();
  const settings = [...SEVERITIES, 'off'];
  for (const { key, keyNode: k, value } of entries(w, node, keyNode, 'rules')) {
    const setting = text(w, value, k, `the setting of rule ${key}`);
    if (setting === undefined) continue;
    if (setting === null || !settings.includes(setting)) {
      w.report.node(value, k, 'error', `rule ${key} is set to "${setting ?? ''}": use one of ${settings.join(', ')}`);
      continue;
    }
    if (!RULES.some((r) => r.id === key)) {
      w.report.node(k, null, 'warning', `unknown rule "${key}" (rules: ${RULES.map((r) => r.id).join(', ')})`);
      continue;
    }
    rules.set(key, setting as RuleSetting);
  }
  return rules;
}

function readFiles(w: Walk, node: YamlNode, keyNode: YamlNode): string[] {
  return items(w, node, keyNode, 'files').flatMap((item) => {
    const glob = text(w, item, keyNode, 'a files pattern');
    const problem = glob ? globProblem(glob) : null;
    if (problem) w.report.node(item, keyNode, 'warning', `the files pattern is ${problem}: it is ignored`);
    return glob && !problem ? [normalizeKey(glob)] : [];
  });
}

/** `ignore:` patterns as written (.gitignore syntax: a leading `/` or `!` means something; gitignore.ts matches them). */
function readIgnore(w: Walk, node: YamlNode, keyNode: YamlNode): string[] {
  return items(w, node, keyNode, 'ignore').flatMap((item) => {
    const pattern = text(w, item, keyNode, 'an ignore pattern');
    const problem = pattern ? globProblem(pattern) : null;
    if (problem) w.report.node(item, keyNode, 'warning', `the ignore pattern is ${problem}: it is ignored`);
    return pattern && !problem ? [pattern] : [];
  });
}

/** `extends:` one path or a list of them, each with its place for the problems of reading it. */
function readExtends(w: Walk, node: YamlNode, keyNode: YamlNode): IsnadConfig['extends'] {
  const nodes = isSeq(node) ? items(w, node, keyNode, 'extends') : [node];
  return nodes.flatMap((item) => {
    const path = text(w, item, keyNode, 'extends');
    if (!path) return [];
    const { line, col } = w.report.lines.linePos(item?.range?.[0] ?? keyNode?.range?.[0] ?? 0);
    return [{ path, line, column: col }];
  });
}

type ReviewFields = Partial<Record<string, { value: string; node: YamlNode; keyNode: YamlNode }>>;

/** The string fields of a review; reports unknown keys and values of other types. */
function reviewFields(w: Walk, node: YamlNode, where: string): ReviewFields {
  const fields: ReviewFields = {};
  for (const { key, keyNode, value } of entries(w, node, null, where)) {
    if (!REVIEW_KEYS.includes(key)) {
      unknownKey(w, keyNode, key, where, REVIEW_KEYS);
      continue;
    }
    const v = text(w, value, keyNode, `${key} of ${where}`);
    if (v) fields[key] = { value: v, node: value, keyNode };
  }
  return fields;
}

/** The decision of a review, or null (reported) when missing or unknown. */
function reviewDecision(w: Walk, node: YamlNode, f: ReviewFields, where: string): ReviewDecision | null {
  const decision = f.decision;
  if (decision && (REVIEW_DECISIONS as readonly string[]).includes(decision.value)) return decision.value as ReviewDecision;
  const message = decision ? `decision of ${where} is "${decision.value}": use one of ${REVIEW_DECISIONS.join(', ')}` : `${where} has no decision: it is ignored`;
  w.report.node(decision?.node ?? node, null, 'error', message);
  return null;
}

/** A sourced figure names its source, a dismissal its reason: say so when it does not. */
function checkNote(w: Walk, node: YamlNode, f: ReviewFields, decision: ReviewDecision, where: string): string | null {
  const wanted = decision === 'sourced' ? 'source' : 'reason';
  const other = f[wanted === 'source' ? 'reason' : 'source'];
  if (other) w.report.node(other.keyNode, null, 'warning', `${where} is ${decision}: write its note as ${wanted}, not ${wanted === 'source' ? 'reason' : 'source'}`);
  const note = f[wanted]?.value ?? other?.value ?? null;
  if (!note && decision !== 'not-a-figure') w.report.node(node, null, 'warning', `${where} is ${decision} but gives no ${wanted}`);
  return note;
}

function readReview(w: Walk, node: YamlNode, index: number): ReviewEntry | null {
  const where = `reviews[${index}]`;
  if (!isMap(node)) {
    w.report.node(node, null, 'error', `${where} must be a mapping (file, figure, fingerprint, decision …)`);
    return null;
  }
  const f = reviewFields(w, node, where);
  const missing = (['file', 'figure'] as const).find((k) => !f[k]);
  if (missing) {
    w.report.node(node, null, 'error', `${where} has no ${missing}: it is ignored`);
    return null;
  }
  const decision = reviewDecision(w, node, f, where);
  if (!decision) return null;
  if (!f.fingerprint) w.report.node(node, null, 'warning', `${where} has no fingerprint: it applies to every "${f.figure!.value}" in ${f.file!.value}`);
  let date = f.date?.value ?? null;
  if (date && !isIsoDay(date)) {
    w.report.node(f.date!.node, f.date!.keyNode, 'error', `date of ${where} is not a date: "${date}" (write YYYY-MM-DD)`);
    date = null;
  }
  return {
    file: normalizeKey(f.file!.value), figure: f.figure!.value, fingerprint: f.fingerprint?.value ?? '', decision,
    note: checkNote(w, node, f, decision, where), reviewer: f.reviewer?.value ?? null, date,
    line: w.report.lines.linePos(node.range?.[0] ?? 0).line,
  };
}

function readTop(w: Walk, root: YamlNode): IsnadConfig {
  const config = emptyConfig();
  for (const { key, keyNode, value } of entries(w, root, null, 'isnad.yaml')) {
    if (key === 'articles') config.articles = readArticles(w, value, keyNode);
    else if (key === 'speakers') {
      config.speakers = items(w, value, keyNode, 'speakers').flatMap((s, i) => readSpeaker(w, s, i) ?? []);
    } else if (key === 'rules') config.rules = readRules(w, value, keyNode);
    else if (key === 'files') config.files = readFiles(w, value, keyNode);
    else if (key === 'extends') config.extends = readExtends(w, value, keyNode);
    else if (key === 'ignore') config.ignore = readIgnore(w, value, keyNode);
    else if (key === 'reviews') config.reviews = items(w, value, keyNode, 'reviews').flatMap((r, i) => readReview(w, r, i) ?? []);
    else unknownKey(w, keyNode, key, 'isnad.yaml', TOP_KEYS);
  }
  return config;
}

/** The first line of a yaml error, without the position it repeats. */
function yamlMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function hasAlias(doc: Document): boolean {
  let found = false;
  visit(doc, { Alias: () => { found = true; return visit.BREAK; } });
  return found;
}

/**
 * Parses and validates an isnad.yaml. `file` is the name problems carry (as
 * the user would write it). Never throws: every problem is in `problems`.
 */
export function parseConfig(source: string, file: string): { config: IsnadConfig; problems: ConfigProblem[] } {
  const lines = new LineCounter();
  const report = new Reporter(file, lines);
  if (source.length > MAX_CONFIG_BYTES) {
    report.at(0, 'error', `the file is larger than ${MAX_CONFIG_BYTES / 1024} KB: it is ignored`);
    return { config: emptyConfig(), problems: report.problems };
  }
  const plain = plainArticles(source, isIsoDay);
  if (plain) {
    const config = emptyConfig();
    for (const [key, entry] of plain) config.articles.set(normalizeKey(key), entry);
    return { config, problems: [] };
  }
  const deep = tooDeep(source);
  if (deep) {
    report.problems.push({ file, line: deep.line, column: 1, severity: 'error', message: `${deep.message}: the file is ignored` });
    return { config: emptyConfig(), problems: report.problems };
  }
  // logLevel: problems come back as problems with their line, never as warnings on stderr
  // uniqueKeys: duplicate keys are found by entries() in linear time
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  for (const e of doc.errors) report.at(e.pos[0], 'error', `syntax: ${yamlMessage(e.message)}`);
  for (const e of doc.warnings) report.at(e.pos[0], 'warning', yamlMessage(e.message));
  try {
    // expanding every alias is how yaml finds an alias bomb; a file without aliases (an archive's is megabytes) needs no expansion
    if (hasAlias(doc)) doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    report.at(0, 'error', `too many alias expansions (${e instanceof Error ? e.message : 'unknown'}): the file is ignored`);
    return { config: emptyConfig(), problems: report.problems };
  }
  const config = readTop({ doc, report }, deref({ doc, report }, doc.contents));
  return { config, problems: report.problems };
}

/**
 * The entry of an article, by its path relative to the analysed folder; when
 * no key matches that path, by its base name, if exactly one key has it.
 */
export function findArticleEntry(config: IsnadConfig, relPath: string): ArticleEntry | undefined {
  const key = normalizeKey(relPath);
  const exact = config.articles.get(key);
  if (exact) return exact;
  const base = baseName(key);
  const byBase = [...config.articles.entries()].filter(([k]) => baseName(k) === base);
  return byBase.length === 1 ? byBase[0]![1] : undefined;
}

/**
 * The decisions on an article's figures, by its path relative to the folder,
 * exactly: a decision on 2020/article.txt says nothing of 2021/article.txt,
 * so it is never matched by base name as articles: entries are.
 */
export function findReviews(config: IsnadConfig, relPath: string): ReviewEntry[] {
  const key = normalizeKey(relPath);
  return config.reviews.filter((r) => r.file === key);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
