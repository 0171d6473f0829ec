// The extension's page (VS Code's and code-server's alike) shows a README's
// pictures only from https: its sanitizer drops relative and data: sources,
// and its content security policy allows `img-src https: data:`. A VSIX's
// own images/readme/ are never shown there; the README must name them at the
// https address they are published at (vsce's --baseImagesUrl, or a
// repository in package.json). This serves images/readme/ over https on
// loopback, with a self-signed certificate made by openssl for the run, so
// the e2e run can package the VSIX as it would be published and see every
// picture of the page load. Nothing but those PNGs is served.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A self-signed certificate for 127.0.0.1, valid for a day. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-e2e-cert-'));
  try {
    const r = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl could not make a certificate: ${r.error?.message ?? r.stderr}`);
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves the PNGs of `root`/images/readme/ at https://127.0.0.1:PORT/images/readme/NAME.png (where vsce's
 * --baseImagesUrl puts the README's relative pictures); resolves with the base URL, the paths served, and stop().
 */
export async function serveImages(root, port = 0) {
  const folder = join(root, 'images', 'readme');
  const names = new Set(readdirSync(folder).filter((name) => name.endsWith('.png')).map((name) => `images/readme/${name}`));
  const served = [];
  const server = createServer(certificate(), (request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'https://127.0.0.1').pathname.slice(1));
    if (request.method !== 'GET' || !names.has(name)) {
      response.writeHead(404).end();
      return;
    }
    served.push(name);
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(readFileSync(join(root, name)));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    url: `https://127.0.0.1:${address.port}/`,
    served,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
