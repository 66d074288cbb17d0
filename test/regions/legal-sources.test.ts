/**
 * Every element, legal basis and mechanism our region profiles cite has its source (official text,
 * heading of the provision, date checked), and docs/legal-sources.md is generated from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../src/load/regions.js';
import { legalSourcesMarkdown, sourceProblems } from '../../src/load/legal-sources.js';
import { parseCitation } from '../../src/render/citation.js';
import { ROOT } from '../helpers/examples.js';

const { regions, order } = loadRegions([path.join(ROOT, 'regions')]);

describe('legal sources of the shipped profiles', () => {
  for (const id of order) {
    it(`${id}: every element, basis and mechanism cites a provision with its source`, () => {
      expect(sourceProblems(regions.get(id)!)).toEqual([]);
    });
  }

  it('every element of a non-group profile has a structured citation or says why it has none', () => {
    for (const id of order) {
      const p = regions.get(id)!;
      if (p.members.length) continue;
      for (const el of p.elements) {
        expect(el.practice !== undefined || (el.citation?.parts.length ?? 0) > 0, `${id}.${el.id}`).toBe(true);
        if (el.citation) {
          expect(el.source?.url, `${id}.${el.id}`).toMatch(/^https:\/\//);
          expect(el.source?.checked, `${id}.${el.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(el.source?.title, `${id}.${el.id}`).not.toBe('');
        }
      }
    }
  });

  it('docs/legal-sources.md is up to date (npm run docs:legal-sources)', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'legal-sources.md'), 'utf8');
    expect(doc).toBe(legalSourcesMarkdown(order.map((id) => regions.get(id)!)));
  });

  it('reports an element without a source, a cited provision without a heading and a law without a date', () => {
    const eu = regions.get('eu')!;
    const laws = new Map(Object.entries(eu.laws!));
    const bare = { ...eu.laws!['gdpr']!, checked: 'soon', articles: {} };
    const broken = {
      ...eu,
      id: 'eu-broken',
      citations: { basis: { consent: parseCitation('gdpr 6(1)(a)', new Map([['gdpr', bare]])) }, mechanism: {} },
      elements: [{ ...eu.elements[0]!, citation: undefined, source: undefined }, { ...eu.elements[1]!, citation: parseCitation('gdpr 99', laws) }],
    };
    const problems = sourceProblems(broken);
    expect(problems).toContain('eu-broken: element controller_identity has no structured citation');
    expect(problems).toContain('eu-broken: element eu_representative: gdpr 99 has no heading under laws.gdpr.articles');
    expect(problems).toContain('eu-broken: legal basis consent: law gdpr has no date checked');
  });
});
