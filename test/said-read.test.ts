/**
 * The rules take what the renderer recorded of disclose's own footer and clause instead of reading
 * them back (src/claims/said-read.ts). Reading them back stays as the oracle: over every example
 * and broken example, every region and locale, with and without the example policies, and over the
 * test fixtures, the findings are the same either way, in the same order.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, loadProject } from '../src/index.js';
import type { Project } from '../src/project.js';
import { EXAMPLES, ROOT } from './helpers/examples.js';

function bothWays(project: () => Project, run: (p: Project) => unknown): { recorded: unknown; readBack: unknown } {
  const a = project();
  const b = project();
  b.readBack = true;
  return { recorded: run(a), readBack: run(b) };
}

describe('findings from the renderer\'s record equal findings from reading the text back', () => {
  it('examples/templates × every region and locale', () => {
    const make = () => loadProject({ cwd: ROOT, templates: [path.join(EXAMPLES, 'templates')], org: path.join(EXAMPLES, 'organization.yaml'), config: false });
    const { recorded, readBack } = bothWays(make, (p) => check(p, { regions: 'all', locales: 'all' }));
    expect((readBack as unknown[]).length).toBeGreaterThan(0);
    expect(recorded).toEqual(readBack);
  });

  it('examples/broken × every region and locale, and with each example policy', () => {
    const broken = path.join(EXAMPLES, 'broken');
    const files = readdirSync(broken).filter((f) => f.endsWith('.yaml')).map((f) => path.join(broken, f));
    const make = () => loadProject({ cwd: broken, templates: files, org: path.join(EXAMPLES, 'organization.yaml'), config: false });
    const all = bothWays(make, (p) => check(p, { regions: 'all', locales: 'all' }));
    expect(all.recorded).toEqual(all.readBack);
    const policies = readdirSync(path.join(EXAMPLES, 'policies')).map((f) => path.join(EXAMPLES, 'policies', f));
    for (const policy of policies) {
      const withPolicy = bothWays(make, (p) => check(p, { policies: [policy] }));
      expect(withPolicy.recorded, policy).toEqual(withPolicy.readBack);
    }
  });

  it('the test fixture project (approved wording: read back either way)', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'project');
    const { recorded, readBack } = bothWays(() => loadProject({ cwd: dir }), (p) => check(p, { regions: 'all', locales: 'all' }));
    expect(recorded).toEqual(readBack);
  });
});
