/**
 * The cache file written entry by entry (`CacheWriter`): entries go to a temporary file beside the
 * cache file as they are added, and the cache file is replaced only by `commit`; an aborted run
 * leaves the old file as it was and no temporary file; a file cut anywhere short of its end (a run
 * killed while the tables are written, a disk filled) is refused with a note, never read as a
 * cache. Library-level, small files in a temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheWriter, readCache, writeCache, type CacheOptions } from '../../src/cache/store.js';

interface E {
  key: string;
  n: number;
}
const isE = (v: unknown): v is E => typeof v === 'object' && v !== null && typeof (v as E).key === 'string' && typeof (v as E).n === 'number';

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclose-writer-'));
  const notes: string[] = [];
  const cache: CacheOptions = { dir, cwd: dir, note: (t) => notes.push(t) };
  return { dir, file: path.join(dir, 'export.json'), cache, notes };
}

describe('CacheWriter', () => {
  it('writes entries beside the cache file and replaces it only on commit', () => {
    const { dir, file, cache, notes } = setup();
    writeCache(file, 'export', 'g', new Map([['old.yaml', { key: 'o', n: 0 }]]), cache);
    const old = readFileSync(file, 'utf8');
    const writer = new CacheWriter<E>(file, 'export', 'g', cache);
    for (let i = 0; i < 5000; i++) writer.add(`t${i}.yaml`, { key: `k${i}`, n: i });
    // Entries have gone to the temporary file as they came (more than a 64 KB chunk of them); the cache file is still the old one.
    expect(readFileSync(file, 'utf8')).toBe(old);
    const tmp = readdirSync(dir).filter((n) => n.includes('disclose-tmp'));
    expect(tmp).toHaveLength(1);
    expect(readFileSync(path.join(dir, tmp[0]!), 'utf8')).toMatch(/^\{"format":"disclose-cache".*"entries":\{"t0\.yaml":/);
    writer.add('t0.yaml', { key: 'again', n: -1 });
    writer.commit({ where: [1, 2] });
    expect(readdirSync(dir)).toEqual(['export.json']);
    const read = readCache(file, 'export', 'g', isE, cache, (x) => typeof x === 'object');
    expect(read.size).toBe(5000);
    // A key added twice keeps its first entry.
    expect(read.get('t0.yaml')).toEqual({ key: 'k0', n: 0 });
    expect(read.get('t4999.yaml')).toEqual({ key: 'k4999', n: 4999 });
    expect(notes).toEqual([]);
  });

  it('an aborted run leaves the cache file as it was', () => {
    const { dir, file, cache } = setup();
    writeCache(file, 'export', 'g', new Map([['old.yaml', { key: 'o', n: 0 }]]), cache);
    const old = readFileSync(file, 'utf8');
    const writer = new CacheWriter<E>(file, 'export', 'g', cache);
    writer.add('new.yaml', { key: 'n', n: 1 });
    writer.abort();
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(readdirSync(dir)).toEqual(['export.json']);
  });

  it('a file cut short anywhere is refused with a note', () => {
    const { file, cache, notes } = setup();
    writeCache(file, 'export', 'g', new Map(Array.from({ length: 50 }, (_, i) => [`t${i}.yaml`, { key: `k${i}`, n: i }])), cache, undefined, { names: ['x'] });
    const whole = readFileSync(file, 'utf8');
    // In the entries, in the tables written after them, and just before the last brace.
    for (const at of [whole.indexOf('"entries"') + 40, whole.indexOf('"values"') + 20, whole.indexOf('"shapes"') + 5, whole.length - 1]) {
      writeFileSync(file, whole.slice(0, at));
      notes.length = 0;
      expect(readCache(file, 'export', 'g', isE, cache, () => true).size, `cut at ${at}`).toBe(0);
      expect(notes.join(''), `cut at ${at}`).toMatch(/was ignored \(it is not valid JSON: damaged or cut short\)/);
    }
  });
});
