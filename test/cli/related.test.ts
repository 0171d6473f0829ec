// `isnad related` on the BUILT CLI (dist/cli.js), rebuilt first when stale:
// the seeds as they are, and the seeds with the publication dates
// ../shared/eval/seeds.isnad.yaml gives them (written here as an isnad.yaml).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RelatedReport } from '../../server/src/cli/related.js';
import { CLI, ROOT, ensureBuilt } from '../helpers/build.js';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const PUBLISHED = ['2020-01-23', '2020-01-24', '2024-03-02', '2024-03-24', '2024-01-26'];


before(ensureBuilt);

function isnad(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('related seeds (text): Jeffrey in 000 and 001, his press conference of 2020-01-23, US troops in Iraq', () => {
  const r = isnad('related', 'seeds');
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout;
  assert.match(out, /^Speakers in more than one article: \d+\n {2}جيمس جيفري \(person\) — 2 articles\n {4}seeds\/000_\S+\n {4}seeds\/001_\S+\n {4}same speaker: جيمس جيفري seeds\/000_\S+:\d+:\d+ = جيمس جيفري seeds\/001_\S+:\d+:\d+: the same name\n/);
  assert.match(out, /\n {2}2020-01-23 · جيمس جيفري · مؤتمر صحفي — 2 articles, \d+ claims\n/);
  assert.match(out, /seeds\/000_c46c7f7da920bbb6\.txt:3:1 indirect "وأوضح جيفري، خلال مؤتمر صحفي، .*"/);
  // seeds/isnad.yaml dates the articles: 5200 (2020) is an earlier value of the 2500 of 2024
  assert.match(out, /change over time: 5200 \(2020-01-24, seeds\/001_\S+\) → 2500 \(2024-01-26, seeds\/004_\S+\)/);
  assert.match(out, /\n {2}جندي · الولايات المتحدة · العراق — 3 values, oldest first\n {4}5200 {2}2020-01-24 \(published\) {2}seeds\/001_07f643b4c079ef5b\.txt:25:41 {2}عنب بلدي {2}unsourced\n/);
  assert.match(out, /\n {2}جندي · الولايات المتحدة · سوريا — 2 values/);
  assert.match(out, /\nConflicts \(different values at around the same time\): 0\n\n5 articles read\.\n$/);
});

test('related seeds --format json: the same, as data', () => {
  const r = isnad('related', 'seeds', '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as RelatedReport;
  assert.equal(report.version, 1);
  assert.equal(report.articles, 5);
  const jeffrey = report.speakers.find((s) => s.name === 'جيمس جيفري')!;
  assert.deepEqual(jeffrey.articles, [`seeds/${SEEDS[0]}`, `seeds/${SEEDS[1]}`]);
  assert.deepEqual(jeffrey.merges.map((m) => m.reason), ['same-name']);
  const [event] = report.events;
  assert.deepEqual([event?.day, event?.venue, event?.speaker, event?.articles.length], ['2020-01-23', 'مؤتمر صحفي', 'جيمس جيفري', 2]);
  const iraq = report.quantities.find((q) => q.place === 'العراق')!;
  // oldest first, by the publication dates of seeds/isnad.yaml
  assert.deepEqual(iraq.values.map((v) => [v.value, v.path]), [[5200, `seeds/${SEEDS[1]}`], [2500, `seeds/${SEEDS[4]}`], [2500, `seeds/${SEEDS[2]}`]]);
  assert.deepEqual(report.conflicts, []);
});

test('with the publication dates: 5200 (2020) is an earlier value of the 2500 of 2024, a change over time', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-related-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const config = join(dir, 'isnad.yaml');
  writeFileSync(config, `articles:\n${SEEDS.map((f, i) => `  ${f}: { published: ${PUBLISHED[i]} }`).join('\n')}\n`);
  const r = isnad('related', 'seeds', '--config', config);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\n {4}5200 {2}2020-01-24 \(published\) .*\n {4}2500 {2}2024-01-26 \(published\) .*\n {4}2500 {2}2024-03-02 \(published\) .*\n/);
  assert.match(r.stdout, /change over time: 5200 \(2020-01-24, seeds\/001_\S+\) → 2500 \(2024-01-26, seeds\/004_\S+\)/);
  const json = JSON.parse(isnad('related', 'seeds', '--config', config, '--format', 'json').stdout) as RelatedReport;
  const iraq = json.quantities.find((q) => q.place === 'العراق')!;
  assert.deepEqual(iraq.changes, [[0, 1], [0, 2]]);
  assert.deepEqual(iraq.conflicts, []);
});

test('related: a usage error for an unknown format', () => {
  const r = isnad('related', 'seeds', '--format', 'sarif');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^isnad: related: unknown format "sarif" \(use text, json\)/);
});
