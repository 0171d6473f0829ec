import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_WIRE_LOCATIONS, parseRelatedClaimsArgs } from '../../client/src/related.js';

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

test('arguments from a hover link are checked: every URI a file of the workspace, the list bounded; null locations ask the references', () => {
  const inWorkspace = (u: string): boolean => u.startsWith('file:///seeds/');
  assert.deepEqual(parseRelatedClaimsArgs([uri, position, [location]], inWorkspace), { uri, position, locations: [location] });
  assert.deepEqual(parseRelatedClaimsArgs([uri, position, null], inWorkspace), { uri, position, locations: null });
  // a link a folder's isnad.yaml could have shaped: another scheme, a file outside the folder, too many places, absurd positions
  assert.equal(parseRelatedClaimsArgs(['https://example.com/x', position, [location]], inWorkspace), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, position, [{ ...location, uri: 'file:///etc/passwd' }]], inWorkspace), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, position, Array.from({ length: MAX_WIRE_LOCATIONS + 1 }, () => location)], inWorkspace), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, { line: -1, character: 0 }, [location]], inWorkspace), undefined);
  assert.equal(parseRelatedClaimsArgs([uri, { line: 1.5, character: 0 }, [location]], inWorkspace), undefined);
});
