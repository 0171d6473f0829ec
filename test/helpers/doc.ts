// Builds the Doc a pass reads, from text alone (no boilerplate unless given).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/analysis/model.js';
import { readDoc, type Doc } from '../../server/src/analysis/passes/doc.js';

export function makeDoc(text: string, boilerplate: Span[] = []): Doc {
  return { ...readDoc(text), boilerplate };
}

/** A seed article from the project's seeds/ folder, by its number (0–4). */
export function seed(n: number): string {
  const names = ['000_c46c7f7da920bbb6', '001_07f643b4c079ef5b', '002_f854b1bd0cea57cd', '003_ddbb9326de54cf8b', '004_8801c5dd6432fbe5'];
  return readFileSync(join(__dirname, '..', '..', 'seeds', `${names[n]}.txt`), 'utf8');
}
