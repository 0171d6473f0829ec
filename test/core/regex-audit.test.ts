// Every regular expression of the server, checked for super-linear
// backtracking (issue 5: articles can be megabytes on one line). The
// literals are read from the sources; the ones built at run time from the
// lexicons are caught as they are built, while the analysis runs on the
// seeds. redos-detector proves most of them safe. The few it cannot prove
// are listed below with the reason they stay linear, and each is run on a
// long adversarial input (the test's time limit is the bound; nothing is timed).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { isSafe } from 'redos-detector';
import ts from 'typescript';
import { ROOT } from '../helpers/build.js';
import { seed } from '../helpers/doc.js';

const SOURCES = join(ROOT, 'server', 'src');

/** A regex the detector cannot prove safe: why it is linear, and an input that would show it if it were not. */
interface Reviewed { why: string; adversarial: string }

const long = (unit: string, n = 100_000): string => unit.repeat(Math.ceil(n / unit.length));

const REVIEWED: Record<string, Reviewed> = {
  '/[{};]\\s*[a-z-]+\\s*:|(?<!\\d)\\d+px\\b/i': {
    why: 'a start needs { } or ; and its run of letters ends at the next one; digit runs are tried at their first digit only',
    adversarial: long('; abc ') + long('1'),
  },
  "/'([^']+)'/": {
    why: 'a start needs a quote and its run ends at the next quote',
    adversarial: "'" + long('a'),
  },
  '/ at line \\d+, column \\d+:?$/': {
    why: 'a start needs " at line"; the digit runs end at a comma or the end',
    adversarial: long(' at line 1, column 2x'),
  },
};

/** The same for the regexes built at run time, found by the start of their source. */
const REVIEWED_BUILT: Record<string, Reviewed> = {
  '(?:بناء علي تصريحات|': {
    why: 'literal phrases (attribution), each tried once per start, sharing prefixes at most',
    adversarial: long('في تصريحات وفقا لمن '),
  },
  'في وقت سابق|وقت سابق|': {
    why: 'literal phrases (claim dates: an earlier time), each tried once per start, sharing prefixes at most',
    adversarial: long('في وقت في تصريحات سابق قبل '),
  },
  '(?:والجدير بالذكر|': {
    why: 'literal phrases (background markers), each tried once per start',
    adversarial: long('ويشار الي انهك '),
  },
  '(?:رابط المقاله|رابط المقال|رابط الخبر) ?ب?': {
    why: 'a start needs رابط; the title run is at most 40 letters before the colon, the rest of the line is read once per match',
    adversarial: long('رابط الخبر بصحيفه ' + 'ا'.repeat(39) + ' '),
  },
  '^[^\\s\\-–—:/()،]+(?: [^\\s\\-–—:/()،]+)? ?[-–—/] ?(': {
    why: 'anchored at the line start: one attempt over the first two words',
    adversarial: long('ا'),
  },
  '(?:^|[\\s*\\-–—])خاص ب ?["{]': {
    why: 'a start needs خاص ب and a quote; the name is at most 40 letters',
    adversarial: long(' خاص ب "' + 'ا'.repeat(40)),
  },
  'رابط (?:الخبر|المقاله|المقال) ?ب?(': {
    why: 'a start needs رابط; the title is at most 40 letters',
    adversarial: long('رابط الخبر بموقع ' + 'ا'.repeat(45)),
  },
};

function reviewOfBuilt(regex: RegExp): Reviewed | undefined {
  const key = Object.keys(REVIEWED_BUILT).find((prefix) => regex.source.startsWith(prefix));
  return key === undefined ? undefined : REVIEWED_BUILT[key];
}

/** Runs a regex over its adversarial input to the end (the test's time limit bounds it). */
function runAdversarial(regex: RegExp, input: string): number {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  let matches = 0;
  for (const _ of input.matchAll(global)) matches++;
  return matches;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

/** Every regex literal of the server's sources, with where it is. */
function literals(): { where: string; text: string; regex: RegExp }[] {
  const found: { where: string; text: string; regex: RegExp }[] = [];
  for (const file of sourceFiles(SOURCES)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ where: `${relative(ROOT, file)}:${line}`, text, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The regexes the analysis builds with `new RegExp`, caught while it runs on the seeds. */
async function builtAtRunTime(): Promise<RegExp[]> {
  const built: RegExp[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = new target(...args);
      built.push(regex);
      return regex;
    },
  });
  try {
    const { analyzeArticle } = await import('../../server/src/analysis/index.js');
    for (const n of [0, 1, 2, 3, 4]) analyzeArticle(seed(n));
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

function judge(regex: RegExp): boolean {
  return isSafe(regex, { timeout: 10_000 }).safe;
}

test('every regex literal of the server is proven linear or reviewed', () => {
  const all = literals();
  assert.ok(all.length > 100, `found ${all.length} literals`);
  const unproven = all.filter((r) => !judge(r.regex));
  const unreviewed = unproven.filter((r) => !(r.text in REVIEWED));
  assert.deepEqual(unreviewed.map((r) => `${r.where} ${r.text}`), [], 'add a linear rewrite, or a review with its reason');
  for (const r of unproven) assert.ok(runAdversarial(r.regex, REVIEWED[r.text]!.adversarial) >= 0);
  // a review that no longer matches a literal is stale
  const texts = new Set(all.map((r) => r.text));
  assert.deepEqual(Object.keys(REVIEWED).filter((t) => !texts.has(t)), []);
});

test('the regexes built from the lexicons are proven linear or reviewed', async () => {
  const built = await builtAtRunTime();
  assert.ok(built.length >= 10, `caught ${built.length}`);
  const unproven = [...new Map(built.map((r) => [`/${r.source}/${r.flags}`, r])).values()].filter((r) => !judge(r));
  const unreviewed = unproven.filter((r) => !reviewOfBuilt(r)).map((r) => `/${r.source.slice(0, 120)}…/${r.flags}`);
  assert.deepEqual(unreviewed, [], 'add a linear rewrite, or a review with its reason');
  for (const r of unproven) assert.ok(runAdversarial(r, reviewOfBuilt(r)!.adversarial) >= 0);
});
