import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareWrite, removeStaleTemps, writeFileAtomic, writeFilesAtomic, type AtomicWriteOps } from '../../src/io/atomic-write.js';
import { isDiscloseError } from '../../src/errors.js';
import { deadPid, livePid } from '../helpers/pids.js';
import { tmp } from '../helpers/tree.js';

const real: AtomicWriteOps = {
  openSync: (f, flags, mode) => fs.openSync(f, flags, mode),
  writeSync: (fd, d) => fs.writeSync(fd, d),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (f) => fs.unlinkSync(f),
};

function failing(step: keyof AtomicWriteOps, calls: string[] = []): AtomicWriteOps {
  const ops = { ...real };
  for (const k of Object.keys(real) as Array<keyof AtomicWriteOps>) {
    const fn = real[k] as (...a: unknown[]) => unknown;
    (ops as Record<string, unknown>)[k] = (...args: unknown[]) => {
      calls.push(k);
      if (k === step) throw Object.assign(new Error(`simulated ${k} failure`), { code: 'EIO' });
      return fn(...args);
    };
  }
  return ops;
}

describe('writeFileAtomic', () => {
  it('replaces the file, flushing the temporary file before the rename, and leaves no temporary file', () => {
    const dir = tmp();
    const file = path.join(dir, 'policy.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    const calls: string[] = [];
    writeFileAtomic(file, '\uFEFFnew\r\n', failing('unlinkSync', calls));
    expect(readFileSync(file)).toEqual(Buffer.from('\uFEFFnew\r\n', 'utf8'));
    expect(calls.indexOf('fsyncSync')).toBeLessThan(calls.indexOf('renameSync'));
    expect(calls.indexOf('closeSync')).toBeLessThan(calls.indexOf('renameSync'));
    expect(readdirSync(dir)).toEqual(['policy.md']);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  for (const step of ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync'] as const) {
    it(`a failing ${step} leaves the old file and no temporary file, as E_WRITE`, () => {
      const dir = tmp();
      const file = path.join(dir, 'policy.md');
      writeFileSync(file, 'old text');
      try {
        writeFileAtomic(file, 'new text', failing(step));
        expect.unreachable();
      } catch (e) {
        expect(isDiscloseError(e) && e.code).toBe('E_WRITE');
        expect(isDiscloseError(e) && e.file).toBe(file);
      }
      expect(readFileSync(file, 'utf8')).toBe('old text');
      expect(readdirSync(dir)).toEqual(['policy.md']);
    });
  }

  it('fails cleanly when the folder does not exist', () => {
    const dir = tmp();
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'p.md'), 'x')).toThrow(/could not write the file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces the file a symbolic link points to and keeps the link', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'policy.md');
    writeFileSync(target, 'old');
    const link = path.join(dir, 'policy.md');
    symlinkSync(target, link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});

describe('writeFilesAtomic', () => {
  it('writes nothing when one of the files cannot be prepared', () => {
    const dir = tmp();
    const a = path.join(dir, 'a.md');
    writeFileSync(a, 'old a');
    const b = path.join(dir, 'nowhere', 'b.md');
    expect(() => writeFilesAtomic([{ file: a, data: 'new a' }, { file: b, data: 'new b' }])).toThrow(/could not write/);
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a.md']);
    expect(existsSync(path.dirname(b))).toBe(false);
  });
  it('an aborted preparation removes its temporary file', () => {
    const dir = tmp();
    const p = prepareWrite(path.join(dir, 'x.md'), 'x');
    expect(readdirSync(dir)).toHaveLength(1);
    p.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('temporary files left by killed processes', () => {
  it('a write removes those of processes that no longer run, and keeps those of live ones and other files', () => {
    const dir = tmp();
    const file = path.join(dir, 'policy.md');
    writeFileSync(file, 'old');
    const dead = `.policy.md.disclose-tmp-${deadPid()}-0badf00d`;
    const live = `.policy.md.disclose-tmp-${livePid()}-0badf00d`;
    const other = `.other.md.disclose-tmp-${deadPid()}-0badf00d`;
    for (const n of [dead, live, other]) writeFileSync(path.join(dir, n), 'half');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual([other, live, 'policy.md'].sort());
  });

  it('beside the file a link points to, and never a folder', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'policy.md'), 'old');
    symlinkSync(path.join(dir, 'real', 'policy.md'), path.join(dir, 'policy.md'));
    const pid = deadPid();
    writeFileSync(path.join(dir, 'real', `.policy.md.disclose-tmp-${pid}-00000001`), 'half');
    mkdirSync(path.join(dir, 'real', `.policy.md.disclose-tmp-${pid}-00000002`));
    removeStaleTemps(path.join(dir, 'policy.md'));
    expect(readdirSync(path.join(dir, 'real')).sort()).toEqual([`.policy.md.disclose-tmp-${pid}-00000002`, 'policy.md']);
  });
});
