/**
 * California (CCPA/CPRA): request methods (§1798.130(a)(1), 11 CCR §7020), the opt-out worded as an
 * opt-out in Spanish, citations in the text's language. Facts: /work/notes/law-eu-california.md §5.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const ca = catalog.region('california');
const render = (id: string, lng: string, o = org) => renderer.render(templates.find((t) => t.id === id)!, ca, lng, o);

describe('california', () => {
  it('requests: a toll-free number unless the business operates exclusively online (organization fields)', () => {
    expect(org.california).toMatchObject({ tollFreeNumber: '+1 800 555 0142' });
    for (const t of templates) {
      const en = render(t.id, 'en');
      // A toll-free number and, since the business maintains a website, the website (review CA-4).
      expect(en.clause.text, t.id).toContain('You can submit requests to know, delete or correct by calling us toll-free at +1 800 555 0142, through our request form at https://nordlicht.example/privacy/requests or by writing to dpo@nordlicht.example.');
      const el = en.clause.elements.find((e) => e.id === 'request_methods')!;
      expect(el.article).toBe('Cal. Civ. Code §1798.130(a)(1)(B); 11 CCR §7020(b)');
      expect(en.clause.elements.find((e) => e.id === 'request_toll_free')!.article).toBe('Cal. Civ. Code §1798.130(a)(1)(A); 11 CCR §7020(b)');
      expect(render(t.id, 'es').clause.text, t.id).toContain('llamándonos al número gratuito +1 800 555 0142, mediante nuestro formulario en https://nordlicht.example/privacy/requests o escribiendo a dpo@nordlicht.example.');
    }
    const online = { ...org, california: { ...org.california!, exclusivelyOnline: true } } as typeof org;
    const res = render('order_shipped', 'en', online);
    expect(res.clause.text).toContain('You can submit requests to know, delete or correct through our request form at https://nordlicht.example/privacy/requests or by e-mail to dpo@nordlicht.example.');
    expect(res.clause.text).not.toContain('toll-free');
    expect(res.clause.elements.find((e) => e.id === 'request_toll_free')).toBeUndefined();
  });

  it('Spanish states the right to opt out ("optar por no participar"), not a GDPR objection', () => {
    for (const t of templates) {
      const es = render(t.id, 'es').clause.text;
      expect(es, t.id).toContain('a optar por no participar en su venta o intercambio');
      expect(es, t.id).not.toContain('oponerse a su venta');
    }
  });

  it('the rights line cites the Civil Code in the language of the text', () => {
    // One plural designation, as each language cites a code (review CA-10): "§§", "artículos … y …".
    expect(render('order_shipped', 'en').clause.text).toContain('(Cal. Civ. Code §§1798.105, 1798.106, 1798.110, 1798.115, 1798.120, 1798.125)');
    const es = render('order_shipped', 'es').clause.text;
    expect(es).toContain('(artículos 1798.105, 1798.106, 1798.110, 1798.115, 1798.120 y 1798.125 del Código Civil de California)');
    expect(es).toContain('(artículo 1798.140, letra (v), del Código Civil de California)');
    expect(render('appointment_reminder', 'es').clause.text).toContain('permitidas por el artículo 7027, letra (m), punto 1, del título 11 del Código de Reglamentos de California');
    expect(es).not.toMatch(/sección|11 CCR/);
    expect(es).not.toContain('Cal. Civ. Code');
  });

  it('no EU or Asian law is cited for California, and storage is context without a statutory source', () => {
    for (const t of templates) {
      for (const lng of ca.locales) expect(render(t.id, lng).clause.text, `${t.id} ${lng}`).not.toMatch(/GDPR|RGPD|PIPL|PDPA/);
    }
    const storage = ca.elements.find((e) => e.id === 'storage_location')!;
    expect(storage.article).toMatch(/^no statutory source: /);
  });
});
