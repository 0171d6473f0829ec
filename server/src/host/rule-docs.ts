// Each rule's documentation page, docs/rules/RULE.md: in the repository, in
// the VSIX and beside the CLI's bundle. Diagnostics link to it
// (codeDescription: a file: URI, so it opens in the editor, offline) and
// SARIF carries it (helpUri, and the page itself as help, for viewers that
// have no access to the file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** docs/rules beside dist/ (the bundles), or at the repository's root from server/src/host (the sources, in tests). */
const CANDIDATES = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')];

let folder: string | null | undefined;

function docsFolder(): string | null {
  if (folder === undefined) folder = CANDIDATES.find((dir) => existsSync(dir)) ?? null;
  return folder;
}

/** The page of a rule, or null when it is not there (a rule without a page is caught by a test). */
export function ruleDocPath(id: string): string | null {
  const dir = docsFolder();
  const path = dir ? join(dir, `${id}.md`) : null;
  return path && existsSync(path) ? path : null;
}

const uris = new Map<string, string | null>();

export function ruleDocUri(id: string): string | null {
  if (!uris.has(id)) {
    const path = ruleDocPath(id);
    uris.set(id, path ? pathToFileURL(path).href : null);
  }
  return uris.get(id)!;
}

/** The page's text, for SARIF's help. */
export function ruleDocText(id: string): string | null {
  const path = ruleDocPath(id);
  try {
    return path ? readFileSync(path, 'utf8') : null;
  } catch {
    return null;
  }
}
