/**
 * Content hashes for the cache key (`--cache`): disclose itself (its version, its built code and
 * its own data: regions, snippets, locales, taxonomy, channels, transfers, languages, lint lists) and any
 * files or folders a run reads (a project's own regions and wording, the organization, the config,
 * policy documents). Contents, never times: a file touched but not changed still hits, and a file
 * changed within the same second still misses.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lstatOrUndefined } from '../io/lstat.js';
import { PACKAGE_ROOT } from '../load/package-root.js';
import { packageVersion } from '../version.js';

/** disclose's own data folders and built code: what a new version or build changes. */
const OWN = ['package.json', 'regions', 'snippets', 'locales', 'lint', 'taxonomy', 'channels', 'transfers', 'languages', 'schemas', 'dist'];

/** Adds a file or the files of a folder (walked in name order) to the hash, each with its path. */
function addPath(hash: Hash, file: string, rel: string, skip?: (name: string) => boolean): void {
  const st = lstatOrUndefined(file);
  if (!st) {
    hash.update(`missing\0${rel}\0`);
    return;
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(file).sort()) {
      if (skip?.(name)) continue;
      addPath(hash, path.join(file, name), `${rel}/${name}`, skip);
    }
    return;
  }
  if (!st.isFile()) {
    hash.update(`other\0${rel}\0`);
    return;
  }
  const bytes = readFileSync(file);
  hash.update(`file\0${rel}\0${bytes.length}\0`);
  hash.update(bytes);
}

let own: string | undefined;

/**
 * disclose's version, code and data, hashed once per process. The V8 code caches the build writes
 * and type declarations are left out: they never change a result.
 */
export function discloseFingerprint(): string {
  if (own) return own;
  const hash = createHash('sha256').update(`disclose\0${packageVersion()}\0`);
  const skip = (name: string) => name.endsWith('.d.ts') || name.endsWith('.cache') || name.endsWith('.map');
  for (const p of OWN) addPath(hash, path.join(PACKAGE_ROOT, p), p, skip);
  own = hash.digest('hex');
  return own;
}

/** The contents of files and folders (absolute paths), in the order given; a missing one counts as missing. */
export function pathsHash(paths: ReadonlyArray<string | undefined>): string {
  const hash = createHash('sha256');
  for (const p of paths) {
    if (p === undefined) hash.update('none\0');
    else addPath(hash, p, p);
  }
  return hash.digest('hex');
}

export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const p of parts) {
    hash.update(typeof p === 'string' ? `${p.length}\0` : `b${p.length}\0`);
    hash.update(p);
  }
  return hash.digest('hex');
}
