import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandLine } from '../../server/src/cli/args.js';
import { UsageError } from '../../server/src/host/files.js';

const ACCEPTED: { argv: string[]; expect: object }[] = [
  { argv: ['check', 'seeds'], expect: { command: 'check', paths: ['seeds'], config: undefined, format: 'text' } },
  { argv: ['analyze', 'a', 'b'], expect: { command: 'analyze', paths: ['a', 'b'], config: undefined, format: 'json' } },
  { argv: ['analyze', 'seeds', '--config', 'x.yaml', '--format', 'jsonl'], expect: { command: 'analyze', paths: ['seeds'], config: 'x.yaml', format: 'jsonl' } },
  { argv: ['check', '-f', 'sarif', '-c', 'x.yaml', 'seeds'], expect: { command: 'check', paths: ['seeds'], config: 'x.yaml', format: 'sarif' } },
  { argv: ['check', '--format=json', 'seeds'], expect: { command: 'check', paths: ['seeds'], config: undefined, format: 'json' } },
  { argv: ['check', '--', '--odd-name.txt'], expect: { command: 'check', paths: ['--odd-name.txt'], config: undefined, format: 'text' } },
  { argv: ['analyze', 'seeds', '--jobs', '1'], expect: { command: 'analyze', paths: ['seeds'], config: undefined, format: 'json', jobs: 1 } },
  { argv: ['export', '-j', '4', 'seeds'], expect: { command: 'export', paths: ['seeds'], config: undefined, format: 'csv', jobs: 4 } },
  { argv: ['--help'], expect: { command: 'help' } },
  { argv: ['check', 'seeds', '-h'], expect: { command: 'help' } },
  { argv: ['help'], expect: { command: 'help' } },
  { argv: ['--version'], expect: { command: 'version' } },
];

const REFUSED: { argv: string[]; message: RegExp }[] = [
  { argv: [], message: /^no command given$/ },
  { argv: ['lint', 'seeds'], message: /^unknown command "lint"$/ },
  { argv: ['check'], message: /^check: no file or folder given$/ },
  { argv: ['check', 'seeds', '--verbose'], message: /^unknown option --verbose$/ },
  { argv: ['check', 'seeds', '-x'], message: /^unknown option -x$/ },
  { argv: ['check', 'seeds', '--format'], message: /needs a value/ },
  { argv: ['analyze', 'seeds', '--format', 'sarif'], message: /^analyze: unknown format "sarif" \(use json, text, jsonl\)$/ },
  { argv: ['check', 'seeds', '--format', 'jsonl'], message: /^check: unknown format "jsonl"/ },
  ...['0', '-1', '1.5', 'two', ''].map((n) => ({ argv: ['analyze', 'seeds', `--jobs=${n}`], message: /^--jobs must be a whole number of threads, 1 or more, not ".*"$/ })),
];

test('command lines the CLI accepts', () => {
  for (const c of ACCEPTED) assert.deepEqual(parseCommandLine(c.argv), c.expect, c.argv.join(' '));
});

test('command lines it refuses, each with a one-line usage error', () => {
  for (const c of REFUSED) {
    assert.throws(() => parseCommandLine(c.argv), (e: unknown) => {
      assert.ok(e instanceof UsageError, c.argv.join(' '));
      assert.match(e.message, c.message, c.argv.join(' '));
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
  }
});
