/**
 * Stop 27 (LE): an element's `article:` is the provision that requires the notice to contain it. Where no
 * provision does, the profile keeps the element for reviewers' practice (`practice:`, with the reason) and
 * the clause still cites the provision its sentence rests on (`cite:`), so the text is unchanged while no
 * finding says the law requires it. The cases are the ones the stop-27 reading of each law found.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../src/load/regions.js';
import { elementTextCitation } from '../../src/render/citation.js';
import { ROOT } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { regions } = loadRegions([path.join(ROOT, 'regions')]);
const element = (region: string, id: string) => {
  const el = regions.get(region)!.elements.find((e) => e.id === id);
  expect(el, `${region}.${id}`).toBeDefined();
  return el!;
};

describe('an element no provision asks of the notice is kept for practice', () => {
  // [region, element, what the clause still cites in English]
  const practice: Array<[string, string, string]> = [
    // Art. 13(1)(f) GDPR asks for the intended transfer and its safeguard, not the place of storage.
    ['eu', 'storage_location', ''],
    // §1798.100(a)(3) asks for the retention period; the CCPA asks for no withdrawal sentence.
    ['california', 'withdraw_consent', 'Cal. Civ. Code §1798.100(a)(3)'],
    // PIPL Art. 17(1) and NDSR Art. 21(1) ask for no legal basis; Art. 21 governs entrusting; Art. 38(1) is the route.
    ['china', 'legal_obligation_basis', 'Art. 13(1)(3) PIPL'],
    ['china', 'entrusted_processing', 'Art. 21 PIPL'],
    ['china', 'export_filing', 'Art. 38(1) PIPL'],
    // PDPA 2012 s.20(1): the purposes and, on request, a contact; nothing else.
    ['sg', 'retention', 'section 25 of the PDPA 2012'],
    ['sg', 'statutory_retention', 'section 25(b) of the PDPA 2012'],
    ['sg', 'transfer', 'section 26 of the PDPA 2012; Part 3 and regulations 9–12 of the Personal Data Protection Regulations 2021'],
    ['sg', 'government_disclosure', 'sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012'],
    ['sg', 'rights', 'sections 21 and 22 of the PDPA 2012'],
    ['sg', 'withdraw_consent', 'section 16 of the PDPA 2012'],
    // Act 709 s.7(1)(a)-(h) lists the notice; s.10, s.129, s.6(2)(c)/39(b)(ii) and s.40(1)(a) govern the processing.
    ['my', 'retention', 'section 10 of Act 709'],
    ['my', 'statutory_retention', 'section 10 of Act 709'],
    ['my', 'transfer', 'section 129 of Act 709'],
    ['my', 'sensitive_data', 'paragraph 40(1)(a) of Act 709'],
    // PDPA B.E. 2562 s.23 lists the notice; s.26, 27, 28-29 are conditions of the processing.
    ['th', 'transfer', ''],
    ['th', 'sensitive_data', ''],
    ['th', 'government_disclosure', ''],
    // UU PDP Pasal 21 ayat (1) lists the notice (on consent); Pasal 53, 56 and 20 ayat (2) huruf c ask nothing of it.
    ['id', 'contact', ''],
    ['id', 'transfer', ''],
    ['id', 'government_disclosure', ''],
    // DPA s.16(b): s.21(a) accountability and s.12(c), 13(f) are no contents of the notice.
    ['ph', 'transfer', 'Section 21(a) of the Data Privacy Act of 2012; Section 50(a) of its Implementing Rules and Regulations'],
    ['ph', 'government_disclosure', 'Sections 12(c) and 13(f) of the Data Privacy Act of 2012'],
    // Law 91/2025/QH15: consent is valid on knowing what Điều 9 khoản 2 lists; Điều 14, 15, 17, 20 ask nothing of the notice.
    ['vn', 'recipients', ''],
    ['vn', 'retention', ''],
    ['vn', 'statutory_retention', ''],
    ['vn', 'transfer', ''],
    ['vn', 'government_disclosure', ''],
  ];
  for (const [region, id, cites] of practice) {
    it(`${region}.${id}`, () => {
      const el = element(region, id);
      expect(el.practice, `${region}.${id}`).toBeTruthy();
      expect(el.citation).toBeUndefined();
      expect(el.article).toMatch(/^no statutory source: /);
      // What the sentence cites is unchanged (cite: the old article), so the clause text is the same.
      if (cites) expect(elementTextCitation(el, 'en')).toBe(cites);
      else if (region !== 'eu') expect(elementTextCitation(el, 'en')).not.toBe('');
    });
  }
});

describe('an element cites the provision that asks the notice for it', () => {
  it('my.withdraw_consent: s.7(1)(f) (the choices and means to limit processing), the sentence citing s.38', () => {
    const el = element('my', 'withdraw_consent');
    expect(el.article).toMatch(/7\(1\)\(f\)/);
    expect(elementTextCitation(el, 'en')).toBe('section 38 of Act 709');
  });
  it('th.direct_marketing_objection: s.23(6) (the rights the notice states), the sentence citing s.32 para. 1 (2)', () => {
    const el = element('th', 'direct_marketing_objection');
    expect(el.article).toMatch(/^s\.23\(6\), s\.32/);
    expect(elementTextCitation(el, 'th')).not.toMatch(/23/);
  });
  it('id.withdraw_consent: Pasal 21 ayat (1) huruf g, the sentence citing Pasal 9', () => {
    const el = element('id', 'withdraw_consent');
    expect(el.article).toMatch(/21/);
    expect(elementTextCitation(el, 'id')).toBe('Pasal 9 UU PDP');
  });
  it('ph.statutory_retention: s.16(b) and IRR s.34(a)(2)(h) (the period stored), the sentence citing s.11(e) and IRR s.19(d)', () => {
    const el = element('ph', 'statutory_retention');
    expect(el.article).toMatch(/16\(b\)/);
    expect(el.article).toMatch(/34\(a\)\(2\)\(h\)/);
    expect(elementTextCitation(el, 'en')).toMatch(/11\(e\)/);
  });
  it('where the law asks only in some cases or is unsettled, the element says so', () => {
    // Pasal 21 ayat (1) UU PDP: only where processing rests on consent.
    expect(element('id', 'retention').unsettled).toMatch(/only where the processing rests on consent/);
    // Whether the place of storage is part of the 处理方式 of PIPL Art. 17(1)(2).
    expect(element('china', 'storage_location').unsettled).toMatch(/not settled/);
  });
  it('eu.sub_processors: Art. 13(1)(e) (recipients), not Art. 28 (engaging a sub-processor)', () => {
    expect(element('eu', 'sub_processors').article).toBe('Art. 13(1)(e) GDPR');
  });
  it('eu.erasure_exception: Art. 13(2)(b) (the right to erasure as it exists), the sentence still citing Art. 17(3)(b)', () => {
    const el = element('eu', 'erasure_exception');
    expect(el.article).toBe('Art. 13(2)(b) GDPR');
    expect(elementTextCitation(el, 'en')).toBe('Art. 17(3)(b) GDPR');
    expect(elementTextCitation(el, 'de')).toMatch(/^Art\. 17 Abs\. 3 lit\. b DSGVO$/);
  });
});

const { checkText } = policyChecker('element-citations-law-');

interface F {
  ruleId: string;
  messageId: string;
  message: string;
  data: Record<string, unknown>;
}

describe('a policy without a storage sentence, checked for the EU', () => {
  it('is not told the GDPR requires the storage location', async () => {
    const text = ['# Privacy at the shop', '', '## Delivery', '', 'We give your name and postal address to our courier so that it can bring you your parcel.'].join('\n');
    const { code, findings, err } = await checkText<F>('shop.md', text, ['--region', 'eu']);
    expect(code, err).toBeLessThan(2);
    const root = findings.find((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absentPolicy');
    expect(root, JSON.stringify(findings.map((f) => f.ruleId))).toBeDefined();
    expect(root!.data['elements']).toContain('storage_location');
    expect(root!.message).toMatch(/^eu requires \d+ elements for these flows, and its reviewers ask for one more \(no statutory source\)/);
    // Each element in words since stop 27 (EF): where the data are stored, not its key.
    expect(root!.message).toContain('where the data are stored (no statutory source: the GDPR sets no storage-location element');
    expect(root!.message).not.toMatch(/storage_location \(Art\. 13\(1\)\(f\)/);
  });
});

describe('the record of a clause shows what a practice element cites in the text\'s language', () => {
  it('a Thai clause: the government sentence cites มาตรา 27 in Thai, the element is practice', async () => {
    const { renderMember, find, element: outcome } = await import('./sea-members.js');
    const { renders } = renderMember('th');
    const el = outcome(find(renders, 'order_shipped'), 'government_disclosure');
    expect(el.article).toMatch(/^no statutory source: /);
    expect(el.citation).toMatch(/^มาตรา 27/);
  });
});
