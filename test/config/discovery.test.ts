/**
 * Issue 21, item 6 (and the config part of item 8): disclose.config.yaml discovery stops at the
 * project root (the nearest folder with package.json or .git); `disclose config` and `--debug`
 * show the config in force and where each setting came from; a glob in the config stays inside
 * the project.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples, tmp } from '../helpers/tree.js';
import { RULES } from '../../src/rules/index.js';
import { PROJECT_RULES } from '../../src/project.js';
import { findConfig, projectRoot, searchConfig } from '../../src/config/load-config.js';

/** Every rule off: a planted config that silences everything. */
const ALL_OFF = `severity:\n${[...RULES, ...PROJECT_RULES].map((r) => `  ${r.meta.id}: off`).join('\n')}\n`;

/** outer/ (with a planted config) > proj/ (package.json or .git, the examples, a template with an insecure link). */
function layout(marker: 'package.json' | '.git' | 'none') {
  const outer = tmp();
  writeFileSync(path.join(outer, 'disclose.config.yaml'), ALL_OFF);
  const proj = path.join(outer, 'proj');
  cpSync(copyExamples(), proj, { recursive: true });
  if (marker === 'package.json') writeFileSync(path.join(proj, 'package.json'), '{}\n');
  if (marker === '.git') mkdirSync(path.join(proj, '.git'));
  const t = path.join(proj, 'templates', 'order_shipped.yaml');
  writeFileSync(t, readFileSync(t, 'utf8').replace('https://track.swiftship.example/t/{{4}} for', 'http://track.swiftship.example/t/{{4}} for'));
  return { outer, proj };
}

describe('config discovery stops at the project root', () => {
  for (const marker of ['package.json', '.git'] as const) {
    it(`a config above the root (${marker}) does not apply`, async () => {
      const { outer, proj } = layout(marker);
      expect(projectRoot(path.join(proj, 'templates'))).toBe(proj);
      expect(findConfig(path.join(proj, 'templates'))).toBeUndefined();
      const r = await cli(['check', 'templates/order_shipped.yaml', '--region', 'sg', '--max-warnings', '0'], proj);
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/No findings/);
      // The same config inside the project applies.
      cpSync(path.join(outer, 'disclose.config.yaml'), path.join(proj, 'disclose.config.yaml'));
      expect(findConfig(path.join(proj, 'templates'))).toBe(path.join(proj, 'disclose.config.yaml'));
      const inside = await cli(['check', 'order_shipped.yaml', '--region', 'sg', '--max-warnings', '0'], path.join(proj, 'templates'));
      expect(inside.code).toBe(0);
    });
  }
  it('without a project root only the working folder is searched', () => {
    const { outer, proj } = layout('none');
    expect(searchConfig(path.join(proj, 'templates'))).toEqual({ file: undefined, searched: [path.join(proj, 'templates')], root: undefined });
    expect(findConfig(outer)).toBe(path.join(outer, 'disclose.config.yaml'));
  });
});

describe('disclose config and --debug', () => {
  it('prints each setting with the line and column that set it, the defaults, and where it searched', async () => {
    const { proj } = layout('package.json');
    writeFileSync(path.join(proj, 'disclose.config.yaml'), 'organization: organization.yaml\nregions: [sg, eu]\nseverity:\n  template-links: warning\n');
    mkdirSync(path.join(proj, 'sub'));
    const r = await cli(['config'], path.join(proj, 'sub'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('config file: ../disclose.config.yaml\n');
    expect(r.out).toContain('  searched: ., ..\n');
    expect(r.out).toContain('the search stops at the project root ..');
    expect(r.out).toContain('organization: ../organization.yaml  (../disclose.config.yaml:1:15)');
    expect(r.out).toContain('  - sg  (../disclose.config.yaml:2:11)');
    expect(r.out).toContain('  - eu  (../disclose.config.yaml:2:15)');
    expect(r.out).toContain('  template-links: warning  (../disclose.config.yaml:4:3)');
    expect(r.out).toContain("locales: each region's default locale  (default)");
    const j = JSON.parse((await cli(['config', '--format', 'json'], proj)).out);
    expect(j.settings.regions).toEqual({ value: ['sg', 'eu'], from: { layer: 'config', line: 2, column: 10 } });
    expect(j.root).toBe(proj);
    expect((await cli(['config', '--no-config'], proj)).out).toContain('config file: none (--no-config)');
  });
  it('--debug prints the config in force to standard error before the command runs', async () => {
    const { proj } = layout('package.json');
    writeFileSync(path.join(proj, 'disclose.config.yaml'), 'regions: [sg]\n');
    const r = await cli(['--debug', 'check', 'templates/order_shipped.yaml', '--max-warnings', '0'], proj);
    expect(r.err).toMatch(/^debug: config file: disclose\.config\.yaml$/m);
    expect(r.err).toMatch(/^debug:   - sg {2}\(disclose\.config\.yaml:1:11\)$/m);
    expect(r.code).toBe(1);
  });
});

describe('config globs stay inside the project', () => {
  for (const pattern of ['/**/*.yaml', '../**/*.yaml', '../../*/templates/*.yaml']) {
    it(`${pattern} is E_PATH at its line and column`, async () => {
      const { proj } = layout('package.json');
      writeFileSync(path.join(proj, 'disclose.config.yaml'), `templates:\n  - templates/*.yaml\n  - "${pattern}"\n`);
      const r = await cli(['check', '--region', 'sg', '--max-warnings', '0'], proj);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/disclose\.config\.yaml:3:5: error: the pattern reaches outside the project folder .* \[E_PATH\]/);
    });
  }
  it('a symbolic link out of the project is not walked by **', async () => {
    const { outer, proj } = layout('package.json');
    mkdirSync(path.join(outer, 'elsewhere'));
    writeFileSync(path.join(outer, 'elsewhere', 'stray.yaml'), 'id: [\n');
    symlinkSync(path.join(outer, 'elsewhere'), path.join(proj, 'templates', 'link'));
    writeFileSync(path.join(proj, 'disclose.config.yaml'), 'templates:\n  - templates/**/*.yaml\n');
    const r = await cli(['check', '--region', 'sg', '--max-warnings', '0'], proj);
    expect(r.err).not.toContain('stray.yaml');
    expect(r.code).toBe(1);
  });
});
