// Characters that are not text, in what Isnad shows people: C0 and C1
// controls (an escape sequence can retitle a terminal, clear it or hide a
// line; a newline in a file name forges a line of output) and the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: one
// U+202E reverses the rest of a line). They come from articles, file names
// and isnad.yaml, which are anyone's. The marks (LRM, RLM, ALM) are text
// direction hints, not controls, and stay. Pure: the CLI's text output and
// the server's hovers use it.

/** Whether a UTF-16 code unit is such a control; tab is text. */
export function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

/** `text` with each control replaced by `replace(code)`. */
function mapControls(text: string, replace: (code: number) => string): string {
  if (!hasControl(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isControl(code) ? replace(code) : text[i];
  }
  return out;
}

/** For markdown, where line breaks are flattened anyway: controls dropped, line breaks made spaces. */
export const dropControls = (text: string): string => mapControls(text, (code) => (code === 0x0a || code === 0x0d ? ' ' : ''));

const NAMED: Record<number, string> = { 0x0a: '\\n', 0x0d: '\\r', 0x1b: '\\e' };

/**
 * For a terminal or a text report: each control written as a visible escape
 * (`\e`, `\n`, `\u202e`), so it does nothing and is still seen. A text with
 * no control is returned as it is.
 */
export const escapeControls = (text: string): string =>
  mapControls(text, (code) => NAMED[code] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`));
