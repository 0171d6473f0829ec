// Glob patterns (isnad.yaml `files:`, the `isnad.files` setting) matched in
// time linear in the path. The patterns come from a folder's files, which
// may be anyone's: glob libraries compile a pattern to a backtracking
// regular expression, where `*a*a*a*a*b` against one 60-character file name
// runs for ever. No package matches globs in linear time, so this is a small
// Thompson automaton: the pattern is compiled once into states, and a path
// is read one character at a time with the set of states it can be in, so
// the work is at most the path's length times the pattern's.
//
// Syntax: `*` (any characters but `/`), `**` as a whole segment (any number
// of folders), `?` (one character but `/`), `[abc]`, `[a-z]`, `[!a]` or
// `[^a]`, `{a,b}` (nested too), `\` before a character taken literally.
// With `dot: false`, no path with a segment starting with `.` matches (the
// folder walk never goes there either).

/** Longest pattern taken: longer is a mistake or an attack, reported by the caller. */
export const MAX_GLOB_LENGTH = 256;

type Test = (c: string) => boolean;

interface CharState { kind: 'char'; test: Test; next: State | null }
interface SplitState { kind: 'split'; a: State | null; b: State | null }
interface MatchState { kind: 'match' }
type State = CharState | SplitState | MatchState;

/** A piece of automaton: its first state and the dangling exits to patch to what follows. */
interface Fragment { start: State; exits: ((s: State) => void)[] }

const notSlash: Test = (c) => c !== '/';
const anyChar: Test = () => true;

function charFragment(test: Test): Fragment {
  const s: CharState = { kind: 'char', test, next: null };
  return { start: s, exits: [(n) => { s.next = n; }] };
}

/** `inner` zero or more times. */
function loop(inner: Fragment): Fragment {
  const split: SplitState = { kind: 'split', a: inner.start, b: null };
  for (const exit of inner.exits) exit(split);
  return { start: split, exits: [(n) => { split.b = n; }] };
}

/** `inner` or nothing. */
function optional(inner: Fragment): Fragment {
  const split: SplitState = { kind: 'split', a: inner.start, b: null };
  return { start: split, exits: [...inner.exits, (n) => { split.b = n; }] };
}

function sequence(parts: Fragment[]): Fragment | null {
  if (!parts.length) return null;
  for (let i = 0; i + 1 < parts.length; i++) for (const exit of parts[i]!.exits) exit(parts[i + 1]!.start);
  return { start: parts[0]!.start, exits: parts[parts.length - 1]!.exits };
}

/** Alternatives, any of which may be empty (a null fragment). */
function alternatives(options: (Fragment | null)[]): Fragment {
  const exits: ((s: State) => void)[] = [];
  let start: State | null = null;
  for (let i = options.length - 1; i >= 0; i--) {
    const option = options[i]!;
    const split: SplitState = { kind: 'split', a: option?.start ?? null, b: start };
    if (option) exits.push(...option.exits);
    else exits.push((n) => { split.a = n; });
    start = split;
  }
  return { start: start!, exits };
}

/** The end of a `[...]` class starting at `i` (after `[`), or -1 when it does not close. */
function classEnd(p: readonly string[], i: number): number {
  let j = i;
  if (p[j] === '!' || p[j] === '^') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j;
  }
  return -1;
}

function classTest(body: string): Test {
  const negated = body[0] === '!' || body[0] === '^';
  const ranges: [string, string][] = [];
  const chars = [...(negated ? body.slice(1) : body)];
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i]!;
    if (c === '\\' && i + 1 < chars.length) c = chars[++i]!;
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      let to = chars[i + 2]!;
      if (to === '\\' && i + 3 < chars.length) to = chars[++i + 2]!;
      ranges.push([c, to]);
      i += 2;
    } else ranges.push([c, c]);
  }
  return (c) => c !== '/' && ranges.some(([lo, hi]) => lo <= c && c <= hi) !== negated;
}

/** The index of the `}` closing the brace at `i`, and its top-level commas; null when it is not a list. */
function braceList(p: readonly string[], i: number): { end: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let j = i; j < p.length; j++) {
    const c = p[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const end = classEnd(p, j + 1);
      if (end > 0) j = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return commas.length ? { end: j, commas } : null;
    else if (c === ',' && depth === 1) commas.push(j);
  }
  return null;
}

