// .gitignore patterns, and isnad.yaml `ignore:` written the same way, read
// as git reads them and matched with host/glob.ts. Both come from the
// folder, which may be anyone's: the `ignore` package compiles a pattern
// to a backtracking regular expression, where `a/**/a/**/…/c` (twelve
// times) against a path 40 folders deep does not answer in minutes (issue
// 13), so the patterns are parsed here and each is matched by glob.ts's
// linear-time automaton.
//
// As in git: blank lines and `#` comments are nothing; trailing spaces
// go unless escaped; `!` takes back what an earlier pattern left out; a
// trailing `/` names folders only; a pattern with a `/` before its end is
// relative to its folder (a leading `/` only anchors it), one without
// matches a name at any depth; `*`, `?`, `[…]` and `**` as glob.ts reads
// them, `{` and `}` literally. The last pattern that matches decides.
import { MAX_GLOB_LENGTH, globMatcher } from './glob.js';

interface Rule {
  negated: boolean;
  foldersOnly: boolean;
  /** Matches a path relative to the rules' folder (anchored) or a last segment (not). */
  matches: (path: string) => boolean;
  anchored: boolean;
}

/** What the rules say of a path: left out, taken back by a `!`, or neither. */
export interface IgnoreVerdict {
  ignored: boolean;
  unignored: boolean;
}

export interface IgnoreRules {
  /** The verdict on `path` itself (relative to the rules' folder, forward slashes), not on its parents. */
  test(path: string, isFolder: boolean): IgnoreVerdict;
  /** Whether `path` is left out, itself or through a folder above it. */
  ignores(path: string, isFolder: boolean): boolean;
  readonly size: number;
}

/** A line's pattern with its trailing unescaped spaces removed. */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return line.slice(0, end);
}

/** Where a line's trailing slashes begin (a loop: `/\/+$/` is quadratic on a line of slashes). */
function trailingSlashes(line: string): number {
  let end = line.length;
  while (end > 0 && line[end - 1] === '/') end--;
  return end;
}

/** One .gitignore line as a rule; null for a blank line, a comment, or a pattern too long to take. */
function parseLine(raw: string): Rule | null {
  let line = trimEnd(raw.replace(/\r$/, ''));
  if (line === '' || line.startsWith('#')) return null;
  const negated = line.startsWith('!');
  if (negated) line = line.slice(1);
  else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
  const foldersOnly = line.endsWith('/') && !line.endsWith('\\/');
  if (foldersOnly) line = line.slice(0, trailingSlashes(line));
  if (line === '') return null;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  // git's `dir/**` is everything inside dir, not dir itself
  if (line.endsWith('/**')) line = `${line}/*`;
  const pattern = line.replace(/[{}]/g, (c) => `\\${c}`);
  if (pattern.length > MAX_GLOB_LENGTH) return null;
  return { negated, foldersOnly, anchored, matches: globMatcher(pattern, { dot: true }) };
}

const lastSegment = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The rules of a .gitignore's text, or of `ignore:`'s patterns. */
export function ignoreRules(source: string | readonly string[]): IgnoreRules {
  const lines = typeof source === 'string' ? source.split('\n') : source;
  const rules = lines.flatMap((l) => parseLine(l) ?? []);
  const test = (path: string, isFolder: boolean): IgnoreVerdict => {
    for (let i = rules.length - 1; i >= 0; i--) {
      const r = rules[i]!;
      if (r.foldersOnly && !isFolder) continue;
      if (r.matches(r.anchored ? path : lastSegment(path))) return { ignored: !r.negated, unignored: r.negated };
    }
    return { ignored: false, unignored: false };
  };
  return {
    size: rules.length,
    test,
    ignores(path, isFolder) {
      if (!rules.length || path === '') return false;
      const parts = path.split('/');
      // a folder left out leaves out all it holds: git never looks inside it
      for (let i = 1; i < parts.length; i++) if (test(parts.slice(0, i).join('/'), true).ignored) return true;
      return test(path, isFolder).ignored;
    },
  };
}
