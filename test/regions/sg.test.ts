/**
 * Singapore (issue 17): PDPA 2012 and the Personal Data Protection Regulations 2021 (Part 3,
 * regs 9–12), cited in English; never another member's statute. Facts: /work/notes/law-sg-my-id-ph.md §1.
 */
import { describe, expect, it } from 'vitest';
import { cite, element, expectOwnLawOnly, find, linesWith, renderMember } from './sea-members.js';

describe('sg', () => {
  const { region, renders } = renderMember('sg');

  it('cites only Singapore law, for every element, basis and mechanism', () => expectOwnLawOnly('sg'));

  it('transfers cite s.26 and the Personal Data Protection Regulations 2021, never "Transfer Limitation Regulations"', () => {
    expect(cite(region, 'mechanism', 'contract', 'en')).toBe('section 26 of the PDPA 2012; regulations 10(1) and 11(1)(b) and (2) of the Personal Data Protection Regulations 2021');
    const r = find(renders, 'order_shipped');
    // WhatsApp LLC receives the phone number in its own right (channels/whatsapp.yaml): no contract with it is claimed.
    const transfers = linesWith(r.clause, 'We transfer').filter((l) => !l.includes('WhatsApp LLC'));
    expect(transfers.length).toBeGreaterThan(0);
    for (const l of transfers) {
      expect(l).toContain('Personal Data Protection Regulations 2021');
      expect(l).not.toMatch(/Transfer Limitation/);
    }
    const el = element(r, 'transfer');
    expect(el.citation).toBe('section 26 of the PDPA 2012; Part 3 and regulations 9–12 of the Personal Data Protection Regulations 2021');
    // reg 9: the organisation itself is not a "recipient": its own establishment abroad is no contract partner.
    expect(el.unsettled).toMatch(/reg\. 9/);
    expect(r.clause).not.toMatch(/to Germany on the basis of a contract/);
  });

  it('a contract counts under reg. 11(2) only if it names the countries: the reviewer is told to confirm it (review-sea SG-3)', () => {
    expect(region.unsettled?.['mechanism.contract']).toMatch(/reg\. 11\(2\).*countries and territories/);
  });

  it('the rights sentence cites ss.16, 21 and 22 of the PDPA', () => {
    const r = find(renders, 'order_shipped');
    const rights = linesWith(r.clause, 'access to and correction');
    expect(rights).toHaveLength(1);
    // Singapore drafting, one plural for several sections (review 5 SG-8).
    expect(rights[0]).toContain('(sections 16, 21 and 22 of the PDPA 2012)');
  });

  it('recipients and storage are reviewer practice, not a statutory element, and cite no other member', () => {
    const el = region.elements.find((e) => e.id === 'recipients')!;
    expect(el.practice).toBeDefined();
    expect(el.citation).toBeUndefined();
    expect(el.article).not.toMatch(/s\.7\(1\)\(e\)|s\.23\(4\)/);
  });

  it('the identity of the organisation is practice (PDPC guidance), not a statutory element; consent for a transfer needs the reg. 10(3) summary', () => {
    const el = region.elements.find((e) => e.id === 'controller_identity')!;
    expect(el.practice).toMatch(/PDPC guidance/);
    expect(el.citation).toBeUndefined();
    expect(region.unsettled?.['mechanism.explicit_consent']).toMatch(/reg\. 10\(3\)/);
  });

  it('government disclosure cites s.13(b) and s.17 with the First Schedule', () => {
    // The Act names it the "First Schedule", a schedule "to" the Act (s.17(1)(c), 2020 Rev. Ed.); was "Schedule 1 PDPA 2012".
    // Several sections under one plural, as the Act refers to its own provisions (review-3 SG-2).
    // Stop 27 (LE): the element is kept for practice (s.20(3)(b): no notification of a disclosure s.17 permits), so its
    // article is the practice reason; what its sentence cites, in the text's language, is unchanged.
    const el = region.elements.find((e) => e.id === 'government_disclosure')!;
    expect(el.article).toMatch(/^no statutory source: /);
    expect(element(find(renders, 'order_shipped'), 'government_disclosure').citation).toBe('sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012');
  });

  it('states no sensitive-data condition (the PDPA has no statutory category)', () => {
    expect(region.elements.some((e) => e.id === 'sensitive_data')).toBe(false);
  });
});