const atSegmentStart = (p: readonly string[], i: number, from: number): boolean => i === from || p[i - 1] === '/';

/** Compiles p[from, to) into a fragment (null: it matches only the empty string). */
function compile(p: readonly string[], from: number, to: number): Fragment | null {
  const parts: Fragment[] = [];
  for (let i = from; i < to; i++) {
    const c = p[i]!;
    if (c === '*') {
      const double = p[i + 1] === '*';
      const end = double ? i + 2 : i + 1;
      // `**` as a whole segment: `**/` is any number of folders, a final `/**` anything below
      if (double && atSegmentStart(p, i, from) && (end === to || p[end] === '/')) {
        if (end === to) {
          parts.push(loop(charFragment(anyChar)));
          i = end - 1;
        } else {
          parts.push(optional(sequence([loop(charFragment(anyChar)), charFragment((x) => x === '/')])!));
          i = end; // the slash is part of `**/`
        }
        continue;
      }
      parts.push(loop(charFragment(notSlash)));
      while (p[i + 1] === '*') i++; // `a**b` is `a*b`
    } else if (c === '/' && p[i + 1] === '*' && p[i + 2] === '*' && i + 3 === to) {
      // a final `/**`: the folder itself, or anything below it
      parts.push(optional(sequence([charFragment((x) => x === '/'), loop(charFragment(anyChar))])!));
      break;
    } else if (c === '?') parts.push(charFragment(notSlash));
    else if (c === '[' && classEnd(p, i + 1) > 0) {
      const end = classEnd(p, i + 1);
      parts.push(charFragment(classTest(p.slice(i + 1, end).join(''))));
      i = end;
    } else if (c === '{' && braceList(p, i)) {
      const { end, commas } = braceList(p, i)!;
      const bounds = [i, ...commas, end];
      parts.push(alternatives(bounds.slice(1).map((b, k) => compile(p, bounds[k]! + 1, b))));
      i = end;
    } else {
      const literal = c === '\\' && i + 1 < to ? p[++i]! : c;
      parts.push(charFragment((x) => x === literal));
    }
  }
  return sequence(parts);
}

/** Adds `s` and every state reachable from it without reading a character. */
function addState(set: State[], seen: Set<State>, s: State | null): void {
  const stack = [s];
  while (stack.length) {
    const state = stack.pop();
    if (!state || seen.has(state)) continue;
    seen.add(state);
    if (state.kind === 'split') stack.push(state.b, state.a);
    else set.push(state);
  }
}

/** Whether the automaton starting at `start` takes the whole of `path`. */
function run(start: State, path: string): boolean {
  let current: State[] = [];
  addState(current, new Set(), start);
  for (const c of path) {
    const next: State[] = [];
    const seen = new Set<State>();
    for (const s of current) if (s.kind === 'char' && s.test(c)) addState(next, seen, s.next);
    if (!next.length) return false;
    current = next;
  }
  return current.some((s) => s.kind === 'match');
}

export interface GlobOptions {
  /** Whether a segment starting with `.` may match (default false). */
  dot?: boolean;
}

/** Why a pattern is not used, or null when it is fine. */
export function globProblem(pattern: string): string | null {
  return pattern.length > MAX_GLOB_LENGTH ? `longer than ${MAX_GLOB_LENGTH} characters` : null;
}

/** A matcher of relative paths (forward slashes) for one pattern; a pattern with a problem matches nothing. */
export function globMatcher(pattern: string, options: GlobOptions = {}): (path: string) => boolean {
  if (globProblem(pattern)) return () => false;
  const match: MatchState = { kind: 'match' };
  const chars = [...pattern]; // code points: a pattern may hold any script
  const fragment = compile(chars, 0, chars.length);
  if (fragment) for (const exit of fragment.exits) exit(match);
  const start = fragment?.start ?? match;
  return (path) => (options.dot || !/(^|\/)\./.test(path)) && run(start, path);
}

/** A matcher for any of `patterns`. */
export function anyGlob(patterns: readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const matchers = patterns.map((p) => globMatcher(p, options));
  return (path) => matchers.some((m) => m(path));
}
