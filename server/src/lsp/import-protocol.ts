// The import command, shared by the server and the client (which bundles
// this file; its only content is names and types).
//
//   isnad.importArticles(args: ImportArticlesArgs) → ImportArticlesResult
//     server command (workspace/executeCommand): each file (a saved web page
//     or a Word document, anywhere on disk) becomes an article of `folder`,
//     which must lie in a workspace folder, and its metadata an entry in the
//     isnad.yaml that applies there (host/import). Nothing is replaced
//     unless `overwrite`: the client asks the user about each conflict and
//     sends that file again with `overwrite: true`.

export const IMPORT_ARTICLES = 'isnad.importArticles';

export interface ImportArticlesArgs {
  /** Absolute paths of the files to import. */
  paths: string[];
  /** Absolute path of the folder the articles go into. */
  folder: string;
  overwrite: boolean;
}

export type ImportedFile =
  | { source: string; kind: 'imported' | 'unchanged'; article: string; title: string; metadata: { published: string | null; outlet: string | null; url: string | null; author: string | null } }
  | { source: string; kind: 'conflict'; article: string; reasons: string[] }
  | { source: string; kind: 'failed'; problem: string };

export interface ImportArticlesResult {
  files: ImportedFile[];
}
