// Runs the BUILT CLI (dist/cli.js), as users and CI do. The bundle is rebuilt
// first when it is missing or older than the sources.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CLI, ROOT, ensureBuilt } from '../helpers/build.js';

const MIXED = 'test/fixtures/mixed';
const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

before(ensureBuilt);

function isnad(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FINDING_LINE = /^(\S+):(\d+):(\d+) (error|warning|information|hint) ([a-z-]+) (.+)$/;

/** A usage error: exit 2, a one-line message and the help hint, no stack trace. */
function assertUsageError(r: ReturnType<typeof isnad>, message: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.match(lines[0]!, message);
  assert.match(lines[0]!, /^isnad: /);
  assert.match(lines[1] ?? '', /isnad --help/);
  assert.equal(lines.length, 2, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.stdout, '');
}

test('check on the seeds: file:line:col severity rule message, a summary, exit 1', () => {
  const r = isnad('check', 'seeds');
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  const summary = lines.pop()!;
  assert.match(summary, new RegExp(`^${SEEDS.length} files checked: \\d+ warnings?\\.$`));
  assert.ok(lines.length > 0);
  for (const line of lines) {
    const m = FINDING_LINE.exec(line);
    assert.ok(m, line);
    assert.match(m[1]!, /^seeds\/\d{3}_[0-9a-f]+\.txt$/);
    assert.equal(m[5], 'unsourced-figure');
    // the reported position is where the quoted figure is
    const text = readFileSync(join(ROOT, m[1]!), 'utf8').split(/\r?\n/)[Number(m[2]) - 1]!;
    const figure = /^Unsourced figure "(.+)": no speaker or source in the article stands behind it\.$/.exec(m[6]!)?.[1];
    assert.ok(figure, m[6]);
    assert.equal(text.slice(Number(m[3]) - 1).startsWith(figure), true, line);
  }
});

test('check exits 0 when every rule is off, and config problems are findings', () => {
  const quiet = isnad('check', 'test/fixtures/quiet');
  assert.equal(quiet.code, 0, quiet.stdout);
  assert.equal(quiet.stdout.trim(), '1 file checked: no problems.');
  const mixed = isnad('check', MIXED);
  assert.match(mixed.stdout, /^test\/fixtures\/mixed\/isnad\.yaml:6:1 warning config unknown key "colour"/m);
});

test('a folder with undecodable files: the good ones are analysed, the others reported', () => {
  const r = isnad('check', MIXED);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^test\/fixtures\/mixed\/windows-1256\.txt: information: Read as Windows-1256 \(the Arabic Windows encoding\): the file is not UTF-8\.$/m);
  assert.match(r.stdout, /^test\/fixtures\/mixed\/image\.txt: skipped: binary file/m);
  assert.match(r.stdout, /^test\/fixtures\/mixed\/good\.txt:4:\d+ warning unsourced-figure Unsourced figure "[^"]*5200[^"]*"/m);
  assert.match(r.stdout, /^3 files checked: .*1 file skipped\.$/m);
  const analysis = isnad('analyze', MIXED, '--format', 'json');
  const files = JSON.parse(analysis.stdout).documents.map((d: { file: string }) => d.file);
  assert.deepEqual(files, [`${MIXED}/good.txt`, `${MIXED}/utf16.txt`, `${MIXED}/windows-1256.txt`]);
  assert.match(analysis.stderr, /windows-1256\.txt: information: Read as Windows-1256/);
});

interface Doc {
  file: string; published: string | null; outlet: string | null;
  boilerplate: { start: number; end: number }[];
  speakers: { id: string; name: string; aliases: string[]; role: string | null; type: string }[];
  claims: { id: string; speaker: string; cue: { start: number; end: number; text: string }; kind: string; start: number; end: number; date: string | null }[];
  figures: { start: number; end: number; text: string; value: number; sourced: boolean; claim: string | null }[];
  dates: { start: number; end: number; text: string; value: string | null }[];
}

function assertContract(doc: Doc, text: string): void {
  const inText = (s: { start: number; end: number }): boolean => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  assert.ok(doc.boilerplate.every(inText));
  const ids = new Set(doc.speakers.map((s) => s.id));
  for (const s of doc.speakers) {
    assert.equal(typeof s.name, 'string');
    assert.ok(Array.isArray(s.aliases));
    assert.ok(['person', 'organization', 'anonymous', 'media', 'document'].includes(s.type));
  }
  for (const c of doc.claims) {
    assert.ok(ids.has(c.speaker), `claim ${c.id} names speaker ${c.speaker}`);
    assert.equal(text.slice(c.cue.start, c.cue.end), c.cue.text);
    assert.ok(['direct', 'indirect', 'headline'].includes(c.kind));
    assert.ok(inText(c));
    assert.ok(c.date === null || /^\d{4}-\d{2}-\d{2}$/.test(c.date));
  }
  for (const f of doc.figures) {
    assert.equal(text.slice(f.start, f.end), f.text);
    assert.equal(typeof f.value, 'number');
    assert.equal(typeof f.sourced, 'boolean');
    assert.ok(f.claim === null || doc.claims.some((c) => c.id === f.claim));
  }
  for (const d of doc.dates) {
    assert.equal(text.slice(d.start, d.end), d.text);
    assert.ok(d.value === null || /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/.test(d.value), String(d.value));
  }
}

