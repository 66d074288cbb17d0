/**
 * Thailand (issue 17): พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562, cited in Thai
 * ("มาตรา 24 (3) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"), the reader addressed as ท่าน.
 * Facts: /work/notes/law-th-vn.md, Thailand.
 */
import { describe, expect, it } from 'vitest';
import { cite, element, expectOwnLawOnly, find, linesWith, renderMember } from './sea-members.js';

const ACT = 'แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562';

describe('th', () => {
  const { region, renders } = renderMember('th');

  it('cites only Thai law, for every element, basis and mechanism', () => expectOwnLawOnly('th'));

  it('bases are cited in Thai: consent is มาตรา 19 (explicit consent for s.26 data: มาตรา 26 วรรคหนึ่ง และมาตรา 19), contract มาตรา 24 (3), legal obligation มาตรา 24 (6)', () => {
    expect(cite(region, 'basis', 'consent', 'th')).toBe(`มาตรา 19 ${ACT}`);
    expect(cite(region, 'basis', 'contract', 'th')).toBe(`มาตรา 24 (3) ${ACT}`);
    expect(cite(region, 'basis', 'legal_obligation', 'th')).toBe(`มาตรา 24 (6) ${ACT}`);
    const r = find(renders, 'order_shipped');
    expect(linesWith(r.clause, 'ฐานทางกฎหมายสำหรับการจัดส่งคำสั่งซื้อ')[0]).toContain(`(มาตรา 24 (3) ${ACT})`);
    // Health data (s.26): explicit consent, s.26 para. 1 with s.19 (review-sea TH-2; was s.19 alone).
    expect(cite(region, 'basis', 'sensitive_consent', 'th')).toBe(`มาตรา 26 วรรคหนึ่ง และมาตรา 19 ${ACT}`);
    expect(linesWith(find(renders, 'appointment_reminder').clause, 'ฐานทางกฎหมาย')[0]).toContain(`ความยินยอมโดยชัดแจ้งของท่าน (มาตรา 26 วรรคหนึ่ง และมาตรา 19 ${ACT})`);
  });

  it('a protective contract is an appropriate safeguard under มาตรา 29 วรรคสาม, never s.28(5) (vital interests)', () => {
    expect(cite(region, 'mechanism', 'contract', 'th')).toBe(`มาตรา 29 วรรคสาม ${ACT}`);
    expect(cite(region, 'mechanism', 'explicit_consent', 'th')).toBe(`มาตรา 28 (2) ${ACT}`);
    const r = find(renders, 'order_shipped');
    const transfers = linesWith(r.clause, 'เราส่งหรือโอน').filter((l) => !l.includes('WhatsApp LLC'));
    expect(transfers.length).toBeGreaterThan(0);
    for (const l of transfers) {
      // A contract binding the recipient, one parenthesis, no "standard clauses" claim that no flow declares
      // (review-sea TH-5, TH-12). Stop 27 clause audit 2 (LF): only the contract the data declare, not "มาตรการคุ้มครองที่
      // เหมาะสมในรูปแบบสัญญา… ตามหลักเกณฑ์ใน "ประกาศ…ตามมาตรา 29…"", which asserted that each contract meets the s.29
      // Notification (the reviewer's, th.yaml unsettled mechanism.contract).
      expect(l).toContain(`โดยอาศัยสัญญาที่เราทำไว้กับผู้รับข้อมูลซึ่งกำหนดให้ผู้รับต้องคุ้มครองข้อมูลส่วนบุคคล (มาตรา 29 วรรคสาม ${ACT})`);
      expect(l).not.toContain('มาตรการคุ้มครองที่เหมาะสม');
      // review-3 TH-4: the Notification is not named in a short title "ประกาศ…ตามมาตรา 29 พ.ศ. 2566".
      expect(l).not.toContain('ข้อมูลส่วนบุคคลตามมาตรา 29 พ.ศ. 2566');
      expect(l).not.toContain('ข้อสัญญามาตรฐาน');
      expect(l).not.toMatch(/28 \(5\)|28\(5\)/);
    }
    expect(region.elements.find((e) => e.id === 'transfer')!.article).toMatch(/s\.28 and under s\.29, B\.E\. 2566/);
    expect(Object.keys(region.laws ?? {})).toEqual(expect.arrayContaining(['pdpc_s28_2566', 'pdpc_s29_2566']));
    expect(element(r, 'transfer').unsettled).toMatch(/s\.5 para\. 2/);
  });

  it('complaint to the expert committee (มาตรา 73, owed by มาตรา 23 (6))', () => {
    const r = find(renders, 'order_shipped');
    const el = element(r, 'complaint_to_authority');
    expect(el.written).toBe(true);
    expect(el.article).toContain('s.73 para. 1');
    const line = linesWith(r.clause, 'ร้องเรียน');
    expect(line).toHaveLength(1);
    expect(line[0]).toContain('คณะกรรมการผู้เชี่ยวชาญ');
    expect(line[0]).toContain(`มาตรา 73 วรรคหนึ่ง ${ACT}`);
  });

  it('a representative in Thailand for a controller outside Thailand (มาตรา 37 (5)), the s.38 exemption recorded', () => {
    const r = find(renders, 'order_shipped');
    const el = element(r, 'th_representative');
    expect(el.written).toBe(true);
    expect(el.unsettled).toMatch(/s\.38/);
    expect(linesWith(r.clause, 'ตัวแทนของผู้ควบคุมข้อมูลส่วนบุคคลในประเทศไทย')[0]).toContain(`มาตรา 37 (5) ${ACT}`);
  });

  it('sensitive data cites มาตรา 26 (appointment reminder: health data)', () => {
    const el = element(find(renders, 'appointment_reminder'), 'sensitive_data');
    expect(el.written).toBe(true);
    expect(el.citation).toBe(`มาตรา 26 ${ACT}`);
  });

  it('rights cite มาตรา 19 วรรคห้า, 30–34 and 36 (not s.35, a duty), in Thai', () => {
    const line = linesWith(find(renders, 'order_shipped').clause, 'ท่านมีสิทธิถอนความยินยอม');
    expect(line).toHaveLength(1);
    expect(line[0]).toContain(`มาตรา 19 วรรคห้า`);
    expect(line[0]).toContain(ACT);
    expect(line[0]).not.toMatch(/s\.30|PDPA|มาตรา 35/);
    // s.30: the source of data obtained without consent; s.33: erase, destroy or anonymise (review-sea TH-7).
    expect(line[0]).toContain('หรือขอทราบที่มาของข้อมูลส่วนบุคคลที่ได้มาโดยปราศจากความยินยอมของท่าน');
    // review-3 TH-3: the third limb of s.33 in the Act's words, not "ข้อมูลนิรนาม".
    expect(line[0]).toContain('สิทธิขอให้ลบหรือทำลาย หรือทำให้ข้อมูลส่วนบุคคลเป็นข้อมูลที่ไม่สามารถระบุตัวบุคคลที่เป็นเจ้าของข้อมูลส่วนบุคคลได้ สิทธิขอให้ระงับการใช้');
    expect(line[0]).not.toContain('นิรนาม');
    expect(line[0]).toContain(`(มาตรา 19 วรรคห้า มาตรา 30 ถึงมาตรา 34 และมาตรา 36 ${ACT})`);
  });

  it('Thai text: ท่าน, Thai citations only, the policy named as a Thai reader expects within 60 characters', () => {
    for (const r of renders) {
      // The statutory period's law is the template's own text (payment_receipt: the German Fiscal Code),
      // not the profile's: its translation is outside these files.
      for (const text of [r.clause.replace(/§ 147 of the German Fiscal Code \(Abgabenordnung\)/g, ''), r.footer]) {
        expect(text).not.toContain('คุณ');
        expect(text).not.toMatch(/\bPDPA\b|\bs\.\d|§/);
      }
    }
    const wa = find(renders, 'order_shipped');
    expect(wa.footer).toBe('นโยบายความเป็นส่วนตัว ข้อ 5.2 https://nrdl.example/p');
    expect([...wa.footer].length).toBeLessThanOrEqual(60);
  });

  it('consent flows say how to withdraw consent at any time (มาตรา 19 วรรคห้า)', () => {
    const r = find(renders, 'appointment_reminder');
    const el = element(r, 'withdraw_consent');
    expect(el.written).toBe(true);
    expect(el.citation).toBe(`มาตรา 19 วรรคห้า และมาตรา 23 (6) ${ACT}`);
    expect(linesWith(r.clause, 'ท่านสามารถถอนความยินยอมได้ทุกเมื่อ')).toHaveLength(1);
    expect(find(renders, 'order_shipped').elements.find((e) => e.id === 'withdraw_consent')).toBeUndefined();
  });

  it('government disclosure cites มาตรา 27 with มาตรา 24 (6)', () => {
    expect(element(find(renders, 'order_shipped'), 'government_disclosure').citation).toBe(`มาตรา 27 และมาตรา 24 (6) ${ACT}`);
  });
});
