/**
 * Replaces files atomically: the new bytes go to a temporary file in the same folder, which is
 * flushed to disk (fsync) and then renamed over the target. Readers see the old file or the new
 * one, never a part; on any error the temporary file is removed and the old file is left as it
 * was. A symbolic link is followed (the file it points to is replaced, the link stays).
 *
 * `writeFilesAtomic` prepares every file before renaming any, so a failure while writing one of
 * them leaves all of them untouched. (A process killed between two of the renames leaves some files
 * replaced and the others not; each file is whole.)
 *
 * A process killed before its rename leaves its temporary file behind; the next write of the same
 * target removes such files, but only those of processes that no longer run.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { newTag, removeLeftover, siblingPath, staleSiblings } from './leftovers.js';

/** The file-system calls used, replaceable in tests to simulate a failure at each step. */
export interface AtomicWriteOps {
  openSync(file: string, flags: string, mode: number): number;
  writeSync(fd: number, data: Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
}

const NODE_OPS: AtomicWriteOps = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  writeSync: (fd, data) => fs.writeSync(fd, data),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (file) => fs.unlinkSync(file),
};

/** A temporary file written and flushed, waiting to replace its target. */
export interface PreparedWrite {
  readonly file: string;
  commit(): void;
  abort(): void;
}

export function writeFileAtomic(file: string, data: string | Uint8Array, ops: AtomicWriteOps = NODE_OPS): void {
  writeFilesAtomic([{ file, data }], ops);
}

export function writeFilesAtomic(entries: ReadonlyArray<{ file: string; data: string | Uint8Array }>, ops: AtomicWriteOps = NODE_OPS): void {
  const prepared: PreparedWrite[] = [];
  try {
    for (const e of entries) prepared.push(prepareWrite(e.file, e.data, ops));
  } catch (e) {
    for (const p of prepared) p.abort();
    throw e;
  }
  for (const p of prepared) p.commit();
}

export function prepareWrite(file: string, data: string | Uint8Array, ops: AtomicWriteOps = NODE_OPS): PreparedWrite {
  const target = resolveTarget(file);
  const dir = path.dirname(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemps(target);
  const tmp = siblingPath(target, 'tmp', newTag());
  let fd: number | undefined;
  let created = false;
  const remove = () => {
    if (!created) return;
    created = false;
    try {
      ops.unlinkSync(tmp);
    } catch {
      // nothing more to do
    }
  };
  const fail = (e: unknown): never => {
    throw new DiscloseError('E_WRITE', `could not write the file: ${e instanceof Error ? e.message : String(e)}`, { file }, 'The file was left as it was. Check that its folder exists and is writable.');
  };
  try {
    fd = ops.openSync(tmp, 'wx', existingMode(target));
    created = true;
    for (let off = 0; off < bytes.length; ) {
      const n = ops.writeSync(fd, bytes.subarray(off));
      if (n <= 0) throw new Error('no bytes written');
      off += n;
    }
    ops.fsyncSync(fd);
    const open = fd;
    fd = undefined;
    ops.closeSync(open);
  } catch (e) {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        // already failing; the first error is the one to report
      }
    }
    remove();
    fail(e);
  }
  return {
    file,
    commit() {
      try {
        ops.renameSync(tmp, target);
        created = false;
      } catch (e) {
        remove();
        fail(e);
      }
      syncDir(dir);
    },
    abort: remove,
  };
}

/** Removes the temporary files beside `file` that killed processes left (plain files only). */
export function removeStaleTemps(file: string): void {
  for (const s of staleSiblings(resolveTarget(file), ['tmp'])) removeLeftover(s, { filesOnly: true });
}

/** The file a path names, following symbolic links, so a link is not replaced by a plain file. */
function resolveTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}

function existingMode(file: string): number {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return 0o666;
  }
}

/** Flushes the rename to disk where the platform lets a folder be opened (not on Windows). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
