import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLive, newTag, removeLeftover, siblingPath, siblingsOf, staleSiblings } from '../../src/io/leftovers.js';
import { deadPid, livePid } from '../helpers/pids.js';
import { tmp } from '../helpers/tree.js';

describe('leftovers', () => {
  it('names siblings after the target and finds only well-formed ones of that target', () => {
    const dir = tmp();
    const target = path.join(dir, 'pack');
    const dead = deadPid();
    const names = [
      `.pack.disclose-tmp-${dead}-0badf00d`,
      `.pack.disclose-old-${dead}-deadbeef`,
      `.pack2.disclose-tmp-${dead}-0badf00d`, // another target
      `.pack.disclose-tmp-${dead}-xyz`, // not a tag
      `.pack.disclose-new-${dead}-0badf00d`, // not a kind
      '.pack.disclose-tmp-0-0badf00d', // pid 0 is the process group, never a writer
      'pack.disclose-tmp-1-0badf00d', // not hidden
    ];
    for (const n of names) writeFileSync(path.join(dir, n), '');
    expect(siblingPath(target, 'tmp', `${dead}-0badf00d`)).toBe(path.join(dir, names[0]!));
    expect(siblingsOf(target)).toEqual([
      { path: path.join(dir, names[1]!), kind: 'old', pid: dead, tag: `${dead}-deadbeef` },
      { path: path.join(dir, names[0]!), kind: 'tmp', pid: dead, tag: `${dead}-0badf00d` },
    ]);
    expect(siblingsOf(path.join(dir, 'missing', 'pack'))).toEqual([]);
  });

  it('a sibling is live while its process runs, and this process owns only the tags it made', () => {
    const at = (pid: number, tag = `${pid}-0badf00d`) => ({ path: '/x', kind: 'tmp' as const, pid, tag });
    expect(isLive(at(livePid()))).toBe(true);
    expect(isLive(at(deadPid()))).toBe(false);
    expect(isLive(at(process.pid, newTag()))).toBe(true);
    // Same pid, a tag this process never made: an earlier process that had this pid.
    expect(isLive(at(process.pid))).toBe(false);
    // A pid no process can have is not claimed to be dead.
    expect(isLive(at(9_999_999_999))).toBe(true);
  });

  it('staleSiblings lists only those of processes that no longer run, by kind', () => {
    const dir = tmp();
    const target = path.join(dir, 'policy.md');
    const dead = deadPid();
    const live = livePid();
    for (const n of [`tmp-${dead}-00000001`, `old-${dead}-00000002`, `tmp-${live}-00000003`, `old-${live}-00000004`]) writeFileSync(path.join(dir, `.policy.md.disclose-${n}`), '');
    expect(staleSiblings(target).map((s) => path.basename(s.path))).toEqual([`.policy.md.disclose-old-${dead}-00000002`, `.policy.md.disclose-tmp-${dead}-00000001`]);
    expect(staleSiblings(target, ['tmp']).map((s) => s.kind)).toEqual(['tmp']);
  });

  it('removeLeftover removes files and folders, or only files when asked', () => {
    const dir = tmp();
    const target = path.join(dir, 'pack');
    const dead = deadPid();
    mkdirSync(path.join(dir, `.pack.disclose-tmp-${dead}-00000001`, 'data'), { recursive: true });
    writeFileSync(path.join(dir, `.pack.disclose-tmp-${dead}-00000001`, 'data', 'a.json'), '{}');
    const [folder] = siblingsOf(target);
    removeLeftover(folder!, { filesOnly: true });
    expect(existsSync(folder!.path)).toBe(true);
    removeLeftover(folder!);
    expect(existsSync(folder!.path)).toBe(false);
    removeLeftover(folder!); // already gone: no error
  });
});
