/**
 * Thailand, review 3 minors (issue 17; /work/notes/review-3-sea.md §4 TH-2 … TH-5): each sentence as
 * the reviewer asked, rendered for th · th from the examples. TH-3 and TH-4 are also held by th.test.ts.
 * Law: พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 23 (5) (the DPO's place and means of contact),
 * มาตรา 33 (Thai text checked 2026-12-06 at https://pdpa.sidata.plus/article-33).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { find, linesWith, renderMember } from './sea-members.js';

describe('th review 3 (TH-2 … TH-5)', () => {
  const { renders } = renderMember('th');

  it('TH-2: the DPO line gives the place of contact the organization declares (มาตรา 23 (5)), country in Thai', () => {
    // Was: "เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล: dpo@nordlicht.example" (means of contact only).
    for (const r of renders) {
      expect(linesWith(r.clause, 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล:'), r.template).toEqual([
        'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล: ติดต่อได้ที่ Friedrichstraße 100, 10117 Berlin, เยอรมนี อีเมล dpo@nordlicht.example',
      ]);
    }
    // Without a declared place the line gives the e-mail alone; nothing is invented.
    const { catalog, org, templates, renderer } = examples();
    const { address: _a, ...dpo } = org.dpo!;
    const text = renderer.render(templates.find((t) => t.id === 'order_shipped')!, catalog.region('th'), 'th', { ...org, dpo }).clause.text;
    expect(linesWith(text, 'เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล:')).toEqual(['เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล: dpo@nordlicht.example']);
    // Other regions keep their DPO line without the address.
    const eu = renderer.render(templates.find((t) => t.id === 'order_shipped')!, catalog.region('eu'), 'en', org).clause.text;
    expect(eu).toContain('Data protection officer: dpo@nordlicht.example.');
  });

  it('TH-5: the e-mail footer is a sentence with "เรา", "และ" before the last datum and the policy link', () => {
    // Was: "ชื่อ ที่อยู่อีเมล ข้อมูลบัตรชำระเงิน รายละเอียดธุรกรรม เปิดเผยแก่ผู้ให้บริการชำระเงิน Stripe Payments Europe ดูรายละเอียดที่ นโยบายความเป็นส่วนตัว ข้อ 5.3".
    expect(find(renders, 'payment_receipt').footer).toBe(
      'เราเปิดเผยชื่อ ที่อยู่อีเมล และรายละเอียดธุรกรรมของท่านแก่ผู้ให้บริการชำระเงิน Stripe Payments Europe ดูรายละเอียดได้ที่นโยบายความเป็นส่วนตัว ข้อ 5.3 https://nrdl.example/p',
    );
    // The WhatsApp footers keep the reference with the link (60 characters).
    expect(find(renders, 'order_shipped').footer).toBe('นโยบายความเป็นส่วนตัว ข้อ 5.2 https://nrdl.example/p');
  });

  it('TH-3: the rights line words s.33 as the Act does', () => {
    const line = linesWith(find(renders, 'order_shipped').clause, 'ท่านมีสิทธิถอนความยินยอม')[0]!;
    expect(line).toContain('หรือทำให้ข้อมูลส่วนบุคคลเป็นข้อมูลที่ไม่สามารถระบุตัวบุคคลที่เป็นเจ้าของข้อมูลส่วนบุคคลได้');
    expect(line).not.toContain('นิรนาม');
  });

  // Stop 27 clause audit 2 (LF): a contract transfer no longer claims to meet the s.29 Notification (the data declare
  // only a contract), so the sentence names no Notification; the full title stays where the profile records it
  // (laws.pdpc_s29_2566) and in the reviewer's note. What TH-4 guarded against, a short title, is still absent.
  it('TH-4 (stop 27): contract transfers name no Notification, short title or full', () => {
    const lines = linesWith(find(renders, 'order_shipped').clause, 'มาตรา 29 วรรคสาม');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).not.toMatch(/ประกาศคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล/);
  });
});
