// A throwaway code-server: a fresh profile in a temp folder with the VSIX
// installed and quiet settings, started in its own process group on a free
// loopback port, and stopped as a group (which also ends the extension host
// and the language server).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin, runCommand, toolEnv } from './tools.mjs';

const quietSettings = {
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 200,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  // Room for the article: long Arabic lines wrap instead of scrolling sideways.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export function makeProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-e2e-'));
  const profile = { dir, userData: join(dir, 'user-data'), extensions: join(dir, 'extensions'), log: join(dir, 'code-server.log') };
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  mkdirSync(profile.extensions, { recursive: true });
  writeFileSync(join(profile.userData, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  // Its own config file, so code-server does not write one into the home folder.
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\n');
  return profile;
}

export function removeProfile(profile) {
  rmSync(profile.dir, { recursive: true, force: true });
}

function profileArgs(profile) {
  return ['--config', join(profile.dir, 'config.yaml'), '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

export function installVsix(profile, vsix) {
  return runCommand(codeServerBin, [...profileArgs(profile), '--install-extension', vsix, '--force'], { timeoutMs: 120_000 });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server and resolves once /healthz answers; `stop()` ends its whole process group.
 * `locale`: the display language (`--locale`), which needs a language pack for it in the profile.
 */
export async function startCodeServer(profile, { port, locale, timeoutMs = 60_000 }) {
  const log = openSync(profile.log, 'a');
  const args = [...profileArgs(profile), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    // Lets the workbench honour the extension-development options in the URL (the in-editor suite).
    '--vscode-option', 'enable-smoke-test-driver', ...(locale ? ['--locale', locale] : [])];
  const child = spawn(codeServerBin, args, { env: toolEnv(), detached: true, stdio: ['ignore', log, log] });
  const server = { url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child), log: () => readFileSync(profile.log, 'utf8') };
  process.on('exit', () => killGroup(child, 'SIGKILL'));
  try {
    await waitHealthy(server.url, child, timeoutMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${error.message}; its log is ${profile.log}`);
  }
  return server;
}

async function waitHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was healthy`);
    const healthy = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}

/** SIGTERM to the group, SIGKILL a few seconds later to whatever outlived it. */
async function stopGroup(child) {
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
  killGroup(child, 'SIGTERM');
  let timer;
  await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, 5_000); })]);
  clearTimeout(timer);
  killGroup(child, 'SIGKILL');
}
