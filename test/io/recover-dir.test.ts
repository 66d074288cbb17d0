import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAtomicDir } from '../../src/io/atomic-dir.js';
import { recoverAtomicDir } from '../../src/io/recover-dir.js';
import { cli } from '../helpers/cli.js';
import { deadPid, livePid } from '../helpers/pids.js';
import { copyExamples, readTree, tmp } from '../helpers/tree.js';

function folder(dir: string, name: string, files: Record<string, string>): string {
  const d = path.join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    writeFileSync(path.join(d, f), text);
  }
  return d;
}

const text = (d: string) => Object.fromEntries([...readTree(d)].map(([k, v]) => [k, v.toString('utf8')]));

describe('recoverAtomicDir', () => {
  it('restores the previous version when a run was killed between the two renames of the swap', () => {
    const dir = tmp();
    const dead = deadPid();
    const old = folder(dir, `.pack.disclose-old-${dead}-00000001`, { 'index.html': 'old', 'data/a.json': '{}' });
    folder(dir, `.pack.disclose-tmp-${dead}-00000001`, { 'index.html': 'new, unfinished' });
    const r = recoverAtomicDir(path.join(dir, 'pack'));
    expect(r.restored).toBe(old);
    expect(text(path.join(dir, 'pack'))).toEqual({ 'index.html': 'old', 'data/a.json': '{}' });
    expect(readdirSync(dir)).toEqual(['pack']);
  });

  it('removes a superseded old version and unfinished new ones once the target exists', () => {
    const dir = tmp();
    const dead = deadPid();
    folder(dir, 'pack', { 'index.html': 'new' });
    folder(dir, `.pack.disclose-old-${dead}-00000001`, { 'index.html': 'old' });
    folder(dir, `.pack.disclose-tmp-${dead}-00000002`, { 'index.html': 'newer, unfinished' });
    const r = recoverAtomicDir(path.join(dir, 'pack'));
    expect(r.restored).toBeUndefined();
    expect(r.removed.map((p) => path.basename(p)).sort()).toEqual([`.pack.disclose-old-${dead}-00000001`, `.pack.disclose-tmp-${dead}-00000002`]);
    expect(readdirSync(dir)).toEqual(['pack']);
    expect(text(path.join(dir, 'pack'))).toEqual({ 'index.html': 'new' });
  });

  it('never touches the siblings of a live process, even with no target (it may be mid-swap)', () => {
    const dir = tmp();
    const live = livePid();
    const names = [`.pack.disclose-old-${live}-00000001`, `.pack.disclose-tmp-${live}-00000001`];
    for (const n of names) folder(dir, n, { 'index.html': n });
    expect(recoverAtomicDir(path.join(dir, 'pack'))).toEqual({ removed: [] });
    expect(readdirSync(dir).sort()).toEqual(names.sort());
  });

  it('of several old versions restores the one renamed last, and removes the others', async () => {
    const dir = tmp();
    const [a, b] = [deadPid(), deadPid()];
    folder(dir, `.pack.disclose-old-${a}-00000001`, { v: 'older' });
    folder(dir, 'staging', { v: 'newer' });
    await new Promise((r) => setTimeout(r, 20)); // distinct change times
    renameSync(path.join(dir, 'staging'), path.join(dir, `.pack.disclose-old-${b}-00000002`));
    recoverAtomicDir(path.join(dir, 'pack'));
    expect(readdirSync(dir)).toEqual(['pack']);
    expect(text(path.join(dir, 'pack'))).toEqual({ v: 'newer' });
  });

  it('leaves other files alone and does nothing when there is nothing to do', () => {
    const dir = tmp();
    folder(dir, 'other', { x: '1' });
    writeFileSync(path.join(dir, '.pack.disclose-tmp-notes'), '');
    expect(recoverAtomicDir(path.join(dir, 'pack'))).toEqual({ removed: [] });
    expect(readdirSync(dir).sort()).toEqual(['.pack.disclose-tmp-notes', 'other']);
    expect(recoverAtomicDir(path.join(dir, 'missing', 'pack'))).toEqual({ removed: [] });
  });
});

