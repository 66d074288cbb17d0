/**
 * What `--out` may name. The pack replaces `--out` as a whole, so it must be new, empty or an
 * earlier export, and may not hold anything the export reads: `--out notes.txt` or `--out
 * templates` would delete them. Checked before anything is written, for the CLI and the library.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { lstatOrUndefined } from '../io/lstat.js';

/** Whether `inner` is `outer` or inside it, by path and, for paths that exist, by real path. */
function within(outer: string, inner: string): boolean {
  const inside = (a: string, b: string) => {
    const rel = path.relative(a, b);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  };
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return undefined;
    }
  };
  const [ro, ri] = [real(outer), real(inner)];
  return inside(path.resolve(outer), path.resolve(inner)) || (ro !== undefined && ri !== undefined && inside(ro, ri));
}

/** (`--since` may name `--out` itself: the earlier pack is read before it is replaced.) */
export function checkOutFolder(out: string, inputs: Array<string | undefined>, since?: string): void {
  const abs = path.resolve(out);
  const st = lstatOrUndefined(abs);
  // A symbolic link is refused where the folder is replaced, with its own message.
  if (st && !st.isSymbolicLink()) {
    if (!st.isDirectory()) throw new DiscloseError('E_PATH', 'the output folder is a file; the export would replace it', { file: out }, 'Pass a new folder, or an earlier export, for --out.');
    if (readdirSync(abs).length > 0 && !existsSync(path.join(abs, 'pack.json'))) {
      throw new DiscloseError('E_PATH', 'the output folder is not an earlier disclose export (no pack.json); the export would replace it and everything in it', { file: out }, 'Pass a new or empty folder, or an earlier export, for --out.');
    }
  }
  for (const input of inputs) {
    if (input === undefined || (since !== undefined && path.resolve(input) === path.resolve(since) && path.resolve(since) === abs)) continue;
    if (within(abs, input)) throw new DiscloseError('E_PATH', `the output folder holds ${input}, which the export reads; the export would replace it`, { file: out }, 'Pass an output folder outside the templates, the organization, the config and the earlier export.');
  }
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
