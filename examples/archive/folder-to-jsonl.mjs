#!/usr/bin/env node
// A folder of articles (and its isnad.yaml) as JSON lines for
// `isnad analyze --input jsonl`: one object a line, {id, text, published,
// outlet, url}, the id being the file's path in the folder. Written as it
// reads, so it streams archives of any size.
//
//   node examples/archive/folder-to-jsonl.mjs FOLDER [--limit N] > articles.jsonl
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const [folder, ...rest] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node examples/archive/folder-to-jsonl.mjs FOLDER [--limit N] > articles.jsonl');
  process.exit(2);
}
const limitAt = rest.indexOf('--limit');
const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : Infinity;
const configPath = join(folder, 'isnad.yaml');
// uniqueKeys off: checking each key against every other is quadratic, minutes on an archive's isnad.yaml
const articles = existsSync(configPath) ? (parse(readFileSync(configPath, 'utf8'), { uniqueKeys: false })?.articles ?? {}) : {};
const names = readdirSync(folder, { recursive: true }).map(String).filter((n) => n.endsWith('.txt')).sort().slice(0, limit);

let i = 0;
function next() {
  while (i < names.length) {
    const id = names[i++];
    const meta = articles[id] ?? {};
    const line = JSON.stringify({ id, text: readFileSync(join(folder, id), 'utf8'), published: meta.published ?? null, outlet: meta.outlet ?? null, url: meta.url ?? null });
    if (!process.stdout.write(`${line}\n`)) return process.stdout.once('drain', next);
  }
}
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
next();
