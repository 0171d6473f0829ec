// A fixed-seed sample of `npm run fuzz` (scripts/fuzz.ts): a few hundred
// random texts, mutated seeds, isnad.yaml files and byte strings through the
// core, the config parser and the decoder, with no exception and a sound model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzz, quietYamlKeyWarnings } from './properties.js';

quietYamlKeyWarnings();

test('a fixed-seed fuzz sample goes through the core, the isnad.yaml parser and the decoder', () => {
  const report = fuzz({ unicode: 150, tokens: 150, seeds: 40, configs: 100, bytes: 100 }, 20261126);
  assert.equal(report.core.inputs, 150 + 150 + 40 + 100);
});
