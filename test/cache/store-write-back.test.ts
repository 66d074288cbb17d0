/**
 * The cache file's write-back (`writeCache` with the map `readCache` returned): an entry the run
 * did not change keeps the code it was read with, new and changed entries are encoded onto the
 * same tables, and every entry reads back as what was written; tables grown by half since they
 * were made afresh are made afresh. Library-level, small files in a temporary folder.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCache, writeCache, type CacheOptions } from '../../src/cache/store.js';

interface E {
  key: string;
  n: number;
  tags: string[];
}
const isE = (v: unknown): v is E => typeof v === 'object' && v !== null && typeof (v as E).key === 'string';
const entry = (i: number, tag = 'same'): E => ({ key: `k${i}`, n: i, tags: [tag, `own-${i}`] });

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclose-store-'));
  const notes: string[] = [];
  const cache: CacheOptions = { dir, cwd: dir, note: (t) => notes.push(t) };
  return { file: path.join(dir, 'check.json'), cache, notes };
}
const raw = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { values: unknown[]; entries: Record<string, unknown>; fresh: number };

describe('cache write-back', () => {
  it('keeps the codes of unchanged entries and reads back every entry as written', () => {
    const { file, cache, notes } = setup();
    const first = new Map(Array.from({ length: 20 }, (_, i) => [`t${i}.yaml`, entry(i)]));
    writeCache(file, 'check', 'g', first, cache);
    const before = raw(file);
    const read = readCache(file, 'check', 'g', isE, cache);
    expect(read).toEqual(first);
    // One entry changed (a new object), one removed, one added; the others are the objects read.
    const next = new Map(read);
    next.set('t3.yaml', entry(3, 'changed'));
    next.delete('t5.yaml');
    next.set('t20.yaml', entry(20));
    writeCache(file, 'check', 'g', next, cache, read);
    const after = raw(file);
    expect(after.values.slice(0, before.values.length)).toEqual(before.values);
    expect(after.entries['t0.yaml']).toEqual(before.entries['t0.yaml']);
    expect(after.entries['t5.yaml']).toBeUndefined();
    expect(after.fresh).toBe(before.fresh);
    expect(readCache(file, 'check', 'g', isE, cache)).toEqual(next);
    expect(notes).toEqual([]);
  });

  it('encodes every entry afresh once the tables have grown by half', () => {
    const { file, cache } = setup();
    let map = new Map(Array.from({ length: 10 }, (_, i) => [`t${i}.yaml`, entry(i)]));
    writeCache(file, 'check', 'g', map, cache);
    const fresh = raw(file).fresh;
    // Each round changes every entry's own value: the old ones stay in the tables until they are made afresh.
    let grown = false;
    for (let round = 1; round <= 4; round++) {
      const read = readCache(file, 'check', 'g', isE, cache);
      map = new Map([...read].map(([k, v]) => [k, { ...v, tags: [v.tags[0]!, `round-${round}-${v.n}`] }]));
      writeCache(file, 'check', 'g', map, cache, read);
      const r = raw(file);
      expect(r.values.length).toBeLessThanOrEqual(Math.max(fresh, r.fresh) * 1.5);
      // Made afresh: the first write's own values, which no entry uses now, are gone.
      if (!r.values.includes('own-0')) grown = true;
      expect(readCache(file, 'check', 'g', isE, cache)).toEqual(map);
    }
    expect(grown).toBe(true);
  });

  it('a cache made for other inputs lends nothing: every entry is encoded afresh', () => {
    const { file, cache } = setup();
    writeCache(file, 'check', 'old', new Map([['a.yaml', entry(1)]]), cache);
    const read = readCache(file, 'check', 'new', isE, cache);
    expect(read.size).toBe(0);
    const map = new Map([['b.yaml', entry(2)]]);
    writeCache(file, 'check', 'new', map, cache, read);
    expect(raw(file).values).not.toContain('own-1');
    expect(readCache(file, 'check', 'new', isE, cache)).toEqual(map);
  });
});
