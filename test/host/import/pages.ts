// Web pages and Word documents made for the import tests, shaped like what
// newsrooms save and send: a news site's page with Open Graph and JSON-LD,
// a share bar, a "read also" list, a navigation bar and a footer, written
// right to left; a Word document with a title, headings and a quotation.
// The words are the project's own, not any outlet's.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export const PAGE_URL = 'https://news.example.org/politics/2024/03/02/water-ministry-plan';

export const BODY = [
  'أعلن وزير الموارد المائية، سامر الحلبي، يوم السبت أن الوزارة ستبني ثلاثة سدود جديدة قبل نهاية العام المقبل.',
  'وقال الحلبي في مؤتمر صحفي عقده في العاصمة: "لن نترك المزارعين وحدهم في مواجهة الجفاف".',
  'وتبلغ كلفة المشروع نحو 450 مليون دولار، بحسب تقديرات أولية نشرتها الوزارة.',
  'ويعاني الريف الشرقي منذ سنوات من تراجع منسوب المياه الجوفية، ويقول مزارعون إن آبارهم جفّت.',
];

interface PageOptions {
  /** JSON-LD blocks (objects), written as the page would. */
  jsonLd?: object[];
  head?: string;
  /** A title in <title>, as sites write it: headline | site. */
  title?: string;
  charset?: string;
}

/** A saved news page: furniture around an <article> that holds the body. */
export function newsPage(options: PageOptions = {}): string {
  const jsonLd = (options.jsonLd ?? []).map((o) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="${options.charset ?? 'utf-8'}">
<title>${options.title ?? 'الوزارة تعلن خطة لبناء ثلاثة سدود | أخبار المثال'}</title>
${options.head ?? ''}
${jsonLd}
<script>window.dataLayer = [{ page: 'article' }];</script>
<style>.share { display: flex }</style>
</head>
<body>
<header class="site-header"><nav class="menu"><ul>
  <li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li>
</ul></nav></header>
<main>
<article class="article">
  <h1 class="headline">\u202Bالوزارة تعلن خطة لبناء ثلاثة سدود\u202C</h1>
  <div class="byline">بقلم <span class="author">ليلى منصور</span> · <time datetime="2024-03-02T09:15:00+03:00">2 آذار 2024</time></div>
  <div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#">نسخ الرابط</a></div>
  <div class="article-body">
    <p>${BODY[0]}</p>
    <p>${BODY[1]}</p>
    <p>${BODY[2]}\u00A0</p>
    <p>\u200F${BODY[3]}</p>
  </div>
</article>
<aside class="related"><h3>اقرأ أيضاً</h3><ul>
  <li><a href="/a">أسعار الخضار ترتفع في الأسواق</a></li>
  <li><a href="/b">منتخب الشباب يفوز في مباراته الأولى</a></li>
  <li><a href="/c">افتتاح معرض الكتاب الأسبوع المقبل</a></li>
</ul></aside>
</main>
<footer class="site-footer"><p>جميع الحقوق محفوظة © 2024 أخبار المثال</p><a href="/privacy">سياسة الخصوصية</a></footer>
</body>
</html>
`;
}

export const OPEN_GRAPH = `
<link rel="canonical" href="${PAGE_URL}">
<meta property="og:type" content="article">
<meta property="og:title" content="الوزارة تعلن خطة لبناء ثلاثة سدود">
<meta property="og:site_name" content="أخبار المثال">
<meta property="og:url" content="${PAGE_URL}?utm_source=share">
<meta property="article:published_time" content="2024-03-02T09:15:00+03:00">
<meta name="author" content="ليلى منصور">
`;

export const NEWS_ARTICLE_LD = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'أخبار المثال', url: 'https://news.example.org/' },
    {
      '@type': 'NewsArticle',
      headline: 'الوزارة تعلن خطة لبناء ثلاثة سدود',
      datePublished: '2024-03-01T23:40:00+03:00',
      dateModified: '2024-03-02T08:00:00+03:00',
      mainEntityOfPage: { '@type': 'WebPage', '@id': PAGE_URL },
      author: [{ '@type': 'Person', name: 'ليلى منصور' }, { '@type': 'Person', name: 'خالد عيسى' }],
      publisher: { '@type': 'Organization', name: 'أخبار المثال', logo: { '@type': 'ImageObject', url: 'https://news.example.org/logo.png' } },
    },
  ],
};

export const DOC_TITLE = 'تقرير: المياه في الريف الشرقي';
export const DOC_QUOTE = 'لم نرَ موسماً بهذا الجفاف منذ عشرين عاماً';

/** A Word document as a colleague would send it: title, headings, body paragraphs, a quotation in Word's Quote style. */
export async function wordDocument(options: { title?: string | null; creator?: string } = {}): Promise<Buffer> {
  const rtl = (text: string, extra: object = {}): Paragraph =>
    new Paragraph({ bidirectional: true, alignment: AlignmentType.RIGHT, children: [new TextRun({ text, rightToLeft: true })], ...extra });
  const doc = new Document({
    creator: options.creator ?? 'ليلى منصور',
    title: options.title === null ? undefined : options.title ?? DOC_TITLE,
    // Word's built-in Quote style, as Word writes it into styles.xml
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true } }] },
    sections: [{
      children: [
        rtl(DOC_TITLE, { heading: HeadingLevel.HEADING_1 }),
        rtl(BODY[0]!),
        rtl('خلفية', { heading: HeadingLevel.HEADING_2 }),
        rtl(BODY[3]!),
        rtl('وقال أحد المزارعين:'),
        rtl(DOC_QUOTE, { style: 'Quote' }),
        rtl(BODY[2]!),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
