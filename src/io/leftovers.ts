/**
 * The hidden siblings atomic writes work in, `.<name>.disclose-tmp-<pid>-<hex>` (the new version
 * being written) and `.<name>.disclose-old-<pid>-<hex>` (a folder's previous version during the
 * swap), and which of them a process that no longer runs left behind. A sibling of a live process
 * (or of this process) is never reported as stale, so concurrent runs do not disturb each other.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export type LeftoverKind = 'tmp' | 'old';

export interface Leftover {
  /** Absolute path of the sibling. */
  path: string;
  kind: LeftoverKind;
  pid: number;
  /** `<pid>-<hex>`, as in the name. */
  tag: string;
}

/** Tags this process has handed out; another sibling with this process's pid is from an earlier one. */
const ownTags = new Set<string>();

/** A new `<pid>-<hex>` tag for this process. */
export function newTag(): string {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  ownTags.add(tag);
  return tag;
}

/** The hidden sibling of `target` (an absolute path) of the given kind and tag. */
export function siblingPath(target: string, kind: LeftoverKind | 'backup', tag: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.disclose-${kind}-${tag}`);
}

/** Every tmp/old sibling of `target` (an absolute path); none when its folder cannot be read. */
export function siblingsOf(target: string): Leftover[] {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.disclose-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: Leftover[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|old)-(([0-9]{1,10})-[0-9a-f]{8})$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[3]);
    if (pid <= 0) continue;
    out.push({ path: path.join(dir, name), kind: m[1] as LeftoverKind, pid, tag: m[2]! });
  }
  return out;
}

/** Whether a process with this id may be running on this machine; only a certain "no" is false. */
export function processMayRun(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Whether the process that made `sibling` may still be running; only a certain "no" is false. */
export function isLive(sibling: Leftover): boolean {
  if (sibling.pid === process.pid) return ownTags.has(sibling.tag);
  return processMayRun(sibling.pid);
}

/** The siblings of `target` left by processes that no longer run. */
export function staleSiblings(target: string, kinds: readonly LeftoverKind[] = ['tmp', 'old']): Leftover[] {
  return siblingsOf(target).filter((s) => kinds.includes(s.kind) && !isLive(s));
}

/** Removes a stale sibling; best effort, a sibling that cannot be removed stays. */
export function removeLeftover(sibling: Leftover, opts: { filesOnly?: boolean } = {}): void {
  try {
    if (opts.filesOnly && !lstatSync(sibling.path).isFile()) return;
    rmSync(sibling.path, { recursive: true, force: true });
  } catch {
    // left for a later run
  }
}
