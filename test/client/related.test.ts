import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRelatedClaimsArgs } from '../../client/src/related.js';

const uri = 'file:///seeds/001_07f643b4c079ef5b.txt';
const position = { line: 8, character: 4 };
const location = { uri: 'file:///seeds/000_c46c7f7da920bbb6.txt', range: { start: { line: 12, character: 0 }, end: { line: 12, character: 30 } } };

test('code lens arguments [uri, position, locations] are accepted as they come over JSON', () => {
  assert.deepEqual(parseRelatedClaimsArgs([uri, position, [location]]), { uri, position, locations: [location] });
  assert.deepEqual(parseRelatedClaimsArgs([uri, position, []]), { uri, position, locations: [] });
});

test('no arguments, or arguments of another shape, mean "use the cursor"', () => {
  assert.equal(parseRelatedClaimsArgs([]), undefined);
  // The editor passes the document URI object when the command runs from a context menu.
  assert.equal(parseRelatedClaimsArgs([{ scheme: 'file', path: '/x.txt' }]), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, { line: 1 }, [location]]), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, position, [{ uri, range: { start: position } }]]), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, position, 'nope']), undefined);
});
