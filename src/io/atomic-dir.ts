/**
 * Builds a folder atomically: the work happens in a temporary sibling, which replaces the target
 * only when complete. On failure the temporary folder is removed and the old target is untouched.
 * The swap is two renames (target → `-old-` sibling, temporary → target); a process killed between
 * them leaves the previous version in the `-old-` sibling, which the next run restores first
 * (`recover-dir.ts`), together with removing what killed runs left.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { newTag, siblingPath } from './leftovers.js';
import { lstatOrUndefined } from './lstat.js';
import { lockOut } from './out-lock.js';
import { recoverAtomicDir } from './recover-dir.js';
import { isWriteFault, writeError } from './write-error.js';

/** `mayReplace` (optional) is asked under the lock, after the build and just before the swap, whether the target may still be replaced; it throws if not. */
export async function withAtomicDir<T>(target: string, build: (tmp: string) => Promise<T>, mayReplace?: (target: string) => void): Promise<T> {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  mkdirSync(parent, { recursive: true });
  // One writer per folder: a second run stops with E_BUSY before it recovers or swaps anything.
  const lock = lockOut(abs);
  try {
    recoverAtomicDir(abs);
    return await swapInto(abs, target, build, mayReplace);
  } finally {
    lock.release();
  }
}

async function swapInto<T>(abs: string, target: string, build: (tmp: string) => Promise<T>, mayReplace?: (target: string) => void): Promise<T> {
  if (lstatOrUndefined(abs)?.isSymbolicLink()) {
    throw new DiscloseError('E_PATH', 'the output folder is a symbolic link', { file: target }, 'Pass a real folder for --out.');
  }
  const hint = 'The previous version was left as it was. Free space or fix the permissions, then run again.';
  const stuck = unremovable(abs);
  if (stuck !== undefined) {
    throw new DiscloseError('E_WRITE', `the previous version cannot be replaced: ${stuck} is not writable`, { file: target }, 'Make the previous output writable (chmod -R u+w) or remove it, then run again.');
  }
  const tag = newTag();
  const tmp = siblingPath(abs, 'tmp', tag);
  try {
    mkdirSync(tmp);
  } catch (e) {
    if (isWriteFault(e)) throw writeError(e, target, hint);
    throw e;
  }
  try {
    const result = await build(tmp).catch((e: unknown) => {
      throw isWriteFault(e) ? writeError(e, target, hint) : e;
    });
    // Asked again just before the swap: what the caller checked before the build may have changed
    // since (another program writing into the folder), and the swap would delete it.
    mayReplace?.(target);
    const old = siblingPath(abs, 'old', tag);
    const hadOld = existsSync(abs);
    if (hadOld) renameSync(abs, old);
    try {
      renameSync(tmp, abs);
    } catch (e) {
      if (hadOld) renameSync(old, abs);
      throw e;
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
    return result;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The first folder in the previous version whose entries could not be removed (no write and
 * search permission for this process), checked before anything is swapped, so a read-only earlier
 * output is refused up front instead of leaving a hidden `-old-` folder after the new one is in
 * place.
 */
function unremovable(abs: string): string | undefined {
  const st = lstatOrUndefined(abs);
  if (!st?.isDirectory()) return undefined;
  const walk = (dir: string): string | undefined => {
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
    } catch {
      return dir;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const found = walk(path.join(dir, entry.name));
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(abs);
}

// An export asks for thousands of paths inside one folder: resolve the folder itself once (the
// checks below still resolve each file's own parent, where a link could point out).
const roots = new Map<string, string>();
function realRoot(dir: string): string {
  let real = roots.get(dir);
  if (real === undefined) {
    real = realpathSync.native(dir);
    if (roots.size >= 64) roots.clear();
    roots.set(dir, real);
  }
  return real;
}

/** Names Windows reserves for devices, with or without an extension (`con`, `NUL.json`, `com1.html`). */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A path for `name` inside `dir` that cannot leave it: no "..", absolute paths, NUL, reserved
 * device names, or symbolic links inside `dir` that point out of it.
 */
export function insideDir(dir: string, name: string): string {
  const parts = name.split(/[\\/]/);
  if (name === '' || name.includes('\0') || path.isAbsolute(name) || path.win32.isAbsolute(name) || parts.includes('..')) {
    throw new DiscloseError('E_PATH', `refusing to write "${name}" outside the output folder`, {}, 'Template ids and output names must be plain names.');
  }
  const reserved = parts.find((p) => RESERVED.test(p.replace(/[. ]+$/, '')));
  if (reserved !== undefined) {
    throw new DiscloseError('E_PATH', `refusing to write "${name}": "${reserved}" is a reserved device name`, {}, 'Rename the template or output; con, nul, aux, prn, com1 … and lpt1 … name devices on Windows.');
  }
  const base = path.resolve(dir);
  const full = path.resolve(base, name);
  const root = realRoot(dir);
  // The nearest ancestor that exists (a dangling link counts) must resolve inside the folder.
  let probe = path.dirname(full);
  let probeStat = lstatOrUndefined(probe);
  while (probe !== path.dirname(probe) && !probeStat) {
    probe = path.dirname(probe);
    probeStat = lstatOrUndefined(probe);
  }
  let real: string | undefined;
  if (probe === base) real = root;
  else if (path.dirname(probe) === base && probeStat?.isDirectory()) {
    // A real folder right inside the output folder (data/, pages/): no link to follow.
    real = path.join(root, path.basename(probe));
  } else {
    try {
      real = realpathSync.native(probe);
    } catch {
      real = undefined;
    }
  }
  if (real === undefined || (real !== root && !real.startsWith(root + path.sep))) {
    throw new DiscloseError('E_PATH', `refusing to write "${name}": it resolves outside the output folder`, {}, 'Remove symbolic links inside the output folder.');
  }
  if (lstatOrUndefined(full)?.isSymbolicLink()) {
    throw new DiscloseError('E_PATH', `refusing to write "${name}": it is a symbolic link`, {}, 'Remove symbolic links inside the output folder.');
  }
  return full;
}
