/**
 * Philippines (issue 17): Data Privacy Act of 2012 (RA 10173) and its 2016 IRR; right to be informed
 * under s.16(b) and IRR s.34(a)(2)(a)–(i). Facts: /work/notes/law-sg-my-id-ph.md §4.
 */
import { describe, expect, it } from 'vitest';
import { cite, element, expectOwnLawOnly, find, linesWith, renderMember } from './sea-members.js';

// Philippine citation form (review 5 PH-6): "Section 21(a) of the Data Privacy Act of 2012; Section 50(a) of its
// Implementing Rules and Regulations".
const DPA = 'of the Data Privacy Act of 2012';
const IRR = 'of its Implementing Rules and Regulations';

describe('ph', () => {
  const { region, renders } = renderMember('ph');

  it('cites only Philippine law, for every element, basis and mechanism', () => expectOwnLawOnly('ph'));

  it('health data is sensitive personal information: s.13(a), not s.12(a)', () => {
    const r = find(renders, 'appointment_reminder');
    const el = element(r, 'sensitive_data');
    expect(el.written).toBe(true);
    // The element rests on the definition (s.3(l)) and the condition (s.13(a)); the sentence that says
    // the data is sensitive cites the limb of the definition it falls under, health: s.3(l)(2).
    expect(el.citation).toBe(`Sections 3(l) and 13(a) ${DPA}`);
    expect(linesWith(r.clause, 'Sensitive personal information')).toEqual([`Sensitive personal information in this section: appointment details (Section 3(l)(2) ${DPA}).`]);
    // The condition is on the basis line.
    expect(linesWith(r.clause, 'Legal basis for appointment reminders')[0]).toContain(`(Section 13(a) ${DPA})`);
    // Card data is not sensitive personal information under s.3(l).
    expect(find(renders, 'payment_receipt').elements.find((e) => e.id === 'sensitive_data')).toBeUndefined();
  });

  it('IRR s.34(a)(2) letters: identity (g), retention (h), rights and complaint (i), scope and method (d)', () => {
    const r = find(renders, 'order_shipped');
    expect(element(r, 'controller_identity').citation).toBe(`Section 16(b) ${DPA}; Section 34(a)(2)(g) ${IRR}`);
    expect(element(r, 'retention').citation).toBe(`Section 16(b) ${DPA}; Section 34(a)(2)(h) ${IRR}`);
    expect(element(r, 'rights').citation).toBe(`Sections 16 and 18 ${DPA}; Section 34(a)(2)(i) ${IRR}`);
    const method = element(r, 'processing_method');
    expect(method.written).toBe(true);
    expect(method.citation).toBe(`Section 16(b) ${DPA}; Section 34(a)(2)(d) ${IRR}`);
    expect(r.clause).toMatch(/Your personal information is handled electronically, by automated means/);
  });

  it('complaint: s.16(b) and the National Privacy Commission with its address; never s.16(f) (damages)', () => {
    const r = find(renders, 'order_shipped');
    const el = element(r, 'complaint_to_authority');
    expect(el.written).toBe(true);
    expect(el.article).not.toMatch(/16\(f\)|7\(a\)/);
    const line = linesWith(r.clause, 'lodge a complaint');
    expect(line).toHaveLength(1);
    expect(line[0]).toContain('National Privacy Commission, https://privacy.gov.ph (');
    // No precondition the cited provisions do not contain (review-sea PH-4); the reviewer sees the note.
    expect(line[0]).not.toMatch(/after first|first rais/);
    expect(el.unsettled).toMatch(/2021-01/);
    expect(line[0]).toContain(`(Section 16(b) ${DPA}; Section 34(a)(2)(i) ${IRR})`);
  });

  it('transfers rest on s.21(a) accountability (IRR s.50(a)), never on IRR s.44 or Singapore s.26', () => {
    expect(cite(region, 'mechanism', 'contract', 'en')).toBe(`Section 21(a) ${DPA}; Section 50(a) ${IRR}`);
    const r = find(renders, 'appointment_reminder');
    const transfers = linesWith(r.clause, 'We transfer').filter((l) => !l.includes('WhatsApp LLC'));
    expect(transfers.length).toBeGreaterThan(0);
    for (const l of transfers) {
      expect(l).toContain(`(Section 21(a) ${DPA}; Section 50(a) ${IRR})`);
      expect(l).not.toMatch(/s\.44|s\.26|Section 44|Section 26/);
    }
    expect(element(r, 'transfer').citation).toBe(`Section 21(a) ${DPA}; Section 50(a) ${IRR}`);
  });

  it('government disclosure cites ss.12(c) and 13(f)', () => {
    expect(element(find(renders, 'order_shipped'), 'government_disclosure').citation).toBe(`Sections 12(c) and 13(f) ${DPA}`);
  });
});
