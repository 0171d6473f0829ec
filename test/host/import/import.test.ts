// isnad import's readers and its placing: pages and documents made by
// pages.ts become article text (title, then one paragraph a line, furniture
// left out) and metadata; placed in a folder, they write the article and its
// isnad.yaml entry, recognise a second import, and replace nothing unasked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseConfig } from '../../../server/src/host/config.js';
import { articleName, importFile } from '../../../server/src/host/import/index.js';
import { withArticleEntry } from '../../../server/src/host/import/articles-yaml.js';
import { decodePage, readWebPage } from '../../../server/src/host/import/web-page.js';
import { readWordDocument } from '../../../server/src/host/import/word.js';
import { BODY, DOC_QUOTE, DOC_TITLE, NEWS_ARTICLE_LD, OPEN_GRAPH, PAGE_URL, newsPage, wordDocument } from './pages.js';

const TITLE = 'الوزارة تعلن خطة لبناء ثلاثة سدود';
const FURNITURE = ['فيسبوك', 'واتساب', 'اقرأ أيضاً', 'أسعار الخضار', 'جميع الحقوق', 'الرئيسية', 'سياسة الخصوصية', 'dataLayer', 'display: flex'];

test('a web page: the title, then the body one paragraph a line; menus, share bar, related list, footer and scripts left out', () => {
  const page = readWebPage(newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
  assert.equal(page.text, `${[TITLE, ...BODY].join('\n')}\n`);
  for (const word of FURNITURE) assert.ok(!page.text.includes(word), `furniture in the text: ${word}`);
  assert.doesNotMatch(page.text, /[\u200E\u200F\u202A-\u202E\u00A0]/, 'direction marks and no-break spaces are gone');
});

test('Open Graph and the canonical link win: URL without tracking, outlet, the day of article:published_time, meta author', () => {
  const { metadata } = readWebPage(newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
  assert.deepEqual(metadata, { url: PAGE_URL, outlet: 'أخبار المثال', published: '2024-03-02', author: 'ليلى منصور' });
});

test('JSON-LD alone (inside @graph): datePublished as the outlet writes the day, authors, publisher, mainEntityOfPage', () => {
  const { metadata, title } = readWebPage(newsPage({ jsonLd: [NEWS_ARTICLE_LD] }));
  // 23:40 at +03:00 on the 1st is the 1st in the outlet's own time, whatever UTC says
  assert.deepEqual(metadata, { url: PAGE_URL, outlet: 'أخبار المثال', published: '2024-03-01', author: 'ليلى منصور، خالد عيسى' });
  assert.equal(title, TITLE);
});

test('a page without metadata: the date from <time datetime>, the author from the byline, the title from the page', () => {
  const page = readWebPage(newsPage());
  assert.deepEqual(page.metadata, { url: null, outlet: null, published: '2024-03-02', author: 'ليلى منصور' });
  assert.equal(page.text.split('\n')[0], TITLE);
});

test('broken JSON-LD and relative or file: addresses are not taken', () => {
  const head = '<link rel="canonical" href="/politics/dams"><meta property="og:url" content="file:///home/me/dams.html">';
  const page = readWebPage(newsPage({ head: head + '<script type="application/ld+json">{ "@type": "NewsArticle", </script>' }));
  assert.equal(page.metadata.url, null);
});

test('a page saved in Windows-1256, as old Arabic sites serve them, is read in the charset it declares', () => {
  const html = newsPage({ head: OPEN_GRAPH, charset: 'windows-1256' });
  const page = readWebPage(decodePage(iconv.encode(html, 'windows-1256')));
  assert.equal(page.text.split('\n')[1], BODY[0]);
  assert.equal(page.metadata.outlet, 'أخبار المثال');
});

test('a page with no article in it is refused with a reason', () => {
  assert.throws(() => readWebPage('<html><body><nav><a href="/">الرئيسية</a></nav></body></html>'), /no article text/);
});

test('a Word document: title property first, headings and paragraphs one a line, the Quote style in quotation marks, the creator as author', async () => {
  const doc = await readWordDocument(await wordDocument());
  assert.equal(doc.text, `${[DOC_TITLE, BODY[0], 'خلفية', BODY[3], 'وقال أحد المزارعين:', `«${DOC_QUOTE}»`, BODY[2]].join('\n')}\n`);
  assert.deepEqual(doc.metadata, { url: null, outlet: null, published: null, author: 'ليلى منصور' });
});

test('a Word document without a title property takes its first heading, written once', async () => {
  const doc = await readWordDocument(await wordDocument({ title: null, creator: 'خالد عيسى' }));
  assert.equal(doc.text.split('\n').filter((l) => l === DOC_TITLE).length, 1);
  assert.equal(doc.text.split('\n')[0], DOC_TITLE);
  assert.equal(doc.metadata.author, 'خالد عيسى');
});

test('a file that is not a .docx is refused with a reason', async () => {
  await assert.rejects(readWordDocument(Buffer.from('not a zip')), /not a Word document/);
});

test('article file names come from the source\'s, without what file systems refuse', () => {
  assert.equal(articleName('/saved/الوزارة تعلن: خطة؟.html'), 'الوزارة تعلن خطة؟.txt');
  assert.equal(articleName('a/b\u0007c|d.htm'), 'b c d.txt');
  assert.equal(articleName('report.docx'), 'report.txt');
  assert.equal(articleName('<>.html'), 'article.txt');
});

test('an entry is spliced under articles: with comments and the other entries kept; an existing key is replaced only when asked', () => {
  const source = '# the desk\narticles:   # per file\n  a.txt:\n    published: 2024-01-02   # checked\nrules:\n  unsourced-figure: warning\n';
  const text = withArticleEntry(source, 'b.txt', { published: '2024-03-02', outlet: 'أخبار المثال' });
  assert.equal(text, '# the desk\narticles:   # per file\n  a.txt:\n    published: 2024-01-02   # checked\n  b.txt:\n    published: 2024-03-02\n    outlet: أخبار المثال\nrules:\n  unsourced-figure: warning\n');
  assert.throws(() => withArticleEntry(text, 'a.txt', { outlet: 'x' }), /already has an entry/);
  const replaced = withArticleEntry(text, 'a.txt', { published: '2024-01-03' }, true);
  assert.match(replaced, /a\.txt:\n {4}published: 2024-01-03\n {2}b\.txt:/);
  assert.equal(withArticleEntry('', 'a.txt', { url: PAGE_URL }), `articles:\n  a.txt:\n    url: ${PAGE_URL}\n`);
  const flow = withArticleEntry('articles: { a.txt: { outlet: x } }\n', 'b.txt', { outlet: 'y' });
  assert.deepEqual([...parseConfig(flow, 'isnad.yaml').config.articles.keys()], ['a.txt', 'b.txt']);
  assert.throws(() => withArticleEntry('articles: [1, 2]\n', 'a.txt', {}), /not a mapping/);
});

/** A temp newsroom: saved sources in it, a desk folder with an isnad.yaml and a story folder under it. */
async function newsroom(): Promise<{ root: string; page: string; doc: string; desk: string; story: string }> {
  const root = mkdtempSync(join(tmpdir(), 'isnad-import-'));
  const desk = join(root, 'desk');
  const story = join(desk, 'dams');
  mkdirSync(story, { recursive: true });
  writeFileSync(join(desk, 'isnad.yaml'), '# the desk\nrules:\n  unsourced-figure: warning\n');
  const page = join(root, 'dams.html');
  writeFileSync(page, newsPage({ head: OPEN_GRAPH, jsonLd: [NEWS_ARTICLE_LD] }));
  const doc = join(root, 'report.docx');
  writeFileSync(doc, await wordDocument());
  return { root, page, doc, desk, story };
}

test('import writes the article into the folder and its entry into the nearest isnad.yaml upward, comments kept', async () => {
  const { page, doc, desk, story } = await newsroom();
  const first = await importFile(page, story);
  assert.equal(first.kind, 'imported');
  assert.equal(readFileSync(join(story, 'dams.txt'), 'utf8'), `${[TITLE, ...BODY].join('\n')}\n`);
  const second = await importFile(doc, story);
  assert.equal(second.kind, 'imported');
  const yaml = readFileSync(join(desk, 'isnad.yaml'), 'utf8');
  assert.ok(yaml.startsWith('# the desk\nrules:\n  unsourced-figure: warning\narticles:\n'), yaml);
  const { config, problems } = parseConfig(yaml, 'isnad.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(config.articles.get('dams/dams.txt'), { published: '2024-03-02', outlet: 'أخبار المثال', url: PAGE_URL, author: 'ليلى منصور' });
  assert.deepEqual(config.articles.get('dams/report.txt'), { published: null, outlet: null, url: null, author: 'ليلى منصور' });
  assert.ok(!existsSync(join(story, 'isnad.yaml')), 'no second isnad.yaml');
});

test('importing the same page again is recognised, under the name it was first given, and writes nothing', async () => {
  const { root, page, story, desk } = await newsroom();
  await importFile(page, story);
  const copy = join(root, 'dams-again.html'); // saved a second time, under another name
  writeFileSync(copy, readFileSync(page));
  const before = readFileSync(join(desk, 'isnad.yaml'), 'utf8');
  const again = await importFile(copy, story);
  assert.equal(again.kind, 'unchanged');
  assert.equal(again.kind === 'unchanged' && again.key, 'dams/dams.txt');
  assert.equal(readFileSync(join(desk, 'isnad.yaml'), 'utf8'), before);
  assert.ok(!existsSync(join(story, 'dams-again.txt')));
});

test('an article with other text or an entry that says otherwise is a conflict; overwrite replaces them', async () => {
  const { page, story, desk } = await newsroom();
  await importFile(page, story);
  writeFileSync(join(story, 'dams.txt'), 'نص عدّله المحرر\n');
  const yamlPath = join(desk, 'isnad.yaml');
  writeFileSync(yamlPath, readFileSync(yamlPath, 'utf8').replace('published: 2024-03-02', 'published: 2024-03-05'));
  const conflict = await importFile(page, story);
  assert.equal(conflict.kind, 'conflict');
  assert.deepEqual(conflict.kind === 'conflict' && conflict.reasons, [
    'imported before as dams/dams.txt, and the text has changed since',
    'published is "2024-03-05" in isnad.yaml, "2024-03-02" in the source',
  ]);
  assert.equal(readFileSync(join(story, 'dams.txt'), 'utf8'), 'نص عدّله المحرر\n', 'left alone');
  const replaced = await importFile(page, story, { overwrite: true });
  assert.equal(replaced.kind === 'imported' && replaced.replaced, true);
  assert.equal(readFileSync(join(story, 'dams.txt'), 'utf8').split('\n')[0], TITLE);
  assert.equal(parseConfig(readFileSync(yamlPath, 'utf8'), 'x').config.articles.get('dams/dams.txt')?.published, '2024-03-02');
});

test('without any isnad.yaml above, one is made in the folder; a broken isnad.yaml is left alone, and so is the article', async () => {
  const { root, page } = await newsroom();
  const loose = join(root, 'loose');
  mkdirSync(loose);
  assert.equal((await importFile(page, loose, { top: root })).kind, 'imported');
  assert.match(readFileSync(join(loose, 'isnad.yaml'), 'utf8'), /^articles:\n {2}dams\.txt:\n {4}published: 2024-03-02\n/);
  const broken = join(root, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, 'isnad.yaml'), 'articles:\n  a.txt: [\n');
  const failed = await importFile(page, broken, { top: root });
  assert.equal(failed.kind, 'failed');
  assert.match(failed.kind === 'failed' ? failed.problem : '', /syntax error on line/);
  assert.ok(!existsSync(join(broken, 'dams.txt')));
});

test('what import cannot read is a failure with a reason', async () => {
  const { root } = await newsroom();
  writeFileSync(join(root, 'notes.pdf'), '%PDF-1.4');
  const pdf = await importFile(join(root, 'notes.pdf'), root);
  assert.match(pdf.kind === 'failed' ? pdf.problem : '', /not a web page \(\.html, \.htm\) or a Word document/);
  const missing = await importFile(join(root, 'gone.html'), root);
  assert.match(missing.kind === 'failed' ? missing.problem : '', /cannot read it \(ENOENT\)/);
});
