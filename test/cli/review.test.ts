// `isnad check` honours the review decisions of isnad.yaml: a reviewed figure
// is not reported, a decision whose figure is gone is (information), on a
// copy of the seeds. Runs the BUILT CLI, rebuilt when older than the sources.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../lsp/client.js';

const ROOT = join(__dirname, '..', '..');
const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const [, S001, S002] = SEEDS as [string, string, string];

const REVIEWS = `# decisions taken on this copy
reviews:
  - file: ${S001}
    figure: 5200 جندي
    fingerprint: قوه امريكيه يبلغ عددها … تعمل علي محاربه تنظيم
    decision: sourced
    source: وزارة الدفاع الأمريكية
    reviewer: ريم
    date: 2024-05-01
  - file: ${S002}
    figure: حوالي 2500 جندي
    fingerprint: كلمات لم تعد في المقال … ولا هذه
    decision: dismissed
    reason: رقم معروف
`;

function copyOfSeeds(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-review-'));
  for (const name of SEEDS) copyFileSync(join(ROOT, 'seeds', name), join(dir, name));
  writeFileSync(join(dir, 'isnad.yaml'), config);
  return dir;
}

function check(dir: string, ...args: string[]): { code: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', dir, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.trim().split('\n') };
}

before(() => buildServer()); // builds dist/cli.js with the server

test('a reviewed figure is not reported; a stale decision is, as information', () => {
  const dir = copyOfSeeds(REVIEWS);
  const { code, lines } = check(dir);
  assert.equal(code, 1);
  assert.ok(!lines.some((l) => l.includes('5200 جندي')), lines.join('\n'));
  const stale = lines.filter((l) => / stale-review /.test(l));
  assert.equal(stale.length, 1, lines.join('\n'));
  assert.match(stale[0]!, new RegExp(`${S002}:\\d+:\\d+ information stale-review Stale review: "حوالي 2500 جندي" was dismissed`));
  assert.ok(lines.some((l) => / warning unsourced-figure Unsourced figure "حوالي 2500 جندي"/.test(l)), 'its figure, in other words, still warns');
  assert.equal(lines.at(-1), '5 files checked: 4 warnings, 1 information.');
});

test('the JSON report agrees, and stale-review can be switched off in isnad.yaml', () => {
  const dir = copyOfSeeds(`${REVIEWS}rules:\n  stale-review: off\n`);
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[]; configProblems: unknown[] };
  assert.deepEqual(report.configProblems, []);
  assert.deepEqual(report.findings.map((f) => f.rule), Array(4).fill('unsourced-figure'));
  assert.ok(!report.findings.some((f) => f.message.includes('5200')));
});
