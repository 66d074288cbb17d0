import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, type Catalog } from '../../src/load/catalog.js';
import { loadOrganization } from '../../src/load/organization.js';
import { loadTemplate } from '../../src/load/template.js';
import type { Organization, Template } from '../../src/model/types.js';
import { Renderer } from '../../src/render/renderer.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const EXAMPLES = path.join(ROOT, 'examples');

let cached: { catalog: Catalog; org: Organization; templates: Template[]; renderer: Renderer } | undefined;

export function examples() {
  if (!cached) {
    const catalog = loadCatalog();
    const org = loadOrganization(path.join(EXAMPLES, 'organization.yaml'));
    const dir = path.join(EXAMPLES, 'templates');
    const templates = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => loadTemplate(path.join(dir, f), catalog.taxonomy, catalog.channels));
    cached = { catalog, org, templates, renderer: new Renderer(catalog) };
  }
  return cached;
}

/** Every (region, locale) pair the catalog declares, groups and members alike. */
export function regionLocales(catalog: Catalog): Array<{ region: string; locale: string }> {
  return catalog.regionOrder.flatMap((region) => catalog.region(region).locales.map((locale) => ({ region, locale })));
}
