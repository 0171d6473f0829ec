// File URIs as the server writes them: the short way for plain paths must
// give what node's URL functions give, for every kind of path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { canonicalUri, pathToUri } from '../../server/src/lsp/uris.js';

const PATHS = [
  '/news/2015/snn-2015-07-21-0001.txt', '/a/./b', '/a/../b', '/a//b', '/a/b/', '/', '/.a/b', '/a/.b', '/a/..b', '/a/b..',
  '/a b', '/أخبار/خبر.txt', '/a/b#c', '/a/b?c', '/a/%41', '/a/~x', '/a/b-c_d.e', '/..', '/.', '/a/.', '/a/..', '/a/b\\c', '/A/B.TXT',
];

test('a path\'s URI is the one pathToFileURL writes, plain or not', { skip: process.platform === 'win32' && 'POSIX paths' }, () => {
  for (const path of PATHS) assert.equal(pathToUri(path), pathToFileURL(path).href, path);
});

test('a URI\'s canonical form is the one node writes back from its path', { skip: process.platform === 'win32' && 'POSIX paths' }, () => {
  const uris = [...PATHS.map((p) => pathToFileURL(p).href), 'file:///a/./b', 'file:///a/../b', 'file:///a//b', 'file:///a/%62', 'file:///a/.', 'file:///a/..', 'file:///a/~x'];
  for (const uri of uris) assert.equal(canonicalUri(uri), pathToFileURL(fileURLToPath(uri)).href, uri);
  assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
});
