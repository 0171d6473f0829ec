// What an importer makes of a web page or a Word file: the article's text
// (title on the first line, then one paragraph a line) and what the source
// says about it, for isnad.yaml.

export interface ImportedMetadata {
  /** The page's own address (canonical link, og:url, JSON-LD url). */
  url: string | null;
  /** The outlet (og:site_name, JSON-LD publisher). */
  outlet: string | null;
  /** YYYY-MM-DD, the day as the source writes it (article:published_time, JSON-LD datePublished, <time datetime>). */
  published: string | null;
  author: string | null;
}

export interface ImportedArticle {
  title: string;
  /** The article file's text. */
  text: string;
  metadata: ImportedMetadata;
  /** The kind of source, for messages. */
  kind: 'web page' | 'Word document';
}

/** Why a file could not be imported; the message is for the user. */
export class ImportError extends Error {}
