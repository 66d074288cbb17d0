/**
 * Review 11 L11-7: a pack says the date its findings were judged as of (dpf-list-check compares the
 * recorded DPF List checks with it), once in pack.json and on the index and summary.md; export-merge
 * refuses shards judged as of different dates. Library calls, two templates, one region.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isManifest, PACK_FORMAT_VERSION, REPLACEABLE_FORMAT_VERSIONS } from '../../src/export/manifest.js';
import { copyExamples } from '../helpers/tree.js';

const LINE = 'Findings judged as of 2026-12-07 (--as-of / asOf; dates checked by rule dpf-list-check)';
const read = (dir: string, ...parts: string[]) => readFileSync(path.join(dir, ...parts), 'utf8');
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the date the findings were judged as of', () => {
  it('is in pack.json, on the index and in summary.md; shards judged as of other dates are not merged', async () => {
    const { loadProject, exportPack, mergePacks } = await import('../../src/index.js');
    const dir = copyExamples();
    // One template: shard 1/2 holds it, shard 2/2 none (cheap), and each shard says its date.
    const project = (asOf: string) => loadProject({ cwd: dir, config: false, templates: ['templates/order_shipped.yaml'], regions: ['eu'], asOf });
    const options = (out: string, index: number) => ({ out, formats: ['html' as const, 'md' as const], shard: { index, count: 2 } });
    await exportPack(project('2026-12-07'), options('s1', 1));
    await exportPack(project('2026-12-08'), options('s2', 2));
    const shards = [path.join(dir, 's1'), path.join(dir, 's2')];
    await expect(mergePacks(shards, { out: path.join(dir, 'merged'), cwd: dir })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/s2 was judged as of 2026-12-08, .*s1 as of 2026-12-07/),
    });
    await exportPack(project('2026-12-07'), options('s2', 2));
    await mergePacks(shards, { out: path.join(dir, 'merged'), cwd: dir });
    for (const pack of ['s1', 'merged']) {
      expect((JSON.parse(read(dir, pack, 'pack.json')) as { asOf?: string }).asOf, pack).toBe('2026-12-07');
      expect(textOf(read(dir, pack, 'index.html')), pack).toContain(LINE);
      expect(read(dir, pack, 'summary.md'), pack).toContain(`\n${LINE}\n`);
    }
  });

  it('is optional in pack.json (format-7 packs written before it still read) and must be a date', () => {
    const base = { format: 'disclose-review-pack', formatVersion: PACK_FORMAT_VERSION, disclose: '0', columns: [], formats: [], run: { templates: 0, set: '' }, templates: [], files: [] };
    expect(isManifest(base)).toBe(true);
    // A format-7 pack (before pack format 8) without the date is still read where earlier packs are.
    expect(isManifest({ ...base, formatVersion: 7 }, REPLACEABLE_FORMAT_VERSIONS)).toBe(true);
    expect(isManifest({ ...base, asOf: '2026-12-07' })).toBe(true);
    expect(isManifest({ ...base, asOf: 'yesterday' })).toBe(false);
  });
});