describe('withAtomicDir recovers first', () => {
  it('restores the previous version before building, so the build replaces it as usual', async () => {
    const dir = tmp();
    const dead = deadPid();
    folder(dir, `.out.disclose-old-${dead}-00000001`, { 'a.txt': 'old' });
    folder(dir, `.out.disclose-tmp-${dead}-00000001`, { 'a.txt': 'unfinished' });
    const seen = await withAtomicDir(path.join(dir, 'out'), async (t) => {
      // During the build the restored previous version is in place and the leftovers are gone.
      const during = { target: readFileSync(path.join(dir, 'out', 'a.txt'), 'utf8'), names: readdirSync(dir).sort() };
      writeFileSync(path.join(t, 'b.txt'), 'new');
      return during;
    });
    expect(seen.target).toBe('old');
    // The run's lock (src/io/out-lock.ts) sits beside the folder while it builds, and is gone after.
    expect(seen.names).toEqual(['.out.disclose-lock', expect.stringMatching(new RegExp(`^\\.out\\.disclose-tmp-${process.pid}-[0-9a-f]{8}$`)), 'out']);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(text(path.join(dir, 'out'))).toEqual({ 'b.txt': 'new' });
  });

  it('a failed build after a restore leaves the restored previous version', async () => {
    const dir = tmp();
    folder(dir, `.out.disclose-old-${deadPid()}-00000001`, { 'a.txt': 'old' });
    await expect(withAtomicDir(path.join(dir, 'out'), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(readdirSync(dir)).toEqual(['out']);
    expect(text(path.join(dir, 'out'))).toEqual({ 'a.txt': 'old' });
  });
});

describe('reading an earlier pack left mid-swap', () => {
  it('restores the earlier pack and reads it', async () => {
    const dir = copyExamples();
    const args = ['export', 'templates', '--regions', 'eu', '--quiet'];
    expect((await cli([...args, '--out', 'before'], dir)).code).toBe(0);
    const before = readTree(path.join(dir, 'before'));
    const hidden = path.join(dir, `.before.disclose-old-${deadPid()}-00000001`);
    renameSync(path.join(dir, 'before'), hidden);
    const r = await cli([...args, '--out', 'after', '--since', 'before'], dir);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(existsSync(hidden)).toBe(false);
    expect(readTree(path.join(dir, 'before'))).toEqual(before);
    expect(readFileSync(path.join(dir, 'after', 'changes.md'), 'utf8')).toMatch(/^# /);
    expect(JSON.parse(readFileSync(path.join(dir, 'after', 'summary.json'), 'utf8'))).toEqual(expect.arrayContaining([expect.objectContaining({ change: 'unchanged' })]));
  });

  it('export-merge restores a shard before reading it', async () => {
    const dir = copyExamples();
    const args = ['export', 'templates', '--regions', 'eu', '--quiet'];
    for (const i of [1, 2]) expect((await cli([...args, '--shard', `${i}/2`, '--out', `s${i}`], dir)).code).toBe(0);
    expect((await cli([...args, '--out', 'whole'], dir)).code).toBe(0);
    const shard = readTree(path.join(dir, 's1'));
    renameSync(path.join(dir, 's1'), path.join(dir, `.s1.disclose-old-${deadPid()}-00000001`));
    expect((await cli(['export-merge', 's1', 's2', '--out', 'merged', '--quiet'], dir)).code).toBe(0);
    expect(readTree(path.join(dir, 's1'))).toEqual(shard);
    expect(readTree(path.join(dir, 'merged'))).toEqual(readTree(path.join(dir, 'whole')));
    expect(readdirSync(dir).filter((n) => n.includes('.disclose-'))).toEqual([]);
  });
});
