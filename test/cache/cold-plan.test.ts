/**
 * A cold `export --cache` (no cached entry can be reused) plans without loading the templates: each is
 * loaded once, by phase 1 as it writes it, which reports what the template's cache entry needs (its
 * id and uses). The uses hash those entries record must be the one a warm run's plan works out, or a
 * template with an "only" statement would never be reused.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPack, loadProject } from '../../src/index.js';
import type { Project } from '../../src/project.js';
import { copyExamples, declareExclusiveDelivery, readTree, tmp } from '../helpers/tree.js';

/** The project of `dir` with every template load counted, by file. */
function countingProject(dir: string): { project: Project; loads: Map<string, number> } {
  const project = loadProject({ cwd: dir, config: false, templates: ['templates'] });
  const loads = new Map<string, number>();
  const load = project.loadTemplate.bind(project);
  project.loadTemplate = (file: string) => {
    loads.set(file, (loads.get(file) ?? 0) + 1);
    return load(file);
  };
  return { project, loads };
}

/** A cold cached export and one without the cache, each with its loads counted: the two packs must be the same bytes. */
async function coldAndPlain(dir: string, cache: { dir: string; note: (t: string) => void; cwd: string; stats?: (t: string) => void }) {
  const options = { regions: ['eu', 'california'], jobs: 1 };
  const cold = countingProject(dir);
  await exportPack(cold.project, { ...options, out: path.join(dir, 'pack'), cache });
  const plain = countingProject(dir);
  await exportPack(plain.project, { ...options, out: path.join(dir, 'plain') });
  expect(readTree(path.join(dir, 'pack'))).toEqual(readTree(path.join(dir, 'plain')));
  return { cold: cold.loads, plain: plain.loads, again: () => countingProject(dir), options: { ...options, out: path.join(dir, 'pack'), cache } };
}

describe('a cold export --cache', () => {
  it('loads each template as often as a run without the cache: once, but for the scan for a flow that sells', async () => {
    const dir = copyExamples();
    const { cold, plain } = await coldAndPlain(dir, { dir: tmp(), note: () => {}, cwd: dir });
    expect(cold.size).toBe(7);
    // The plan used to load all seven before phase 1 loaded each again (2 a template, 3 for the one that sells).
    expect(cold).toEqual(plain);
    expect([...cold.values()].sort()).toEqual([1, 1, 1, 1, 1, 1, 2]);
  });

  it('with an "only" statement, records the uses hash a warm plan works out: the next run reuses all seven', async () => {
    const dir = copyExamples();
    declareExclusiveDelivery(dir);
    const stats: string[] = [];
    const cache = { dir: tmp(), note: (t: string) => stats.push(t), cwd: dir, stats: (t: string) => stats.push(t) };
    const { cold, plain, again, options } = await coldAndPlain(dir, cache);
    expect(stats).toEqual(['cache: 0 of 7 templates reused\n']);
    // The "only" statement asks for the project's uses, which both runs find by loading every template once more.
    expect(cold).toEqual(plain);
    stats.length = 0;
    const warm = again();
    await exportPack(warm.project, options);
    expect(stats).toEqual(['cache: 7 of 7 templates reused\n']);
    expect(warm.loads.size).toBe(0);
  });
});
