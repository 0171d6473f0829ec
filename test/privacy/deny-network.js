// Preloaded with `node --require` into the CLI and the server in the privacy
// tests: every way out to the network records the attempt (in the file
// ISNAD_NETWORK_LOG names) and throws. The stdio transport is untouched: it
// reads and writes the process's own pipes and never connects anywhere.
'use strict';
const fs = require('node:fs');

const log = process.env.ISNAD_NETWORK_LOG;
// which scripts ran guarded, so that a test can tell the guard was really loaded
if (process.env.ISNAD_GUARDED_LOG) fs.appendFileSync(process.env.ISNAD_GUARDED_LOG, `${process.argv[1] ?? '-e'}\n`);

function denied(what) {
  return function deniedCall() {
    if (log) fs.appendFileSync(log, `${what}\n`);
    throw new Error(`network access denied: ${what}`);
  };
}

function deny(object, name, what) {
  if (object && typeof object[name] === 'function') object[name] = denied(what);
}

const net = require('node:net');
deny(net.Socket.prototype, 'connect', 'net.Socket.connect');
deny(net, 'connect', 'net.connect');
deny(net, 'createConnection', 'net.createConnection');
const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  deny(dns, name, `dns.${name}`);
  deny(dns.promises, name, `dns.promises.${name}`);
}
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  deny(m, 'request', `${mod}.request`);
  deny(m, 'get', `${mod}.get`);
}
deny(require('node:http2'), 'connect', 'http2.connect');
deny(require('node:tls'), 'connect', 'tls.connect');
deny(require('node:dgram'), 'createSocket', 'dgram.createSocket');
deny(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = denied('WebSocket');
if (typeof globalThis.EventSource === 'function') globalThis.EventSource = denied('EventSource');
