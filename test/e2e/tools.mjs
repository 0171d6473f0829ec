// Where the e2e tools live and how to run commands with them: Node 24,
// code-server and playwright-core from test/e2e/.code-server/ come first on
// PATH, and every command has a time limit.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '..', '..');
export const seeds = join(root, 'seeds');
export const screenshots = join(here, 'screenshots');
/** The pictures of the extension's page (EXTENSION.md), which the VSIX ships. */
export const readmeImages = join(root, 'images', 'readme');
export const toolsDir = join(here, '.code-server');
const toolsBin = join(toolsDir, 'node_modules', '.bin');
export const codeServerBin = join(toolsBin, 'code-server');

/** The environment for anything that must run under Node 24 (vsce, code-server). */
export function toolEnv() {
  return {
    ...process.env,
    PATH: `${toolsBin}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: join(toolsDir, 'node-headers'),
  };
}

export function loadPlaywright() {
  return createRequire(join(toolsDir, 'package.json'))('playwright-core');
}

/** Runs a command to completion with inherited output; rejects on failure or after timeoutMs. */
export function runCommand(command, args, { timeoutMs, env = toolEnv(), cwd = root }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
}
