import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { localeCounts, missingTranslations } from '../../src/load/locale-coverage.js';
import { cli } from '../helpers/cli.js';
import { copyFixture, FIXTURE } from '../helpers/project.js';

/** A copy of the fixture whose approved wording starts a Portuguese locale with two keys and one label. */
function withPortuguese(): string {
  const dir = copyFixture();
  const pt = path.join(dir, 'approved', 'locales', 'pt');
  mkdirSync(pt, { recursive: true });
  writeFileSync(path.join(pt, 'wording.yaml'), 'clause:\n  heading: "{{number}} {{title}}"\n  dpo: "Encarregado: {{email}}."\n');
  writeFileSync(path.join(pt, 'taxonomy.yaml'), 'data:\n  user.name: { label: nome }\n');
  return dir;
}

describe('locale coverage', () => {
  it('counts keys and what is missing compared with en', () => {
    const catalog = loadCatalog({ localeDirs: [path.join(withPortuguese(), 'approved', 'locales')] });
    const pt = localeCounts(catalog).find((r) => r.locale === 'pt')!;
    expect(pt).toMatchObject({ wordingKeys: 2, labels: 1 });
    const m = missingTranslations(catalog, 'pt');
    expect(m.wording).toContain('statement.share');
    expect(m.wording).not.toContain('clause.dpo');
    expect(m.labels).toContain('data.user.contact.phone_number');
    expect(m.labels).not.toContain('data.user.name');
    expect(pt.missing).toBe(m.wording.length + m.labels.length);
    expect(missingTranslations(catalog, 'en')).toMatchObject({ wording: [], labels: [] });
  });
});

describe('disclose locales', () => {
  it('lists the locales with their counts', async () => {
    const r = await cli(['locales']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^en +\d+ wording keys, \d+ taxonomy labels$/m);
  });
  it('includes a locale the project\'s approved wording starts', async () => {
    const r = await cli(['locales'], withPortuguese());
    expect(r.out).toMatch(/^pt +2 wording keys, 1 taxonomy labels, \d+ to translate$/m);
  });
  it('--missing lists what is left and exits 1', async () => {
    const r = await cli(['locales', '--missing', 'pt'], withPortuguese());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Wording keys to translate \(\d+\):$/m);
    expect(r.out).toMatch(/^ {2}statement\.share$/m);
    expect(r.out).not.toMatch(/^ {2}clause\.dpo$/m);
    expect(r.out).toMatch(/^Taxonomy labels to translate \(\d+\):$/m);
    expect(r.out).toMatch(/^ {2}data\.user\.contact\.phone_number$/m);
    const json = JSON.parse((await cli(['locales', '--missing', 'pt', '--format', 'json'], withPortuguese())).out);
    expect(json).toMatchObject({ locale: 'pt', reference: 'en' });
    expect(json.wording).toContain('statement.share');
  });
  it('--missing exits 0 when nothing is missing', async () => {
    const r = await cli(['locales', '--missing', 'en', '--config', path.join(FIXTURE, 'disclose.config.yaml')]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('en has every wording key and taxonomy label of en.\n');
  });
  it('an unknown locale is bad input: exit 2', async () => {
    const r = await cli(['locales', '--missing', 'xx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown locale "xx"/);
    expect(r.err).toMatch(/add locales\/xx\/wording\.yaml/);
    expect((await cli(['locales', '--format', 'yaml'])).code).toBe(2);
  });
});
