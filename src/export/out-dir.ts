/**
 * What `--out` may name. The pack replaces `--out` as a whole, so it must be new, empty or an
 * earlier export, and may not hold anything the export reads: `--out notes.txt` or `--out
 * templates` would delete them. Checked before anything is written, for the CLI and the library.
 */
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { lstatOrUndefined } from '../io/lstat.js';
import { isManifest, listFiles, REPLACEABLE_FORMAT_VERSIONS } from './manifest.js';

/** Whether path `b` is `a` or inside it. */
function inside(a: string, b: string): boolean {
  const rel = path.relative(a, b);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Real paths of existing paths (undefined for others), resolving each folder once: a path that is
 * no link is its real parent folder joined with its name, so thousands of template files in a few
 * folders cost an lstat each rather than a lookup of every part of their paths.
 */
function realPaths(): (p: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  const real = (p: string): string | undefined => {
    if (known.has(p)) return known.get(p);
    const st = lstatOrUndefined(p);
    const parent = path.dirname(p);
    let out: string | undefined;
    if (st && !st.isSymbolicLink() && parent !== p) {
      const realParent = real(parent);
      out = realParent === undefined ? undefined : path.join(realParent, path.basename(p));
    } else if (st) {
      try {
        out = realpathSync.native(p);
      } catch {
        out = undefined;
      }
    }
    known.set(p, out);
    return out;
  };
  return (p) => real(path.resolve(p));
}

const REPLACE_HINT = 'Pass a new or empty folder, or a folder that holds only an earlier export, for --out; move anything else out first.';

/**
 * A non-empty output folder is replaced only when it is an earlier pack and nothing else: its
 * pack.json parses as our manifest, and every file in it is one the manifest lists. A folder that
 * merely holds a file named pack.json, or an earlier pack with a file added, is left untouched.
 */
function checkEarlierPack(abs: string, out: string): void {
  const manifestFile = path.join(abs, 'pack.json');
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    manifest = undefined;
  }
  if (!isManifest(manifest, REPLACEABLE_FORMAT_VERSIONS)) {
    throw new DiscloseError('E_PATH', 'the output folder holds a pack.json that is not the manifest of a disclose export of this version; the export would replace the folder and everything in it', { file: out }, REPLACE_HINT);
  }
  const listed = new Set(manifest.files);
  const stray = listFiles(abs).find((f) => f !== 'pack.json' && !listed.has(f));
  if (stray !== undefined) {
    throw new DiscloseError('E_PATH', `the output folder holds ${stray}, which the earlier export did not write; the export would delete it`, { file: out }, REPLACE_HINT);
  }
}

/** (`--since` may name `--out` itself: the earlier pack is read before it is replaced.) */
export function checkOutFolder(out: string, inputs: Array<string | undefined>, since?: string): void {
  const abs = path.resolve(out);
  const earlier = checkFolderKind(out);
  const real = realPaths();
  const realOut = real(abs);
  for (const input of inputs) {
    if (input === undefined || (since !== undefined && path.resolve(input) === path.resolve(since) && path.resolve(since) === abs)) continue;
    // Inside by path, or, for paths that exist, by real path.
    const realIn = realOut === undefined ? undefined : real(input);
    if (inside(abs, path.resolve(input)) || (realOut !== undefined && realIn !== undefined && inside(realOut, realIn))) throw new DiscloseError('E_PATH', `the output folder holds ${input}, which the export reads; the export would replace it`, { file: out }, 'Pass an output folder outside the templates, the organization, the config and the earlier export.');
  }
  if (earlier) checkEarlierPack(abs, out);
}

/**
 * The output folder may be replaced: absent, empty, or an earlier export holding only what its
 * manifest lists. Checked before the work starts (in `checkOutFolder`) and again under the
 * folder's lock, just before the swap (`withAtomicDir`'s `mayReplace`).
 */
export function checkReplaceable(out: string): void {
  if (checkFolderKind(out)) checkEarlierPack(path.resolve(out), out);
}

/** Refuses a file, or a non-empty folder without pack.json; true when the folder is a non-empty earlier export to check further. */
function checkFolderKind(out: string): boolean {
  const abs = path.resolve(out);
  const st = lstatOrUndefined(abs);
  // A symbolic link is refused where the folder is replaced, with its own message.
  if (!st || st.isSymbolicLink()) return false;
  if (!st.isDirectory()) throw new DiscloseError('E_PATH', 'the output folder is a file; the export would replace it', { file: out }, 'Pass a new folder, or an earlier export, for --out.');
  if (readdirSync(abs).length === 0) return false;
  if (!existsSync(path.join(abs, 'pack.json'))) {
    throw new DiscloseError('E_PATH', 'the output folder is not an earlier disclose export (no pack.json); the export would replace it and everything in it', { file: out }, REPLACE_HINT);
  }
  return true;
}

/** A shard's data/, pages/ and meta/ are read file by file: each must be a real folder, not a link to one elsewhere. */
export function checkShardFolders(shards: string[]): void {
  for (const dir of shards) {
    for (const sub of ['data', 'pages', 'meta']) {
      const st = lstatOrUndefined(path.join(dir, sub));
      if (st && !st.isDirectory()) {
        throw new DiscloseError('E_PATH', `${sub} in ${dir} is ${st.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}`, { file: path.join(dir, sub) }, 'Merge folders written by `disclose export --shard`.');
      }
    }
  }
}
