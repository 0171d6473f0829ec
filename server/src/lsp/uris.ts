// Document URIs and file paths. Clients spell one file's URI in more than one
// way (percent-encoding, drive-letter case), so the server files every
// document under a canonical key and answers with the URI the client used.
import { fileURLToPath, pathToFileURL } from 'node:url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/**
 * An absolute POSIX path of letters, digits and `/._-` only, with no empty,
 * `.` or `..` segment and no trailing slash: its file URI is `file://` and
 * the path as it is, which pathToFileURL would give after parsing a URL.
 * A folder scan turns each of tens of thousands of paths into a URI several
 * times; this spares it the URL parser for the common names.
 */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._-]+)+$/;
const plain = (path: string): boolean => process.platform !== 'win32' && PLAIN_PATH.test(path);

export const pathToUri = (path: string): string => (plain(path) ? `file://${path}` : pathToFileURL(path).href);

/** The key a document is filed under: the file URI node would write, or the URI itself. */
export function canonicalUri(uri: string): string {
  if (uri.startsWith('file:///') && plain(uri.slice(7))) return uri;
  const path = uriToPath(uri);
  return path === null ? uri : pathToUri(path);
}

/** The last part of a URI's path, for progress messages. */
export function baseName(uri: string): string {
  const path = uri.split(/[?#]/)[0] ?? uri;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a stray % in a name the client did not encode
  }
}
