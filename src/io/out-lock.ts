/**
 * One writer per output folder: `disclose export --out <dir>` (and export-merge) hold a lock file
 * beside the folder, `.<name>.disclose-lock`, created exclusively and holding the process id, the
 * host name and the start time. A second run to the same folder finds it and stops with E_BUSY,
 * leaving everything as it is, instead of the two swapping packs under each other.
 *
 * A lock whose process no longer runs on this host (killed, crashed) is stale: the next run
 * removes it and goes on. A lock of another host, or of a live process, is never removed; the
 * message says which process holds it and how to remove it by hand if that process is gone. A
 * lock file left empty or unreadable by a process killed while creating it counts as stale after
 * STALE_EMPTY_MS.
 *
 * Taking over a stale lock: the stale file is renamed to a name of this process's own first, and
 * if what was renamed turns out not to be the stale lock that was read (another run took it over
 * and made its own meanwhile), it is put back and this run stops. (One window remains: a third run
 * creating a lock in the instant between that rename and the putting back. It needs three runs
 * starting together over a stale lock; test/io/out-lock.test.ts races eight over one.)
 */
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { newTag, processMayRun } from './leftovers.js';

export const STALE_EMPTY_MS = 10_000;

export interface OutLock {
  /** The lock file. */
  readonly file: string;
  /** Removes the lock (only if it is still this process's). Safe to call twice. */
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  started: string;
}

/** The lock file of an output folder. */
export function lockPathFor(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.disclose-lock`);
}

/** Takes the lock of `out`, or throws E_BUSY naming the run that holds it. */
export function lockOut(out: string): OutLock {
  const file = lockPathFor(out);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        const bytes = Buffer.from(text, 'utf8');
        if (fs.writeSync(fd, bytes) !== bytes.length) throw new Error('short write');
      } finally {
        fs.closeSync(fd);
      }
      return ownLock(file, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new DiscloseError('E_WRITE', `could not create the lock file: ${(e as Error).message}`, { file }, 'Check that the folder that holds --out exists and is writable.');
      }
    }
    const seen = readLock(file);
    if (seen === undefined) continue; // removed meanwhile: try again
    const holder = seen.holder;
    if (holder && (holder.host !== me.host || isRunning(holder.pid))) throw busy(file, holder);
    if (!holder && Date.now() - seen.mtimeMs < STALE_EMPTY_MS) throw busy(file, undefined);
    takeOver(file, seen.text);
  }
  throw busy(file, readLock(file)?.holder);
}

function ownLock(file: string, text: string): OutLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      if (fs.readFileSync(file, 'utf8') === text) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  };
  // A run that ends without releasing (an uncaught error, process.exit) still removes its lock.
  process.on('exit', release);
  return { file, release };
}

function readLock(file: string): { text: string; holder: Holder | undefined; mtimeMs: number } | undefined {
  try {
    const st = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    let holder: Holder | undefined;
    try {
      const h = JSON.parse(text) as Partial<Holder>;
      if (Number.isInteger(h.pid) && (h.pid as number) > 0 && typeof h.host === 'string') holder = { pid: h.pid as number, host: h.host, started: String(h.started ?? '') };
    } catch {
      holder = undefined;
    }
    return { text, holder, mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Removes a stale lock whose content was `stale`, unless another run replaced it meanwhile. */
function takeOver(file: string, stale: string): void {
  const aside = `${file}-stale-${newTag()}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // gone already: the next attempt creates it
  }
  let moved = '';
  try {
    moved = fs.readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as what was read
    moved = stale;
  }
  if (moved !== stale) {
    // Another run's fresh lock: put it back (unless yet another took its place) and stop.
    try {
      fs.linkSync(aside, file);
    } catch {
      // a newer lock is in place
    }
    try {
      fs.unlinkSync(aside);
    } catch {
      // nothing more to do
    }
    throw busy(file, readLock(file)?.holder);
  }
  try {
    fs.unlinkSync(aside);
  } catch {
    // left for a later run
  }
}

function isRunning(pid: number): boolean {
  return pid === process.pid || processMayRun(pid);
}

function busy(file: string, holder: Holder | undefined): DiscloseError {
  const who = holder ? `process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''}${holder.started ? `, started ${holder.started}` : ''}` : 'a run that is starting';
  return new DiscloseError(
    'E_BUSY',
    `another disclose run is writing this output folder (${who})`,
    { file },
    `Nothing was changed. Wait for that run to finish, or write to another folder. If no such run is going on (its machine restarted), remove ${file}.`,
  );
}
