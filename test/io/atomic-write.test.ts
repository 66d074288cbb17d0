import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareWrite, removeStaleTemps, snapshotOf, writeFileAtomic, writeFilesAtomic, type AtomicWriteOps } from '../../src/io/atomic-write.js';
import { readTextSnapshot } from '../../src/io/read-exact.js';
import { performance } from 'node:perf_hooks';
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

describe('a write given the file as read (expect)', () => {
  const snap = (file: string) => snapshotOf(statSync(file), readFileSync(file));
  it('replaces the file when it is unchanged, also when only its time changed', () => {
    const dir = tmp();
    const file = path.join(dir, 'policy.md');
    writeFileSync(file, 'old');
    const s = snap(file);
    fs.utimesSync(file, new Date(2000, 1, 1), new Date(2000, 1, 1));
    writeFileAtomic(file, 'new', undefined, s);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
  for (const [what, change, message] of [
    ['edited (same size)', (f: string) => writeFileSync(f, 'OLD'), /it was modified|its content differs/],
    ['grown', (f: string) => fs.appendFileSync(f, ' and more'), /its size is 12 bytes, not 3/],
    ['replaced by another file', (f: string) => { writeFileSync(`${f}.x`, 'old'); fs.renameSync(`${f}.x`, f); }, /replaced by another file/],
    ['removed', (f: string) => fs.unlinkSync(f), /it was removed/],
  ] as const) {
    it(`refuses a file ${what} since it was read: E_CONFLICT, the file as it is, the new text beside it`, () => {
      const dir = tmp();
      const file = path.join(dir, 'policy.md');
      writeFileSync(file, 'old');
      const s = snap(file);
      change(file);
      const now = existsSync(file) ? readFileSync(file) : undefined;
      try {
        writeFileAtomic(file, 'new', undefined, s);
        expect.unreachable();
      } catch (e) {
        expect(isDiscloseError(e) && e.code).toBe('E_CONFLICT');
        expect((e as Error).message).toMatch(message);
        expect(isDiscloseError(e) && e.hint).toContain(path.join(dir, 'policy.synced.md'));
      }
      expect(existsSync(file) ? readFileSync(file) : undefined).toEqual(now);
      expect(readFileSync(path.join(dir, 'policy.synced.md'), 'utf8')).toBe('new');
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    });
  }
  it('replaces none of several files when one of them changed', () => {
    const dir = tmp();
    const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')];
    writeFileSync(a, 'old a');
    writeFileSync(b, 'old b');
    const [sa, sb] = [snap(a), snap(b)];
    writeFileSync(b, 'edited b');
    expect(() => writeFilesAtomic([{ file: a, data: 'new a', expect: sa }, { file: b, data: 'new b', expect: sb }])).toThrow(/changed while disclose was running/);
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(readFileSync(b, 'utf8')).toBe('edited b');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'b.synced.md']);
  });
  it('a file edited while an earlier one is renamed: that one and the later ones stay as they are, no temporary file is left', () => {
    const dir = tmp();
    const [a, b, c] = ['a.md', 'b.md', 'c.md'].map((n) => path.join(dir, n)) as [string, string, string];
    for (const f of [a, b, c]) writeFileSync(f, `old ${path.basename(f)}`);
    const snaps = [a, b, c].map(snap);
    const ops: AtomicWriteOps = { ...real, renameSync: (from, to) => { real.renameSync(from, to); if (to === a) writeFileSync(b, 'edited b'); } };
    expect(() => writeFilesAtomic([a, b, c].map((file, i) => ({ file, data: `new ${i}`, expect: snaps[i] })), ops)).toThrow(/changed while disclose was running/);
    expect([a, b, c].map((f) => readFileSync(f, 'utf8'))).toEqual(['new 0', 'edited b', 'old c.md']);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'b.synced.md', 'c.md']);
  });
  it('keeps the mode of the file, not narrowed by the umask', () => {
    const dir = tmp();
    const file = path.join(dir, 'policy.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o666);
    writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o666);
  });
  it('writes a file with another hard link in place (same inode, the link sees the new text)', () => {
    const dir = tmp();
    const file = path.join(dir, 'policy.md');
    writeFileSync(file, 'a longer old text');
    fs.linkSync(file, path.join(dir, 'other.md'));
    const ino = statSync(file).ino;
    writeFileAtomic(file, 'new', undefined, snap(file));
    expect(statSync(file).ino).toBe(ino);
    expect(readFileSync(path.join(dir, 'other.md'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['other.md', 'policy.md']);
  });
});

describe('readTextSnapshot', () => {
  it('refuses a file over the limit from its size, before reading it (a 3 GB sparse file)', () => {
    const dir = tmp();
    const file = path.join(dir, 'huge.md');
    writeFileSync(file, '');
    fs.truncateSync(file, 3 * 1024 ** 3);
    const t = performance.now();
    try {
      readTextSnapshot(file);
      expect.unreachable();
    } catch (e) {
      expect(isDiscloseError(e) && e.code).toBe('E_FILE_TOO_LARGE');
      expect((e as Error).message).toBe('file is 3221225472 bytes; the limit is 16777216 bytes');
    }
    expect(performance.now() - t).toBeLessThan(1000);
  });
  it('reads a file of exactly the limit, and refuses one byte more', () => {
    const dir = tmp();
    const file = path.join(dir, 'p.md');
    writeFileSync(file, 'abcd');
    expect(readTextSnapshot(file, 4).text).toBe('abcd');
    expect(() => readTextSnapshot(file, 3)).toThrow(/file is 4 bytes; the limit is 3 bytes/);
  });
});
