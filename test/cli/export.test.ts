// `isnad export` on the BUILT CLI (dist/cli.js), rebuilt first when stale:
// the CSV read back with a real CSV parser (csv-parse), the JSON, and the
// publication dates ../shared/eval/seeds.isnad.yaml gives the seeds.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ExportRow } from '../../server/src/analysis/export/index.js';
import { CLI, ROOT, ensureBuilt } from '../helpers/build.js';

const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const SEEDS_CONFIG = join(ROOT, '..', 'shared', 'eval', 'seeds.isnad.yaml');
const PUBLISHED = ['2020-01-23', '2020-01-24', '2024-03-02', '2024-03-24', '2024-01-26'];
const COLUMNS = ['file', 'line', 'speaker', 'role', 'kind', 'cue', 'date', 'text', 'outlet', 'published', 'url', 'figures', 'sourcing'] as const;


before(ensureBuilt);

/** The raw bytes of stdout: the BOM must be checked before anything decodes it. */
function isnad(...args: string[]): { code: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

let csvExport: ReturnType<typeof isnad> | undefined;
/** `isnad export seeds` (CSV by default), run once for the tests that read it. */
const exportSeeds = (): ReturnType<typeof isnad> => (csvExport ??= isnad('export', 'seeds'));

type CsvRecord = Record<(typeof COLUMNS)[number], string>;

function readCsv(bytes: Buffer): { header: string[]; records: CsvRecord[] } {
  const rows = parse(bytes, { bom: true, encoding: 'utf8' }) as string[][];
  const [header = [], ...rest] = rows;
  return { header, records: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])) as CsvRecord) };
}

/** Claims per file, as `isnad analyze` counts them. */
function claimCounts(): Map<string, number> {
  const r = spawnSync(process.execPath, [CLI, 'analyze', 'seeds'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { documents } = JSON.parse(r.stdout) as { documents: { file: string; claims: unknown[] }[] };
  return new Map(documents.map((d) => [d.file, d.claims.length]));
}

test('export seeds --format csv: a UTF-8 BOM, the columns, one row per claim, the Arabic intact', () => {
  const r = isnad('export', 'seeds', '--format', 'csv');
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.equals(exportSeeds().stdout), 'csv is the default format');
  assert.deepEqual([...r.stdout.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 byte order mark');
  assert.ok(!r.stdout.toString('utf8').includes('\ufffd'), 'no replacement character');
  const { header, records } = readCsv(r.stdout);
  assert.deepEqual(header, COLUMNS);
  const counts = claimCounts();
  for (const file of SEEDS) {
    assert.equal(records.filter((x) => x.file === `seeds/${file}`).length, counts.get(`seeds/${file}`), file);
  }
  const quote = records.find((x) => x.text.startsWith('بمرور الوقت يتجلى احتمال'));
  assert.ok(quote, 'Jeffrey\'s quotation is a row');
  assert.equal(quote.file, `seeds/${SEEDS[1]}`);
  assert.equal(quote.line, '17');
  assert.equal(quote.speaker, 'جيمس جيفري');
  assert.equal(quote.role, 'المبعوث الأمريكي الخاص بسوريا');
  assert.equal(quote.kind, 'direct');
  assert.equal(quote.cue, 'مضيفًا');
  assert.equal(quote.date, '2020-01-23');
  assert.equal(quote.outlet, 'عنب بلدي');
  const esper = records.find((x) => x.speaker === 'مارك إسبر');
  assert.equal(esper?.figures, 'حوالي 600 جندي');
  assert.equal(esper?.sourcing, 'مارك إسبر');
});

test('each row\'s line holds its cue, and a field with quotation marks reads back whole', () => {
  const { records } = readCsv(exportSeeds().stdout);
  const texts = new Map(SEEDS.map((f) => [`seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8').split('\n')]));
  for (const x of records) assert.ok(texts.get(x.file)?.[Number(x.line) - 1]?.includes(x.cue), `${x.file}:${x.line} ${x.cue}`);
  assert.ok(records.some((x) => x.text.includes('"')), 'a statement with straight quotes survives the quoting');
});

test('with --config seeds.isnad.yaml every row has its article\'s publication date', { skip: !existsSync(SEEDS_CONFIG) && 'no ../shared' }, () => {
  const r = isnad('export', 'seeds', '--config', SEEDS_CONFIG);
  assert.equal(r.code, 0, r.stderr);
  const { records } = readCsv(r.stdout);
  assert.ok(records.length > 0);
  for (const x of records) assert.equal(x.published, PUBLISHED[SEEDS.indexOf(x.file.slice('seeds/'.length))], x.file);
});

test('export --format json: {version, rows}, the same rows, figures with their sourcing', () => {
  const r = isnad('export', 'seeds', '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout.toString('utf8')) as { version: number; rows: ExportRow[] };
  assert.equal(out.version, 1);
  const csv = readCsv(exportSeeds().stdout).records;
  assert.equal(out.rows.length, csv.length);
  assert.deepEqual(Object.keys(out.rows[0]!), [...COLUMNS.slice(0, -2), 'figures']);
  assert.deepEqual(out.rows.map((x) => [x.file, String(x.line), x.cue]), csv.map((x) => [x.file, x.line, x.cue]));
  const defence = out.rows.find((x) => x.figures.some((f) => f.text === 'نحو 2000 جندي'));
  assert.deepEqual(defence?.figures, [{ text: 'نحو 2000 جندي', value: 2000, unit: 'جندي', sourced: true, source: 'وزارة الدفاع الأمريكية' }]);
});

test('export: an unknown format is a usage error', () => {
  const r = isnad('export', 'seeds', '--format', 'xlsx');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^isnad: export: unknown format "xlsx" \(use csv, json\)\n/);
  assert.equal(r.stdout.length, 0);
});
