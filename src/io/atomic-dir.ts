/**
 * Builds a folder atomically: the work happens in a temporary sibling, which replaces the target
 * only when complete. On failure the temporary folder is removed and the old target is untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DiscloseError } from '../errors.js';

export async function withAtomicDir<T>(target: string, build: (tmp: string) => Promise<T>): Promise<T> {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  mkdirSync(parent, { recursive: true });
  if (existsSync(abs) && lstatSync(abs).isSymbolicLink()) {
    throw new DiscloseError('E_PATH', 'the output folder is a symbolic link', { file: target }, 'Pass a real folder for --out.');
  }
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(parent, `.${path.basename(abs)}.disclose-tmp-${tag}`);
  mkdirSync(tmp);
  try {
    const result = await build(tmp);
    const old = path.join(parent, `.${path.basename(abs)}.disclose-old-${tag}`);
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

/** A path for `name` inside `dir` that cannot leave it (no "..", absolute paths, NUL or links out). */
export function insideDir(dir: string, name: string): string {
  if (name.includes('\0') || path.isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
    throw new DiscloseError('E_PATH', `refusing to write "${name}" outside the output folder`, {}, 'Template ids and output names must be plain names.');
  }
  const full = path.resolve(dir, name);
  const root = realpathSync(dir);
  const parentReal = existsSync(path.dirname(full)) ? realpathSync(path.dirname(full)) : path.dirname(full);
  if (!(parentReal + path.sep).startsWith(root + path.sep) && parentReal !== root) {
    throw new DiscloseError('E_PATH', `refusing to write "${name}": it resolves outside the output folder`, {}, 'Remove symbolic links inside the output folder.');
  }
  return full;
}
