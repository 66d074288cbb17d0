/**
 * Issue 21, item 7: two runs writing one output folder. The lock beside --out lets one in and
 * stops the other with E_BUSY; a lock of a process that no longer runs is taken over.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDiscloseError } from '../../src/errors.js';
import { lockOut, lockPathFor } from '../../src/io/out-lock.js';
import { ROOT } from '../helpers/examples.js';
import { deadPid, livePid } from '../helpers/pids.js';
import { tmp } from '../helpers/tree.js';

function busyError(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    expect(isDiscloseError(e) && e.code).toBe('E_BUSY');
    return e as Error;
  }
  throw new Error('no E_BUSY');
}

describe('lockOut', () => {
  it('a second lock of the same folder is E_BUSY naming the holder; after release it is free', () => {
    const out = path.join(tmp(), 'pack');
    const lock = lockOut(out);
    expect(lock.file).toBe(path.join(path.dirname(out), '.pack.disclose-lock'));
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    const e = busyError(() => lockOut(out));
    expect(e.message).toContain(`another disclose run is writing this output folder (process ${process.pid}`);
    expect((e as { hint?: string }).hint).toContain('Nothing was changed');
    lock.release();
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockOut(out).release();
  });
  it('takes over the lock of a process that no longer runs', () => {
    const out = path.join(tmp(), 'pack');
    writeFileSync(lockPathFor(out), JSON.stringify({ pid: deadPid(), host: hostname(), started: '2026-01-01T00:00:00Z' }));
    const lock = lockOut(out);
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
  it('never takes over the lock of a live process, or of another host', () => {
    const out = path.join(tmp(), 'pack');
    writeFileSync(lockPathFor(out), JSON.stringify({ pid: livePid(), host: hostname(), started: 'x' }));
    busyError(() => lockOut(out));
    writeFileSync(lockPathFor(out), JSON.stringify({ pid: deadPid(), host: 'elsewhere.example', started: 'x' }));
    expect(busyError(() => lockOut(out)).message).toContain('on elsewhere.example');
    expect(existsSync(lockPathFor(out))).toBe(true);
  });
  it('an empty lock (its writer killed while creating it) is busy for a while, then stale', () => {
    const out = path.join(tmp(), 'pack');
    writeFileSync(lockPathFor(out), '');
    busyError(() => lockOut(out));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(out), old, old);
    lockOut(out).release();
  });
  it('a folder that cannot hold the lock is E_WRITE', () => {
    try {
      lockOut(path.join(tmp(), 'missing', 'pack'));
      expect.unreachable();
    } catch (e) {
      expect(isDiscloseError(e) && e.code).toBe('E_WRITE');
    }
  });
});

describe('runs in separate processes', () => {
  for (const stale of [false, true]) it(`of 8 processes locking one folder at once${stale ? ' over a stale lock' : ''}, exactly one holds it; the others are E_BUSY`, async () => {
    const out = path.join(tmp(), 'pack');
    if (stale) writeFileSync(lockPathFor(out), JSON.stringify({ pid: deadPid(), host: hostname(), started: 'x' }));
    // The built module and what it imports, copied so a concurrent rebuild of dist/ cannot break it.
    const lib = tmp();
    mkdirSync(path.join(lib, 'io'));
    for (const f of ['io/out-lock.js', 'io/leftovers.js', 'errors.js']) copyFileSync(path.join(ROOT, 'dist', f), path.join(lib, f));
    writeFileSync(path.join(lib, 'package.json'), '{"type":"module"}\n');
    // The holder keeps the lock until every other process has tried (a file per finished try).
    const tries = tmp();
    const script = `
      import { readdirSync, writeFileSync } from 'node:fs';
      const { lockOut } = await import(${JSON.stringify(path.join(lib, 'io', 'out-lock.js'))});
      try {
        const l = lockOut(${JSON.stringify(out)});
        process.stdout.write('held');
        for (let i = 0; i < 600 && readdirSync(${JSON.stringify(tries)}).length < 7; i++) await new Promise((r) => setTimeout(r, 50));
        l.release();
      } catch (e) {
        process.stdout.write(e.code ?? String(e));
        writeFileSync(${JSON.stringify(tries)} + '/' + process.pid, '');
      }`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => new Promise<string>((resolve) => {
        const c = spawn(process.execPath, ['--input-type=module', '-e', script]);
        let s = '';
        c.stdout.on('data', (d) => (s += d));
        c.on('exit', () => resolve(s));
      })),
    );
    expect(results.filter((r) => r === 'held'), results.join(' ')).toHaveLength(1);
    expect(results.filter((r) => r === 'E_BUSY'), results.join(' ')).toHaveLength(7);
    expect(existsSync(lockPathFor(out))).toBe(false);
  }, 60_000);
});
