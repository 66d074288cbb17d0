/**
 * Reading a project's approved wording resolves only the region profiles that can name a key, cue
 * or snippet disclose does not have: the project's own (and any of ours edited since the build).
 * Ours from the build stay unresolved until a command uses them (stop 26's region on first use), so
 * a project with an override file no longer resolves all ten of them on every check (stop 27, SI).
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/index.js';
import { readOverrides } from '../../src/load/overrides.js';
import { FIXTURE } from '../helpers/project.js';

/** The ids of the profiles the map holds resolved (Map's own keys, not the ids it knows). */
const resolved = (m: Map<string, unknown>) => [...(Map.prototype.keys.call(m) as IterableIterator<string>)].sort();

describe('approved wording and the region profiles', () => {
  it("reading the fixture's overrides resolves its own profiles, not ours", () => {
    const project = loadProject({ cwd: FIXTURE });
    const regions = project.catalog.regions;
    // The project's own profiles (eu-strict, br) are resolved at load, with the ones they extend.
    const atLoad = resolved(regions);
    expect(atLoad).toContain('eu-strict');
    const overrides = readOverrides(project.catalog);
    expect(overrides.entries.length).toBeGreaterThan(0);
    for (const kind of ['wording', 'reader', 'snippet'] as const) overrides.known(kind, 'de');
    expect(resolved(regions)).toEqual(atLoad);
    expect(regions.size).toBeGreaterThan(atLoad.length);
  });

  it("a key only one of ours from the build names is still known: then those profiles are resolved", () => {
    const project = loadProject({ cwd: FIXTURE });
    const regions = project.catalog.regions;
    const overrides = readOverrides(project.catalog);
    // vn's element names the cue ad_frequency, which only the vi reader has: an en override of it is known.
    expect(overrides.known('reader', 'en').has('cues.ad_frequency')).toBe(true);
    expect(resolved(regions)).toEqual([...regions.keys()].sort());
    expect(overrides.known('reader', 'en').has('cues.no_such_cue')).toBe(false);
    expect(overrides.known('snippet').has('clause/no_such_snippet')).toBe(false);
  });
});
