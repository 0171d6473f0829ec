// The folder index kept up to date by patches and deferred regrouping
// (workspace/grouping.ts) answers exactly as an index built at once from
// the same articles: on the seeds, on edited copies of them (a word typed
// in: patched; a speaker renamed: regrouped), and with grouping deferred
// during a burst of updates. Workspace symbols are checked against the
// plain search they replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, normalize } from '../../server/src/analysis/index.js';
import type { Article, ArticleContext } from '../../server/src/analysis/model.js';
import { createWorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import type { WorkspaceIndex } from '../../server/src/analysis/workspace/index.js';
import { seed } from '../helpers/doc.js';
import { PUBLISHED, folderUri, indexAnswers } from '../helpers/workspace.js';

const uri = folderUri;

/** The seeds, dated, and copies of them under other names (the copies share every speaker and event). */
function folder(): Map<string, [string, ArticleContext]> {
  const texts = new Map<string, [string, ArticleContext]>();
  for (let n = 0; n < 5; n++) {
    texts.set(`00${n}`, [seed(n), { published: PUBLISHED[n]! }]);
    texts.set(`copy-${n}`, [seed(n), { published: PUBLISHED[n]! }]);
  }
  return texts;
}

function built(texts: Map<string, [string, ArticleContext]>): WorkspaceIndex {
  const index = createWorkspaceIndex();
  for (const [name, [text, context]] of texts) index.update(uri(name), analyzeArticle(text, context));
  return index;
}


/** Text with a word typed in the middle of each sentence's first line: spans move, names and days stay. */
const typedIn = (text: string): string => text.replace(/\n/, '\nجدا ');

test('words typed into articles are patched in: the answers are those of an index built from the edited texts', () => {
  const texts = folder();
  const index = built(texts);
  indexAnswers(index); // grouped once, before the edits
  for (const name of ['001', 'copy-0', '004']) {
    const [text, context] = texts.get(name)!;
    texts.set(name, [typedIn(text), context]);
    index.update(uri(name), analyzeArticle(typedIn(text), context));
  }
  assert.deepEqual(indexAnswers(index), indexAnswers(built(texts)));
});

test('a speaker renamed, an article removed and one added regroup: the answers are those of an index built at once', () => {
  const texts = folder();
  const index = built(texts);
  indexAnswers(index);
  const [one, context] = texts.get('copy-1')!;
  const renamed = one.replaceAll('جيفري', 'جفري');
  assert.notEqual(renamed, one);
  texts.set('copy-1', [renamed, context]);
  index.update(uri('copy-1'), analyzeArticle(renamed, context));
  texts.delete('copy-3');
  index.remove(uri('copy-3'));
  texts.set('extra', [seed(0), { published: PUBLISHED[0]! }]);
  index.update(uri('extra'), analyzeArticle(seed(0), { published: PUBLISHED[0]! }));
  assert.deepEqual(indexAnswers(index), indexAnswers(built(texts)));
});

test('with grouping deferred, questions get the last grouping; once resumed, the full one', () => {
  const texts = folder();
  const index = createWorkspaceIndex();
  const [first, second] = [...texts];
  index.update(uri(first![0]), analyzeArticle(...first![1]));
  index.deferGrouping(true);
  const before = index.speakers().length;
  for (const [name, [text, context]] of [...texts].slice(1)) index.update(uri(name), analyzeArticle(text, context));
  assert.equal(index.speakers().length, before, 'the speakers grouped before the burst');
  assert.equal(index.speakerKey(uri(second![0]), 's1'), null, 'an article of the burst is not grouped yet');
  index.deferGrouping(false);
  assert.deepEqual(indexAnswers(index), indexAnswers(built(texts)));
});

/** The search workspace symbols did before it kept normalized names: every name normalized per query. */
function plainSymbols(articles: Map<string, Article>, query: string): string[] {
  const fold = (s: string): string => normalize(s).toLowerCase();
  const q = fold(query);
  const out: string[] = [];
  for (const u of [...articles.keys()].sort()) {
    const article = articles.get(u)!;
    const named = new Set<string>();
    for (const s of article.speakers) {
      if (![s.name, ...s.aliases].some((n) => fold(n).includes(q))) continue;
      named.add(s.id);
      out.push(`${u} speaker ${s.id}`);
    }
    if (q === '') continue;
    for (const c of article.claims) {
      if (named.has(c.speaker) || fold(article.text.slice(c.start, c.end)).includes(q)) out.push(`${u} claim ${c.id}`);
    }
  }
  return out;
}

test('workspace symbols give what the plain search gives, and stay in step with updates', () => {
  const texts = folder();
  const index = built(texts);
  const articles = new Map(index.uris().map((u) => [u, index.article(u)!]));
  const found = (q: string): string[] => index.symbols(q, { limit: 10_000 })
    .map((m) => (m.kind === 'speaker' ? `${m.uri} speaker ${m.speaker.id}` : `${m.uri} claim ${m.claim.id}`));
  const queries = ['', 'جيفري', 'اسبر', 'إسبر', 'بمرور الوقت', 'وزير', 'ال', 'ا', 'zzz', 'ترمب'];
  for (const q of queries) assert.deepEqual(found(q), plainSymbols(articles, q), q);
  assert.ok(found('جيفري').length > 4);
  const edited = analyzeArticle(seed(1).replaceAll('جيفري', 'جفري'), { published: PUBLISHED[1]! });
  index.update(uri('001'), edited);
  articles.set(uri('001'), edited);
  for (const q of ['جيفري', 'جفري']) assert.deepEqual(found(q), plainSymbols(articles, q), q);
});
