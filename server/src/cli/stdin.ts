// Articles from standard input: `isnad check -` or `--stdin-filename NAME`
// reads one article from stdin (editors and pre-commit hooks pipe the
// buffer), named NAME for the output and for finding its isnad.yaml (the
// nearest one upward from NAME's folder, its key relative to that folder),
// as ESLint's --stdin-filename does. The bytes are decoded as a file's
// would be, within the same size limit.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigChain } from '../host/config-chain.js';
import type { ConfigProblem } from '../host/config.js';
import { decodeArticle } from '../host/decode.js';
import type { Decoded } from '../host/decode.js';
import { tooLarge } from '../host/limits.js';
import { UsageError } from '../host/files.js';
import { collectArticles } from '../host/workspace.js';
import type { ArticleSource, Workspace } from '../host/workspace.js';
import { STDIN_NAME } from './args.js';
import { SIZE_FLAG } from './articles.js';

/** All of a stream's bytes, up to `maxBytes`: past that, a problem (the rest is not kept). */
export async function readAll(stream: Readable, maxBytes: number): Promise<Decoded> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total <= maxBytes) chunks.push(bytes);
  }
  if (total > maxBytes) return { problem: tooLarge(total, maxBytes, SIZE_FLAG) };
  return decodeArticle(Buffer.concat(chunks));
}

/** The article of stdin with the config that applies to NAME. */
function stdinSource(name: string, given: Decoded, configPath: string | undefined, chain: ConfigChain): ArticleSource {
  const named = name !== STDIN_NAME;
  const folder = named ? dirname(resolve(name)) : process.cwd();
  const inUse = configPath !== undefined ? { ...chain.inUse(configPath, folder), folder } : chain.forFolder(folder);
  const rel = named ? relative(inUse.folder, resolve(name)).split(sep).join('/') : name;
  return { path: name, rel, config: inUse.config, given };
}

/** The articles of the paths, then the one of stdin when there is one. */
export async function collectInputs(
  options: { paths: string[]; config?: string; stdinFilename?: string },
  maxBytes: number,
  stdin: Readable = process.stdin,
): Promise<Workspace> {
  const workspace: Workspace = options.paths.length ? collectArticles(options.paths, options.config) : { articles: [], configProblems: [] as ConfigProblem[], skipped: [] };
  if (options.stdinFilename === undefined) return workspace;
  if (options.config !== undefined && !existsSync(options.config)) throw new UsageError(`config file not found: ${options.config}`);
  const chain = new ConfigChain();
  const source = stdinSource(options.stdinFilename, await readAll(stdin, maxBytes), options.config, chain);
  // the same config file read twice (once for the paths, once here) reports its problems once
  const seen = new Set(workspace.configProblems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`));
  const problems = chain.problems.filter((p) => !seen.has(`${p.file}:${p.line}:${p.column} ${p.message}`));
  return { articles: [...workspace.articles, source], configProblems: [...workspace.configProblems, ...problems], skipped: workspace.skipped };
}
