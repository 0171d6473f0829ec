// The analysed articles the server knows: open documents (the editor's text,
// stamped with its version) and the folder's other article files (read from
// disk, version null). Each is analysed once per text and filed in the
// workspace index under its canonical URI. A text over the size limit, a file
// that could not be read and an analysis that failed are entries too, with a
// notice and no article, so the user sees what Isnad did not analyse.
import { analyzeArticle } from '../analysis/index.js';
import type { Article, ArticleContext, Span } from '../analysis/model.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { createWorkspaceIndex } from '../analysis/workspace/index.js';
import type { Location } from 'vscode-languageserver';
import { Converter } from './convert.js';
import type { Placement } from './folders.js';
import { messages } from './messages.js';
import { canonicalUri } from './uris.js';

/** Why an article has no analysis, or how its text was read: one information diagnostic at its start. */
export interface Notice {
  code: 'too-large' | 'unreadable' | 'encoding' | 'analysis-failed';
  message: string;
}

export interface Analysed {
  /** Canonical URI: the key in the store and the workspace index. */
  key: string;
  /** The URI as the client spells it. */
  uri: string;
  path: string | null;
  text: string;
  /** The editor's version of an open document; null for a file read from disk. */
  version: number | null;
  /** Null when the text is too large, unreadable, or the analysis failed (the notice says which). */
  article: Article | null;
  notice: Notice | null;
  conv: Converter;
  /** Rule severities from the folder's isnad.yaml. */
  rules: ReadonlyMap<string, RuleSetting>;
}

export interface Source {
  uri: string;
  path: string | null;
  text: string;
  version: number | null;
  /** How the file on disk was decoded, when the user should know (a legacy encoding). */
  encodingNotice?: string;
}

/** The analysis; a parameter so that tests can make it fail. */
export type Analyzer = (text: string, context: ArticleContext) => Article;

/** The size the text has as a UTF-8 file, without encoding it. */
function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Analyses a text of at most `maxBytes` (as UTF-8, the limit of
 * isnad.maxFileSizeMB); a failure of the core is logged and leaves the
 * article out with a notice, never the server.
 */
export function analyse(
  source: Source, placement: Placement | null, log: (error: unknown) => void, maxBytes: number, analyzer: Analyzer = analyzeArticle,
): Analysed {
  let article: Article | null = null;
  let notice: Notice | null = source.encodingNotice ? { code: 'encoding', message: source.encodingNotice } : null;
  const size = utf8Bytes(source.text);
  if (size > maxBytes) notice = { code: 'too-large', message: messages.tooLarge(size, maxBytes) };
  else {
    try {
      article = analyzer(source.text, placement?.context ?? {});
    } catch (e) {
      log(e);
      notice = { code: 'analysis-failed', message: messages.analysisFailed };
    }
  }
  return { ...source, key: canonicalUri(source.uri), article, notice, conv: new Converter(source.text), rules: placement?.rules ?? new Map() };
}

/** A file on disk that could not be read as an article (binary, too large, not text): its notice and nothing else. */
export function unread(uri: string, path: string, problem: string): Analysed {
  const notice: Notice = { code: 'unreadable', message: messages.notAnalysed(problem) };
  return { uri, path, text: '', version: null, key: canonicalUri(uri), article: null, notice, conv: new Converter(''), rules: new Map() };
}

export class ArticleStore {
  readonly index = createWorkspaceIndex();
  private readonly entries = new Map<string, Analysed>();

  get(uri: string): Analysed | undefined {
    return this.entries.get(canonicalUri(uri));
  }

  set(entry: Analysed): void {
    this.entries.set(entry.key, entry);
    if (entry.article) this.index.update(entry.key, entry.article);
    else this.index.remove(entry.key);
  }

  delete(uri: string): Analysed | undefined {
    const key = canonicalUri(uri);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    this.index.remove(key);
    return entry;
  }

  all(): Analysed[] {
    return [...this.entries.values()];
  }

  /** A span of any known article (by index key) as a location the client can open. */
  location(key: string, span: Span): Location | null {
    const entry = this.entries.get(key);
    return entry ? entry.conv.location(entry.uri, span) : null;
  }
}
