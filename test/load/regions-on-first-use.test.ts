/**
 * Region profiles of ours are resolved when first used: a render for one region does not merge and
 * cite the other profiles (start-up of `render`, stop 26). What the quoting check needs of every
 * profile comes from the build, the same texts a command would make; a project's own profile is
 * still resolved at load, so its errors stop the load as before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject, render } from '../../src/index.js';
import { builtinRegionTexts } from '../../src/load/builtin-data.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { loadRegions, profileFromBuild, regionFile } from '../../src/load/regions.js';
import { regionTexts } from '../../src/claims/quoted-texts.js';
import { EXAMPLES, ROOT } from '../helpers/examples.js';

/** How many profiles the map holds resolved (Map's own count, not the ids it knows). */
const resolvedCount = (m: Map<string, unknown>) => Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!.call(m) as number;

describe('region profiles resolved on first use', () => {
  it('a render for eu resolves eu alone; one for sg resolves sg and the group it extends', () => {
    const project = loadProject({ cwd: EXAMPLES, org: path.join(EXAMPLES, 'organization.yaml') });
    const regions = project.catalog.regions;
    expect(resolvedCount(regions)).toBe(0);
    expect(regions.size).toBe(10);
    render(project, path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), { region: 'eu' });
    expect(resolvedCount(regions)).toBe(1);
    render(project, path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), { region: 'sg' });
    expect(resolvedCount(regions)).toBe(3);
  });

  it('lists every id, each after the profile it extends, and resolves a profile once', () => {
    const { regions, order } = loadRegions([path.join(ROOT, 'regions')]);
    const ids = [...regions.keys()];
    expect(ids.indexOf('sea')).toBeLessThan(ids.indexOf('sg'));
    expect(new Set(ids)).toEqual(new Set(order));
    expect(regions.get('sg')).toBe(regions.get('sg'));
    expect(regions.get('sg')!.group).toBe('sea');
    expect([...regions.values()].map((r) => r.id)).toEqual(ids);
    expect(regionFile(regions, 'eu')).toBe(path.join(ROOT, 'regions', 'eu.yaml'));
    expect(regions.get('nowhere')).toBeUndefined();
  });

  it("a project's own profile is resolved at load: its error stops the load", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-regions-'));
    writeFileSync(path.join(dir, 'br.yaml'), 'id: br\nextends: eu\nlegalBasisArticles:\n  consent: "gdpr 6(1)(a)(i)(x)"\n');
    expect(() => loadRegions([path.join(ROOT, 'regions'), dir])).toThrow(/citation "gdpr 6\(1\)\(a\)\(i\)\(x\)": .* has 5 levels/);
  });

  it("the build's texts of each profile are what a command would make of it, in every shipped locale", () => {
    const catalog = loadCatalog();
    let compared = 0;
    for (const lng of catalog.locales) {
      const built = builtinRegionTexts(lng);
      expect(built, `dist/builtin-corpus/${lng}.json`).toBeDefined();
      for (const id of catalog.regions.keys()) {
        expect(profileFromBuild(catalog.regions, id)).toBe(true);
        expect(built![id], `${id} in ${lng}`).toEqual(regionTexts(catalog.region(id), lng));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(100);
  });
});
