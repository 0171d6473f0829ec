// How deeply a YAML text nests, measured before it is parsed. The yaml
// package composes nodes recursively: a few hundred levels of `[[[…` or of
// ever deeper indentation exhaust the stack, and the user would read
// "Maximum call stack size exceeded". No isnad.yaml needs more than a few
// levels, so a text past these bounds is refused with a message that says
// why and where. The measure runs on yaml's own lexer (iterative, linear):
// brackets inside quotes, comments and block scalars are text, not nesting.
// The lexer costs about a fifth of a parse, so a quick scan of the characters,
// which can only overestimate, decides first whether it is needed at all.
import { Lexer } from 'yaml';

/** Flow collections (`[` and `{`) open at once, at most. */
export const MAX_FLOW_DEPTH = 64;
/** Columns of block indentation (spaces, and `- ` or `? ` indicators before a node), at most. */
export const MAX_BLOCK_COLUMN = 128;

/**
 * Whether the text may nest too deeply: every bracket counted as if it were
 * YAML's (even inside quotes), every line's leading spaces and dashes as
 * indentation. An overestimate, in one pass over the characters.
 */
function mayBeTooDeep(source: string): boolean {
  let flow = 0, column = 0, atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) {
      column = 0;
      atLineStart = true;
    } else if (atLineStart && (c === 0x20 || c === 0x09 || c === 0x2d || c === 0x3f)) {
      if (++column > MAX_BLOCK_COLUMN) return true;
    } else {
      atLineStart = false;
      if (c === 0x5b || c === 0x7b) {
        if (++flow > MAX_FLOW_DEPTH) return true;
      } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
    }
  }
  return false;
}

/** Where the text first nests too deeply (1-based line), or null when it does not. */
export function tooDeep(source: string): { line: number; message: string } | null {
  return mayBeTooDeep(source) ? measure(source) : null;
}

function measure(source: string): { line: number; message: string } | null {
  let flow = 0, line = 1, column = 0, atLineStart = true;
  for (const token of new Lexer().lex(source)) {
    if (token === '\n' || token === '\r\n') {
      line++;
      column = 0;
      atLineStart = true;
      continue;
    }
    if (token === '[' || token === '{') {
      if (++flow > MAX_FLOW_DEPTH) return { line, message: `brackets [ or { nest more than ${MAX_FLOW_DEPTH} deep` };
    } else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if (atLineStart && (/^[ \t]+$/.test(token) || token === '-' || token === '?')) {
      column += token.length;
      if (column > MAX_BLOCK_COLUMN) return { line, message: `a line is indented more than ${MAX_BLOCK_COLUMN} columns` };
      continue;
    }
    atLineStart = false;
    // a block scalar, a quoted or a plain scalar may span lines: count them
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
  }
  return null;
}
