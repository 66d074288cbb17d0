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
 *
 * Edits made while a command runs are never overwritten: given the snapshot of the file as it was
 * read (`expect`: device, inode, size, modification time, SHA-256), every file is checked just
 * before any is replaced, and again right before its own rename. A file that changed is left as
 * it is, the new text is kept beside it (`policy.synced.md`, or `policy.synced-2.md`, …) and the
 * write fails with E_CONFLICT. An edit written into the old file in the instant between the last
 * check and the rename is detected afterwards (the old file is held open) and saved beside as
 * `policy.edited.md`. (An editor that itself replaces the file by a rename within that instant is
 * the one case not caught: POSIX has no compare-and-rename.)
 *
 * The replaced file keeps its permission bits (not narrowed by the umask) and, when the process
 * may set them, its owner and group. A file with other hard links, or whose owner or group this
 * process cannot give the new file, is rewritten in place instead, so the links and the owner stay:
 * the new bytes are first written and flushed to the temporary file (disk space checked), the old
 * bytes are kept in a hidden `.policy.md.disclose-backup-<pid>-<hex>` beside it, and the file is
 * overwritten, truncated and flushed; the backup is removed once that succeeded, put back if it
 * failed, and left for the user (never removed automatically) if the process is killed meanwhile.
 */
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
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

/** The file as a command read it; a write given it replaces the file only if it is still this. */
export interface FileSnapshot {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export function snapshotOf(st: fs.Stats, bytes: Uint8Array): FileSnapshot {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(bytes) };
}

/** A temporary file written and flushed, waiting to replace its target. */
export interface PreparedWrite {
  readonly file: string;
  /** Throws E_CONFLICT (keeping the new text beside the file) if the file is no longer what was read. */
  check(): void;
  commit(): void;
  abort(): void;
}

export interface WriteEntry {
  file: string;
  data: string | Uint8Array;
  /** The file as read: it is replaced only if it is still this (see the module comment). */
  expect?: FileSnapshot;
}

export function writeFileAtomic(file: string, data: string | Uint8Array, ops: AtomicWriteOps = NODE_OPS, expect?: FileSnapshot): void {
  writeFilesAtomic([{ file, data, expect }], ops);
}

export function writeFilesAtomic(entries: ReadonlyArray<WriteEntry>, ops: AtomicWriteOps = NODE_OPS): void {
  const prepared: PreparedWrite[] = [];
  try {
    for (const e of entries) prepared.push(prepareWrite(e.file, e.data, ops, e.expect));
  } catch (e) {
    for (const p of prepared) p.abort();
    throw e;
  }
  // No file is replaced while another one is known to have changed.
  const conflicts: unknown[] = [];
  for (const p of prepared) {
    try {
      p.check();
    } catch (e) {
      conflicts.push(e);
    }
  }
  if (conflicts.length) {
    for (const p of prepared) p.abort();
    throw conflicts[0];
  }
  for (let i = 0; i < prepared.length; i++) {
    try {
      prepared[i]!.commit();
    } catch (e) {
      // The files after this one stay as they were; their temporary files go.
      for (const p of prepared.slice(i + 1)) p.abort();
      throw e;
    }
  }
}

