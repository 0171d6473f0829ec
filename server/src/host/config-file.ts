// Reading an isnad.yaml with the checks an article gets: only a regular file
// (a link to /dev/zero, which git can carry, or a named pipe would be read
// forever or block the reader), through one descriptor, never past the size
// cap however the file grows meanwhile.
import { MAX_CONFIG_BYTES } from './config.js';
import { decodeArticle } from './decode.js';
import { readRegularFile } from './limits.js';

/** The text of an isnad.yaml; null when there is none; else why it cannot be used. */
export type ConfigText = { text: string } | { problem: string; tooLarge: boolean } | null;

export const configTooLarge = `larger than ${MAX_CONFIG_BYTES / 1024} KB`;

export function readConfigFile(path: string): ConfigText {
  const read = readRegularFile(path, MAX_CONFIG_BYTES);
  if ('tooLarge' in read) return { problem: configTooLarge, tooLarge: true };
  if ('problem' in read) return read.code === 'ENOENT' ? null : { problem: read.problem, tooLarge: false };
  const decoded = decodeArticle(read.bytes);
  return 'problem' in decoded ? { problem: decoded.problem, tooLarge: false } : { text: decoded.text };
}
