// A/B of the analysis of two checkouts of Isnad, in one process: each is
// bundled (server/src/analysis and host/workspace, as the CLI reads a
// folder) and both analyse the same articles in alternating rounds, so
// that what the machine does meanwhile (other work, a slower minute) falls
// on both alike. On a shared 2-core machine a change of a few percent is
// lost between two separate runs; here it shows. Give the same checkout
// twice for an A/A control: its spread is the noise. It first checks that
// both give the same Article JSON for every article.
//   node bench/ab.mjs CHECKOUT_A CHECKOUT_B [--dir FOLDER] [--rounds 9]
// (git worktree add /tmp/base <commit> makes a checkout of an older commit;
// it needs node_modules: a link to this one's will do.)
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { CACHE } from './lib/corpus.mjs';

const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' }, rounds: { type: 'string', default: '9' } } });
if (positionals.length !== 2 || !opt.dir) {
  console.error('usage: node bench/ab.mjs CHECKOUT_A CHECKOUT_B --dir FOLDER [--rounds 9]');
  process.exit(2);
}
const rounds = Number(opt.rounds);
const WARM_UP = 2;

/** The checkout's analysis and folder reading, bundled on its own (CommonJS: some dependencies require Node's modules). */
async function load(checkout, tag) {
  const root = resolve(checkout);
  const dir = join(CACHE, 'ab');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${tag}-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
  writeFileSync(`${base}.ts`, [
    `export { analyzeArticle } from '${root}/server/src/analysis/index.ts';`,
    `export { articleContext, collectArticles, readArticleText } from '${root}/server/src/host/workspace.ts';`,
  ].join('\n'));
  await build({ entryPoints: [`${base}.ts`], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: `${base}.js`, logLevel: 'error' });
  return createRequire(import.meta.url)(`${base}.js`);
}

const [a, b] = [await load(positionals[0], 'a'), await load(positionals[1], 'b')];
const inputs = [];
for (const source of a.collectArticles([opt.dir]).articles) {
  const decoded = a.readArticleText(source.path);
  if (!('problem' in decoded)) inputs.push([decoded.text, a.articleContext(source)]);
}
const differ = inputs.filter(([text, context]) => JSON.stringify(a.analyzeArticle(text, context)) !== JSON.stringify(b.analyzeArticle(text, context))).length;
console.log(`${inputs.length} articles; the two analyses differ on ${differ}`);

/** CPU milliseconds (user + system) of one round over every article. */
function round(side) {
  const before = process.cpuUsage();
  for (const [text, context] of inputs) side.analyzeArticle(text, context);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const timesA = [], timesB = [], ratios = [];
for (let r = -WARM_UP; r < rounds; r++) {
  // each goes first in every other round: the one that follows the other inherits its garbage
  let ta, tb;
  if (r % 2) {
    ta = round(a);
    tb = round(b);
  } else {
    tb = round(b);
    ta = round(a);
  }
  if (r < 0) continue;
  timesA.push(ta);
  timesB.push(tb);
  ratios.push(tb / ta);
  console.log(`round ${r + 1}: A ${ta.toFixed(0)} ms, B ${tb.toFixed(0)} ms, B/A ${(tb / ta).toFixed(3)}`);
}
const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
console.log(`median: A ${median(timesA).toFixed(0)} ms, B ${median(timesB).toFixed(0)} ms, B/A ${median(ratios).toFixed(3)}`);
