/**
 * EU (GDPR): the elements the examples must carry, with the right article, cited in the language
 * of the text. Facts: /work/notes/law-eu-california.md (checked 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { withdrawalPhrase } from '../../src/render/citation.js';

const { catalog, org, templates, renderer } = examples();
const eu = catalog.region('eu');
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (id: string, lng: string) => renderer.render(tpl(id), eu, lng, org);

/** The consent basis as each language cites it (the GDPR's own language versions' short names). */
const CONSENT: Record<string, string> = {
  en: 'Art. 6(1)(a) GDPR',
  de: 'Art. 6 Abs. 1 lit. a DSGVO',
  fr: 'article 6, paragraphe 1, point a), du RGPD',
  es: 'artículo 6, apartado 1, letra a), del RGPD',
  it: 'articolo 6, paragrafo 1, lettera a), del GDPR',
  nl: 'art. 6 lid 1 onder a AVG',
  pl: 'art. 6 ust. 1 lit. a RODO',
};

describe('eu: citations in the language of the text', () => {
  for (const lng of eu.locales) {
    it(`${lng}: the consent basis cites ${CONSENT[lng]}, and no English citation or text is left`, () => {
      const res = render('marketing_promotion', lng);
      expect(res.clause.text).toContain(`(${CONSENT[lng]})`);
      if (lng !== 'en') {
        for (const t of templates) {
          const text = render(t.id, lng).clause.text;
          expect(text, t.id).not.toMatch(/\bArt\. \d+\(\d+\)/); // English form "Art. 6(1)(a)"
          if (lng !== 'it') expect(text, t.id).not.toMatch(/\bGDPR\b/);
          expect(text, t.id).not.toContain('reply STOP');
          expect(text, t.id).not.toContain('German Fiscal Code');
        }
      }
    });
  }

  it('the element articles in the render result are in the text\'s language, the English article kept for findings', () => {
    const res = render('order_shipped', 'de');
    const el = res.clause.elements.find((e) => e.id === 'recipients')!;
    expect(el.article).toBe('Art. 13(1)(e) GDPR');
    expect(el.citation).toBe('Art. 13 Abs. 1 lit. e DSGVO');
    expect(el.source).toMatchObject({ law: 'gdpr', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', checked: '2026-12-06' });
    expect(el.source!.title).toBe('Information to be provided where personal data are collected from the data subject');
  });
});

describe('eu: rights per legal basis (Art. 13(2)(b), 20(1), 21)', () => {
  it('the rights line claims no objection or portability; portability only for consent or contract', () => {
    const shipped = render('order_shipped', 'en');
    expect(shipped.clause.text).toContain('You have the right of access, rectification, erasure and restriction of processing (Art. 15–18 GDPR)');
    expect(shipped.clause.text).not.toMatch(/objection and data portability/);
    expect(shipped.clause.elements.find((e) => e.id === 'data_portability')?.written).toBe(true);
    expect(shipped.clause.text).toContain('(Art. 20 GDPR)');
    // No basis is legitimate interests or public task in the examples: no general objection line.
    for (const t of templates) expect(render(t.id, 'en').clause.elements.some((e) => e.id === 'right_to_object'), t.id).toBe(false);
  });

  it('the direct-marketing objection (Art. 21(2)-(3)) is stated on its own line for marketing, whatever the basis', () => {
    const OBJECT: Record<string, string> = {
      en: '(Art. 21(2) and (3) GDPR).',
      // Review 7 EU7-5: the unit once, in each language's plural form.
      de: '(Art. 21 Abs. 2 und 3 DSGVO).',
      fr: '(article 21, paragraphes 2 et 3, du RGPD).',
      es: '(artículo 21, apartados 2 y 3, del RGPD).',
      it: '(articolo 21, paragrafi 2 e 3, del GDPR).',
      nl: '(art. 21 leden 2 en 3 AVG).',
      pl: '(art. 21 ust. 2 i 3 RODO).',
    };
    for (const lng of eu.locales) {
      const res = render('marketing_promotion', lng);
      const el = res.clause.elements.find((e) => e.id === 'direct_marketing_objection')!;
      expect(el.written, lng).toBe(true);
      expect(el.article).toBe('Art. 21(2), (3) and (4) GDPR');
      // Its own line: the sentence and its citation, nothing else (Art. 21(4): "clearly and separately").
      const lines = res.clause.text.split('\n').filter((l) => l.endsWith(OBJECT[lng]!));
      expect(lines, lng).toHaveLength(1);
      // The ways: the reply the flows name (reply STOP, with the keywords of the locale) or writing (review 3 EU-m2).
      const loc = renderer.localizer(lng);
      const how = loc.t('withdrawal.either', { first: withdrawalPhrase('reply STOP', lng, ['STOP']), second: loc.t('withdrawal.email', { email: 'dpo@nordlicht.example' }) });
      expect(lines[0], lng).toBe(loc.t('clause.objectMarketing', { article: OBJECT[lng]!.slice(1, -2), email: 'dpo@nordlicht.example', how }));
      expect(lines[0], lng).toMatch(/\bSTOP\b.*dpo@nordlicht\.example/);
    }
    expect(render('order_shipped', 'en').clause.elements.some((e) => e.id === 'direct_marketing_objection')).toBe(false);
  });
});

describe('eu: transfer mechanisms', () => {
  it('contract is the Art. 49(1)(b) derogation, worded as such and marked unsettled', () => {
    expect(eu.mechanismArticles.contract).toBe('Art. 49(1)(b) GDPR');
    expect(eu.mechanismWording?.contract).toBe('contract_necessity');
    const en = renderer.localizer('en');
    expect(en.t('mechanism.contract_necessity')).toBe('the derogation for transfers necessary to perform the contract with you');
    expect(eu.unsettled?.['mechanism.contract']).toMatch(/occasional/);
    expect(eu.mechanismArticles.bcr).toBe('Art. 46(2)(b), Art. 47 GDPR');
    // A flow declaring `contract` for the EU is stated as the derogation, never as a protective contract.
    const t = tpl('order_shipped');
    const flows = t.flows.map((f) => ({ ...f, transfer: 'contract' as const, recipients: f.recipients.map((r) => ({ ...r, transfer: 'contract' as const })) }));
    const text = renderer.render({ ...t, flows }, eu, 'en', org).clause.text;
    expect(text).not.toMatch(/obliges the recipient to protect the data to a comparable standard \(Art\. 49/);
    if (/Art\. 49\(1\)\(b\) GDPR/.test(text)) expect(text).toContain('the derogation for transfers necessary to perform the contract with you (Art. 49(1)(b) GDPR)');
  });

  it('render --format json carries what is unsettled for the transfer element', () => {
    const res = render('order_shipped', 'en');
    const el = res.clause.elements.find((e) => e.id === 'transfer_safeguards');
    if (el) expect(el.unsettled).toMatch(/Meta/);
  });
});
