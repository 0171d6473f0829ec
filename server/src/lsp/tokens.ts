// Semantic tokens (full document). Items nest (a figure in a quote in a
// claim), but tokens may neither overlap nor cross a line, so each kind is
// painted over the text in order, the more specific last, and the painted
// runs are cut at line breaks.
import { SemanticTokensBuilder } from 'vscode-languageserver';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Article, Span } from '../analysis/model.js';
import type { Analysed } from './articles.js';

/** The client declares these in package.json (`semanticTokenTypes`, `semanticTokenModifiers`). */
export const TOKEN_TYPES = ['speaker', 'cue', 'quote', 'figure', 'date', 'boilerplate'] as const;
export const TOKEN_MODIFIERS = ['unsourced'] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
const type = (t: TokenType): number => TOKEN_TYPES.indexOf(t);
const UNSOURCED = 1 << TOKEN_MODIFIERS.indexOf('unsourced');
const NONE = -1;

const overlaps = (a: Span, spans: readonly Span[]): boolean => spans.some((b) => a.start < b.end && b.start < a.end);

class Canvas {
  readonly types: Int8Array;
  readonly modifiers: Uint8Array;

  constructor(length: number) {
    this.types = new Int8Array(length).fill(NONE);
    this.modifiers = new Uint8Array(length);
  }

  paint<T extends Span>(spans: Iterable<T>, tokenType: TokenType, modifiers: (s: T) => number = () => 0): void {
    for (const s of spans) {
      const end = Math.min(s.end, this.types.length);
      for (let i = Math.max(0, s.start); i < end; i++) {
        this.types[i] = type(tokenType);
        this.modifiers[i] = modifiers(s);
      }
    }
  }
}

function paintArticle(article: Article): Canvas {
  const canvas = new Canvas(article.text.length);
  const furniture = article.boilerplate;
  canvas.paint(furniture, 'boilerplate');
  canvas.paint(article.segments.quotes.filter((q) => !overlaps(q, furniture)), 'quote');
  canvas.paint(article.claims.map((c) => c.cue), 'cue');
  canvas.paint(article.speakers.flatMap((s) => s.mentions), 'speaker');
  canvas.paint(article.dates, 'date');
  canvas.paint(article.figures, 'figure', (f) => (f.sourced || overlaps(f, furniture) ? 0 : UNSOURCED));
  return canvas;
}

const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d;

export function semanticTokens(entry: Analysed): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const article = entry.article;
  if (!article) return builder.build();
  const { types, modifiers } = paintArticle(article);
  const text = article.text;
  let i = 0;
  while (i < text.length) {
    const t = types[i]!;
    if (t === NONE || isLineBreak(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < text.length && types[j] === t && modifiers[j] === modifiers[i] && !isLineBreak(text.charCodeAt(j))) j++;
    const at = entry.conv.position(i);
    builder.push(at.line, at.character, j - i, t, modifiers[i]!);
    i = j;
  }
  return builder.build();
}