export function prepareWrite(file: string, data: string | Uint8Array, ops: AtomicWriteOps = NODE_OPS, expect?: FileSnapshot): PreparedWrite {
  const target = resolveTarget(file);
  const dir = path.dirname(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemps(target);
  const old = statOrUndefined(target);
  /** Rewrite the file in place (hard links, or an owner the new file cannot be given). */
  let inPlace = Boolean(old && old.isFile() && old.nlink > 1);
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
    fd = ops.openSync(tmp, 'wx', old ? old.mode & 0o7777 : 0o666);
    created = true;
    if (old) {
      // The umask narrowed the mode given to open; the owner is the one of this process.
      try {
        fs.fchmodSync(fd, old.mode & 0o7777);
      } catch {
        // checked below
      }
      const st = fs.fstatSync(fd);
      if (st.uid !== old.uid || st.gid !== old.gid) {
        try {
          fs.fchownSync(fd, old.uid, old.gid);
          fs.fchmodSync(fd, old.mode & 0o7777);
        } catch {
          inPlace = true;
        }
      }
      if ((fs.fstatSync(fd).mode & 0o7777) !== (old.mode & 0o7777)) inPlace = true;
    }
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
  /** Keeps the new text beside a file that changed, and throws E_CONFLICT. */
  const conflict = (what: string): never => {
    let kept: string | undefined;
    if (created) kept = keepBeside(tmp, target, 'synced');
    remove();
    throw new DiscloseError(
      'E_CONFLICT',
      `the file changed while disclose was running (${what}); it was left as it is`,
      { file },
      kept ? `Your edit is kept. The new text was written to ${kept}: compare the two, then run the command again.` : 'Your edit is kept. Run the command again.',
    );
  };
  /** The file, opened, if it is still what was read; otherwise a conflict. */
  const verify = (forWriting = false): { fd: number; st: fs.Stats } | undefined => {
    if (!expect) return undefined;
    let fd: number;
    try {
      fd = fs.openSync(target, 'r');
    } catch (e) {
      return conflict((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it was removed' : 'it can no longer be opened');
    }
    if (forWriting) {
      // The in-place write needs the file open for writing; checked on that same open file.
      fs.closeSync(fd);
      try {
        fd = fs.openSync(target, 'r+');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return conflict('it was removed');
        return fail(e);
      }
    }
    const st = fs.fstatSync(fd);
    let what: string | undefined;
    if (st.dev !== expect.dev || st.ino !== expect.ino) what = 'it was replaced by another file';
    else if (st.size !== expect.size) what = `its size is ${st.size} bytes, not ${expect.size}`;
    else if (sha256(readAll(fd, st.size)) !== expect.sha256) what = st.mtimeMs !== expect.mtimeMs ? 'it was modified' : 'its content differs';
    if (what !== undefined) {
      fs.closeSync(fd);
      return conflict(what);
    }
    return { fd, st };
  };
  const commitRename = () => {
    const held = verify();
    try {
      try {
        ops.renameSync(tmp, target);
        created = false;
      } catch (e) {
        remove();
        fail(e);
      }
      syncDir(dir);
      if (held) {
        // An edit written into the old file between the check and the rename is saved beside.
        const after = fs.fstatSync(held.fd);
        if (after.size !== held.st.size || after.mtimeMs !== held.st.mtimeMs) {
          const edited = uniqueBeside(target, 'edited');
          try {
            fs.writeFileSync(edited, readAll(held.fd, after.size), { flag: 'wx', mode: held.st.mode & 0o7777 });
          } catch (e) {
            throw new DiscloseError('E_CONFLICT', `the file was edited while disclose replaced it, and the edit could not be saved: ${(e as Error).message}`, { file }, 'The file now holds the new text. Make the edit again.');
          }
          throw new DiscloseError('E_CONFLICT', 'the file was edited while disclose replaced it', { file }, `The file now holds the new text; the edit was saved to ${edited}. Compare the two.`);
        }
      }
    } finally {
      if (held) fs.closeSync(held.fd);
    }
  };
  const commitInPlace = () => {
    const held = verify(true);
    let fd: number;
    try {
      fd = held?.fd ?? fs.openSync(target, 'r+');
    } catch (e) {
      remove();
      return fail(e);
    }
    try {
      const st = held?.st ?? fs.fstatSync(fd);
      const previous = readAll(fd, st.size);
      const backup = siblingPath(target, 'backup', newTag());
      try {
        fs.writeFileSync(backup, previous, { flag: 'wx', mode: 0o600 });
      } catch (e) {
        fail(e);
      }
      try {
        writeAllAt(fd, bytes);
        fs.ftruncateSync(fd, bytes.length);
        fs.fsyncSync(fd);
      } catch (e) {
        try {
          writeAllAt(fd, previous);
          fs.ftruncateSync(fd, previous.length);
          fs.fsyncSync(fd);
          fs.unlinkSync(backup);
        } catch {
          throw new DiscloseError('E_WRITE', `could not write the file in place: ${e instanceof Error ? e.message : String(e)}`, { file }, `Its previous content is in ${backup}; copy it back.`);
        }
        fail(e);
      }
      fs.unlinkSync(backup);
    } finally {
      fs.closeSync(fd);
      remove();
    }
  };
  return {
    file,
    check() {
      const held = verify();
      if (held) fs.closeSync(held.fd);
    },
    commit() {
      if (inPlace) commitInPlace();
      else commitRename();
    },
    abort: remove,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The first `size` bytes of an open file (fewer if it is shorter). */
function readAll(fd: number, size: number): Buffer {
  const buf = Buffer.alloc(size);
  let off = 0;
  while (off < size) {
    const n = fs.readSync(fd, buf, off, size - off, off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off);
}

/** Writes every byte from offset 0, checking each count. */
function writeAllAt(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) {
    const n = fs.writeSync(fd, bytes, off, bytes.length - off, off);
    if (n <= 0) throw new Error('no bytes written');
    off += n;
  }
}

/** `policy.<label>.md`, or `policy.<label>-2.md`, … : the first name beside `target` not taken. */
function uniqueBeside(target: string, label: string): string {
  const ext = path.extname(target);
  const stem = target.slice(0, target.length - ext.length);
  for (let i = 1; ; i++) {
    const name = `${stem}.${label}${i === 1 ? '' : `-${i}`}${ext}`;
    if (!fs.existsSync(name)) return name;
  }
}

/** Gives the temporary file a visible name beside `target` (never replacing a file); the name, or undefined. */
function keepBeside(tmp: string, target: string, label: string): string | undefined {
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = uniqueBeside(target, label);
    try {
      fs.linkSync(tmp, name);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      try {
        fs.copyFileSync(tmp, name, fs.constants.COPYFILE_EXCL);
        return name;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
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
