// The analysed articles the server knows: open documents (the editor's text,
// stamped with its version) and the folder's other article files (read from
// disk, version null). Each is analysed once per text and filed in the
// workspace index under its canonical URI.
import { analyzeArticle } from '../analysis/index.js';
import type { Article, Span } from '../analysis/model.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { createWorkspaceIndex } from '../analysis/workspace/index.js';
import type { Location } from 'vscode-languageserver';
import { Converter } from './convert.js';
import type { Placement } from './folders.js';
import { canonicalUri } from './uris.js';

/**
 * Past this many UTF-16 code units a file is not an article (the seeds have
 * under 10 000): it gets a notice instead of an analysis, which on such
 * inputs could hold the server for seconds.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export interface Analysed {
  /** Canonical URI: the key in the store and the workspace index. */
  key: string;
  /** The URI as the client spells it. */
  uri: string;
  path: string | null;
  text: string;
  /** The editor's version of an open document; null for a file read from disk. */
  version: number | null;
  /** Null when the text is too large or the analysis failed. */
  article: Article | null;
  conv: Converter;
  /** Rule severities from the folder's isnad.yaml. */
  rules: ReadonlyMap<string, RuleSetting>;
}

export interface Source {
  uri: string;
  path: string | null;
  text: string;
  version: number | null;
}

/** Analyses a text; a failure of the core is logged and leaves the article out, never the server. */
export function analyse(source: Source, placement: Placement | null, log: (error: unknown) => void): Analysed {
  let article: Article | null = null;
  if (source.text.length <= MAX_ARTICLE_CHARS) {
    try {
      article = analyzeArticle(source.text, placement?.context ?? {});
    } catch (e) {
      log(e);
    }
  }
  return { ...source, key: canonicalUri(source.uri), article, conv: new Converter(source.text), rules: placement?.rules ?? new Map() };
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
