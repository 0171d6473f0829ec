// Tokenizes text with the committed grammar through vscode-textmate and
// vscode-oniguruma, the engines VS Code itself uses, so the tests see the
// scopes an editor would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const GRAMMAR_PATH = join(__dirname, '..', '..', 'syntaxes', 'news-article.tmLanguage.json');

export interface Token {
  text: string;
  /** Offset in the whole text, UTF-16 code units. */
  start: number;
  scopes: string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;
const cache = new Map<string, Token[]>();

async function load(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) =>
      scope === 'text.news-article' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar('text.news-article');
  if (!loaded) throw new Error('grammar text.news-article did not load');
  return loaded;
}

/** The tokens of `text`, line by line, with offsets into the whole text. */
export async function tokenize(text: string): Promise<Token[]> {
  grammar ??= load();
  const g = await grammar;
  const cached = cache.get(text);
  if (cached) return cached;
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const result = g.tokenizeLine(line, stack);
    for (const t of result.tokens) {
      tokens.push({ text: line.slice(t.startIndex, t.endIndex), start: lineStart + t.startIndex, scopes: t.scopes });
    }
    stack = result.ruleStack;
    lineStart += line.length + 1;
  }
  cache.set(text, tokens);
  return tokens;
}

/** The scopes over each character of `text` from offset `start`, for `length` characters. */
export async function scopesOf(text: string, start: number, length: number): Promise<string[][]> {
  const tokens = await tokenize(text);
  const out: string[][] = [];
  for (let i = start; i < start + length; i++) {
    const t = tokens.find((tok) => tok.start <= i && i < tok.start + tok.text.length);
    out.push(t?.scopes ?? []);
  }
  return out;
}
