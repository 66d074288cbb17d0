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

describe('CA-m8: US spelling in California English', () => {
  it('the clause title as the template spells it for en-US; elsewhere the en title', () => {
    expect(clause('marketing_promotion', 'en').split('\n')[0]).toBe('6.1 Personalized offers');
    expect(renderer.render(tpl('marketing_promotion'), catalog.region('eu'), 'en', org).clause.text.split('\n')[0]).toBe('6.1 Personalised offers');
    expect(renderer.render(tpl('marketing_promotion'), catalog.region('sg'), 'en', org).clause.text.split('\n')[0]).toBe('6.1 Personalised offers');
  });
  it('no British spelling anywhere in the California English output', () => {
    const british = /\b\w+(?:isation|ise|ised|ises|ising)\b|\b(?:behaviour|colour|favour|centre|licence|catalogue|programme|cheque|whilst|amongst)\w*\b/gi;
    // Words that end in -ise in US English too.
    const fine = new Set(['advertise', 'advertised', 'advertising', 'exercise', 'exercised', 'exercises', 'exercising', 'otherwise', 'promise', 'promised', 'premise', 'premises', 'enterprise', 'expertise', 'franchise', 'merchandise', 'precise', 'concise', 'comprise', 'comprises', 'surprise', 'rise', 'raise', 'wise', 'noise', 'revise', 'revised', 'supervise', 'supervised', 'televise', 'devise', 'compromise', 'disguise', 'despise', 'improvise']);
    for (const t of templates) {
      const r = renderer.render(t, ca, 'en', org);
      const found = [r.footer.text, r.clause.text].join('\n').match(british) ?? [];
      expect(found.filter((w) => !fine.has(w.toLowerCase())), t.id).toEqual([]);
    }
  });
});