test('analyze --format json follows the contract; --config elsewhere keys articles by the folder analysed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  const config = join(dir, 'elsewhere.isnad.yaml');
  writeFileSync(config, `articles:\n  ${SEEDS[1]}:\n    published: 2020-01-24\n    outlet: عنب بلدي\n`);
  const r = isnad('analyze', 'seeds', '--config', config, '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.version, 1);
  assert.deepEqual(json.documents.map((d: Doc) => d.file), SEEDS.map((f) => `seeds/${f}`));
  for (const doc of json.documents as Doc[]) assertContract(doc, readFileSync(join(ROOT, doc.file), 'utf8'));
  const dated = json.documents[1] as Doc & { publishedEvidence: string };
  assert.equal(dated.published, '2020-01-24');
  assert.equal(dated.outlet, 'عنب بلدي');
  assert.equal(dated.publishedEvidence, 'isnad.yaml');
  assert.ok(dated.claims.length > 0 && dated.speakers.length > 0);
});

test('analyze --format jsonl prints one document per line; text a summary per article', () => {
  const jsonl = isnad('analyze', 'seeds', '--format', 'jsonl');
  assert.equal(jsonl.code, 0);
  const lines = jsonl.stdout.trim().split('\n');
  assert.equal(lines.length, SEEDS.length);
  assert.deepEqual(lines.map((l) => JSON.parse(l).file), SEEDS.map((f) => `seeds/${f}`));
  const text = isnad('analyze', `${MIXED}/good.txt`, '--format', 'text');
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^test\/fixtures\/mixed\/good\.txt\n {2}published: 2024-03-06 \(isnad\.yaml\); outlet: صحيفة المثال$/m);
  assert.match(text.stdout, /^ {2}speakers \(\d+\):$/m);
  assert.match(text.stdout, /^ {4}c\d+ L3 وقال → وزير النقل \(indirect\): وقال وزير النقل/m);
  assert.match(text.stdout, /^ {4}L4 "[^"]*5200 راكب" = 5200 UNSOURCED$/m);
  assert.match(text.stdout, /^ {2}dates \(\d+\):\n {4}L2 "أمس الثلاثاء" → 2024-03-05$/m);
});

test('usage errors: exit 2, one clear line, a hint, no stack trace', () => {
  assertUsageError(isnad('check', 'no/such/folder'), /no such file or folder: no\/such\/folder/);
  assertUsageError(isnad('check', 'seeds', '--frobnicate'), /unknown option --frobnicate/);
  assertUsageError(isnad('lint', 'seeds'), /unknown command "lint"/);
  assertUsageError(isnad(), /no command given/);
  assertUsageError(isnad('check'), /check: no file or folder given/);
  assertUsageError(isnad('check', 'seeds', '--format', 'xml'), /unknown format "xml"/);
  assertUsageError(isnad('analyze', 'seeds', '--config', 'missing.yaml'), /config file not found: missing\.yaml/);
});

test('--help and --version', () => {
  const help = isnad('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /isnad check PATH\.\.\. +\[--format text\|json\|sarif\] \[--quiet\] \[--max-warnings N\] \[OPTIONS\]/);
  assert.match(help.stdout, /--stdin-filename NAME/);
  const version = isnad('--version');
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

function sarifValidator(): ((log: unknown) => string[]) | null {
  let schemaPath: string;
  try {
    schemaPath = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
  } catch {
    return null; // the schema ships in the Linux package of the SARIF Multitool only
  }
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

test('check --format sarif is valid SARIF 2.1.0 (the official schema)', (t) => {
  const validate = sarifValidator();
  if (!validate) return t.skip('the SARIF 2.1.0 schema (@microsoft/sarif-multitool-linux) is not installed on this platform');
  for (const target of ['seeds', MIXED]) {
    const r = isnad('check', target, '--format', 'sarif');
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(validate(log), [], target);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'isnad');
    assert.equal(run.tool.driver.rules[0].id, 'unsourced-figure');
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.doesNotMatch(result.locations[0].physicalLocation.artifactLocation.uri, /\\/);
    }
  }
  // the same findings, at the same places, as the text format
  const text = isnad('check', 'seeds').stdout.trim().split('\n').slice(0, -1);
  const sarif = JSON.parse(isnad('check', 'seeds', '--format', 'sarif').stdout).runs[0].results;
  assert.deepEqual(sarif.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[]; level: string; ruleId: string; message: { text: string } }) => {
    const { artifactLocation, region } = r.locations[0]!.physicalLocation;
    return `${artifactLocation.uri}:${region.startLine}:${region.startColumn} ${r.level} ${r.ruleId} ${r.message.text}`;
  }), text);
  const mixed = JSON.parse(isnad('check', MIXED, '--format', 'sarif').stdout).runs[0];
  assert.deepEqual(mixed.artifacts.map((a: { encoding: string }) => a.encoding), ['utf-8', 'utf-16le', 'windows-1256']);
  assert.equal(mixed.invocations[0].toolExecutionNotifications.length, 1);
});

test('check --format json lists findings with 1-based positions', () => {
  const r = isnad('check', MIXED, '--format', 'json');
  assert.equal(r.code, 1);
  const json = JSON.parse(r.stdout);
  const finding = json.findings.find((f: { file: string }) => f.file === `${MIXED}/good.txt`);
  assert.equal(finding.line, 4);
  const text = readFileSync(join(ROOT, MIXED, 'good.txt'), 'utf8');
  assert.equal(text.slice(finding.start, finding.end), /"(.+)"/.exec(finding.message)![1]);
  assert.equal(json.skipped.length, 1);
  assert.equal(json.configProblems[0].line, 6);
});
