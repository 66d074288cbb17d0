/**
 * Repairs what a killed `withAtomicDir` left beside a folder. Its swap is two renames (target →
 * `-old-` sibling, `-tmp-` sibling → target); a process killed between them leaves no target and the
 * previous version in the `-old-` sibling. Here, when the target is missing, that sibling is renamed
 * back; then the `-tmp-` siblings (unfinished new versions) and, once the target exists, the `-old-`
 * siblings (superseded versions) of processes that no longer run are removed. Siblings of a live
 * process are never touched. Best effort: what cannot be renamed or removed is left as it was.
 */
import { renameSync } from 'node:fs';
import path from 'node:path';
import { removeLeftover, staleSiblings } from './leftovers.js';
import { lstatOrUndefined } from './lstat.js';

export interface Recovery {
  /** The `-old-` sibling renamed back to the target, if any. */
  restored?: string;
  /** The stale siblings removed. */
  removed: string[];
}

export function recoverAtomicDir(target: string): Recovery {
  const abs = path.resolve(target);
  const result: Recovery = { removed: [] };
  if (!exists(abs)) {
    // Normally at most one; after runs of different versions, the one renamed last is the newest.
    const old = staleSiblings(abs, ['old']).sort((a, b) => changed(b.path) - changed(a.path))[0];
    if (old) {
      try {
        renameSync(old.path, abs);
        result.restored = old.path;
      } catch {
        // another run restored it first, or it cannot be renamed: leave it
      }
    }
  }
  const kinds = exists(abs) ? (['tmp', 'old'] as const) : (['tmp'] as const);
  for (const s of staleSiblings(abs, kinds)) {
    removeLeftover(s);
    if (!exists(s.path)) result.removed.push(s.path);
  }
  return result;
}

const exists = (p: string): boolean => lstatOrUndefined(p) !== undefined;
const changed = (p: string): number => lstatOrUndefined(p)?.ctimeMs ?? 0;
