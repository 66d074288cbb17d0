/**
 * Review 10 L10-3: `export --all-regions` without `--all-locales` exports each region's default locale only; the
 * index names the locales of each region it left out and how to include them (src/export/html-index.ts).
 * Library calls only, on the example catalog and a temporary index file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlIndex, omittedLocales } from '../../src/export/html-index.js';
import { examples } from '../helpers/examples.js';

describe('L10-3: the index names the locales not exported', () => {
  const { catalog } = examples();
  const defaults = catalog.regionOrder.map((id) => ({ region: catalog.region(id), locale: catalog.region(id).locales[0]! }));
  it('each region\'s default locale only: eu and california list the rest', () => {
    const omitted = omittedLocales(defaults);
    expect(omitted.find((o) => o.region === 'eu')).toEqual({ region: 'eu', locales: ['de', 'fr', 'es', 'it', 'nl', 'pl'] });
    expect(omitted.find((o) => o.region === 'california')).toEqual({ region: 'california', locales: ['es'] });
    expect(omitted.find((o) => o.region === 'sg')).toBeUndefined();
  });
  it('every locale exported: nothing to name', () => {
    const all = catalog.regionOrder.flatMap((id) => catalog.region(id).locales.map((locale) => ({ region: catalog.region(id), locale })));
    expect(omittedLocales(all)).toEqual([]);
  });
  it('index.html says so, with the flag to use', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-omitted-'));
    try {
      const file = path.join(dir, 'index.html');
      const columns = defaults.map((t) => ({ region: t.region.id, locale: t.locale }));
      new HtmlIndex(file, columns, 'pack', 'note', omittedLocales(defaults)).close();
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('<strong>Locales not exported:</strong>');
      expect(html).toContain('eu: also de, fr, es, it, nl, pl');
      expect(html).toContain('california: also es');
      expect(html).toContain('export with <code>--all-locales</code> to review them.');
      new HtmlIndex(file, columns, 'pack', 'note').close();
      expect(readFileSync(file, 'utf8')).not.toContain('Locales not exported');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
