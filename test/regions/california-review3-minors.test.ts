/**
 * Review 3 California minors (/work/notes/review-3-eu-ca.md §2), rendered in-process from the
 * examples: Spanish citations with the comma before "del" after a nested provision and the points of
 * one letter together (CA-m3), "we collect and use" (CA-m9; Cal. Civ. Code §1798.100(a)(1)).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { formatCitation, parseCitation } from '../../src/render/citation.js';

const { catalog, org, templates, renderer } = examples();
const ca = catalog.region('california');
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const clause = (id: string, lng: string) => renderer.render(tpl(id), ca, lng, org).clause.text;

describe('CA-m3: Spanish citations of the California codes', () => {
  it('a comma before "del" after a nested provision, none after whole articles', () => {
    for (const t of templates) {
      const es = clause(t.id, 'es');
      expect(es, t.id).toContain('(artículo 1798.140, letra (v), del Código Civil de California)');
      expect(es, t.id).not.toMatch(/letra \([a-z]+\) del Código/);
      expect(es, t.id).toMatch(/artículos 1798\.105, 1798\.106, 1798\.110, 1798\.115, 1798\.120(, 1798\.121)? y 1798\.125 del Código Civil de California/);
    }
  });

  it('the points of one letter together: "letra (m), puntos 1 y 2, del título 11 …"', () => {
    expect(clause('one_time_passcode', 'es')).toContain('artículo 7027, letra (m), puntos 1 y 2, del título 11 del Código de Reglamentos de California');
    expect(clause('appointment_reminder', 'es')).toContain('artículo 7027, letra (m), punto 1, del título 11 del Código de Reglamentos de California');
    const laws = new Map(Object.entries(ca.laws ?? {}));
    expect(formatCitation(parseCitation('ccr11 7027(m)(1), 7027(m)(2), 7027(m)(6)', laws), 'es')).toBe('artículo 7027, letra (m), puntos 1, 2 y 6, del título 11 del Código de Reglamentos de California');
    // Different letters are not merged; English keeps its own form.
    expect(formatCitation(parseCitation('ccr11 7027(m)(1), 7027(a)(2)', laws), 'es')).not.toContain('puntos');
    expect(formatCitation(parseCitation('ccr11 7027(m)(1), 7027(m)(2)', laws), 'en')).toBe('11 CCR §7027(m)(1) and (m)(2)');
  });
});

describe('CA-m9: "we collect and use" in California English', () => {
  it('every purpose line, and the GDPR\'s "process" stays in the EU', () => {
    for (const t of templates) {
      const en = clause(t.id, 'en');
      expect(en, t.id).toMatch(/^For .+ we collect and use your .+\.$/m);
      expect(en, t.id).not.toMatch(/\bwe process\b/);
    }
    expect(renderer.render(tpl('order_shipped'), catalog.region('eu'), 'en', org).clause.text).toMatch(/^For order delivery we process your /m);
  });
});
