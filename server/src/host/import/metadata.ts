// What a web page says about itself, read from its head before readability
// rewrites the document: the Open Graph and article: properties, JSON-LD
// (schema.org NewsArticle and its kin, also inside @graph), the canonical
// link, <time datetime>, and meta author. The first source that gives a
// value wins, in the order each field lists.
import type { DomDocument } from './dom.js';
import type { ImportedMetadata } from './model.js';
import { cleanLine } from './text.js';

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every object of the page's JSON-LD scripts, flattened through arrays and @graph. */
export function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const add = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(add);
    else if (isObject(x)) {
      out.push(x);
      if (x['@graph']) add(x['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD is the page's problem: the other sources still count
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

const types = (o: Json): string[] => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');

/** The JSON-LD object of the article itself, if the page has one. */
function jsonLdArticle(objects: readonly Json[]): Json | null {
  return objects.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? objects.find((o) => 'datePublished' in o) ?? null;
}

/** A name from a string, an object with `name`, or the first of a list of either. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanLine(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join('، ') : null;
  }
  return isObject(value) ? nameOf(value['name']) : null;
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

function meta(doc: DomDocument, attribute: 'property' | 'name' | 'itemprop', key: string): string | null {
  return stringOf(doc.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content'));
}

/**
 * The day of a date as the source writes it: `2024-03-02T23:30:00+03:00` is
 * the 2nd, the outlet's own day, not the UTC one. Null when not an ISO date.
 */
export function isoDay(value: string | null): string | null {
  const m = value ? /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Only web addresses: a page saved from disk has file: links, and relative ones say nothing without their base. */
function webUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const first = <T>(...values: (T | null | undefined)[]): T | null => values.find((v) => v !== null && v !== undefined) ?? null;

/** The JSON-LD article's url, or its mainEntityOfPage's address. */
function jsonLdUrl(article: Json | null): string | null {
  if (!article) return null;
  const page = article['mainEntityOfPage'];
  return webUrl(stringOf(article['url'])) ?? webUrl(isObject(page) ? stringOf(page['@id']) ?? stringOf(page['url']) : stringOf(page));
}

/** An author that is a name, not the address of an author page. */
const personName = (value: string | null): string | null => (value && !/^https?:/i.test(value) ? cleanLine(value) || null : null);

/** Where pages mark their author's name in the body (microdata, rel=author, the usual class). */
const AUTHOR_ELEMENTS = ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]', '.author-name', '.author'];

function authorElement(doc: DomDocument): string | null {
  for (const selector of AUTHOR_ELEMENTS) {
    const name = personName(doc.querySelector(selector)?.textContent ?? null);
    if (name) return name;
  }
  return null;
}

export function pageMetadata(doc: DomDocument): ImportedMetadata & { title: string | null } {
  const article = jsonLdArticle(jsonLdObjects(doc));
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return {
    url: first(
      webUrl(stringOf(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))),
      webUrl(meta(doc, 'property', 'og:url')),
      jsonLdUrl(article),
    ),
    outlet: first(personName(meta(doc, 'property', 'og:site_name')), nameOf(article?.['publisher']), personName(meta(doc, 'name', 'application-name'))),
    published: first(
      isoDay(meta(doc, 'property', 'article:published_time')),
      isoDay(stringOf(article?.['datePublished'])),
      isoDay(meta(doc, 'itemprop', 'datePublished')),
      isoDay(stringOf(time?.getAttribute('datetime'))),
    ),
    author: first(personName(meta(doc, 'name', 'author')), personName(meta(doc, 'property', 'article:author')), nameOf(article?.['author']), authorElement(doc)),
    title: first(personName(meta(doc, 'property', 'og:title')), nameOf(article?.['headline'])),
  };
}
