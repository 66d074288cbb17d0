/**
 * Thailand, review 5 (/work/notes/review-5-th-vn.md §2.2 TH5-1 … TH5-5): each sentence as the reviewer
 * asked, rendered in-process for th · th from the examples. Law: พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล
 * พ.ศ. 2562 มาตรา 23 and 29 (/work/notes/law-th-vn.md, Thailand; checked 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { element, find, linesWith, renderMember } from './sea-members.js';

const WHATSAPP = ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup'];
const SUB =
  'ผู้ให้บริการส่งข้อความ Meta Platforms Ireland Limited แต่งตั้งผู้ประมวลผลข้อมูลส่วนบุคคลช่วง Meta Platforms, Inc. ให้จัดเก็บข้อมูลต่อไปนี้ของท่านไว้ในสหรัฐอเมริกา: หมายเลขโทรศัพท์และเนื้อหาข้อความ';
// Review 6 TH6-3: the 30-day limit is no longer in this sentence; Meta's retention line says it, from sending.

describe('th review 5 (TH5-1 … TH5-5)', () => {
  const { renders } = renderMember('th');

  it('TH5-1: Meta\'s US storage names its sub-processor; no onward transfer "โดยอาศัยมาตรการคุ้มครองของผู้รับนั้นเอง"', () => {
    for (const t of WHATSAPP) {
      const r = find(renders, t);
      // Was two lines: "… Meta Platforms Ireland Limited จัดเก็บข้อมูลต่อไปนี้ของท่านไว้ในสหรัฐอเมริกา: …" and
      // "ข้อมูลต่อไปนี้ของท่านถูกส่งหรือโอนโดย… Meta Platforms Ireland Limited ไปยังสหรัฐอเมริกา โดยอาศัยมาตรการคุ้มครองของผู้รับนั้นเอง: …".
      expect(linesWith(r.clause, 'สหรัฐอเมริกา').filter((l) => l.includes('Meta Platforms')), t).toEqual([SUB]);
      expect(r.clause, t).not.toContain('มาตรการคุ้มครองของผู้รับนั้นเอง');
      expect(r.clause, t).not.toContain('Meta Platforms Ireland Limited จัดเก็บ');
      const el = element(r, 'sub_processor_storage');
      expect(el.written, t).toBe(true);
      // The note the reviewer asked to keep: Meta's own s.29 route for Thai data is not confirmed.
      expect(el.unsettled, t).toMatch(/route under s\.29 .* is not confirmed/);
    }
    // The SMS clause has no sub-processor abroad: no element, no note. The e-mail receipt names Stripe's
    // (Stripe, Inc., review 5 EU-C) with Stripe's own note, not Meta's.
    expect(find(renders, 'appointment_reminder').elements.some((e) => e.id === 'sub_processor_storage' && e.written)).toBe(false);
    expect(element(find(renders, 'payment_receipt'), 'sub_processor_storage').unsettled).toMatch(/^Stripe, Inc\.: /);
    // Meta Platforms Ireland Limited's own transfer (ours, on the s.29 contract) stays. Since stop 27 clause audit 2 (LF)
    // it names only the contract the data declare, not "มาตรการคุ้มครองที่เหมาะสมในรูปแบบสัญญา…".
    expect(linesWith(find(renders, 'order_shipped').clause, 'ไปยังผู้ให้บริการส่งข้อความ Meta Platforms Ireland Limited (ไอร์แลนด์) โดยอาศัยสัญญาที่เราทำไว้กับผู้รับข้อมูล')).toHaveLength(1);
  });

  it('TH5-1: other regions keep their own Meta sentences (the th profile alone changed)', () => {
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'order_shipped')!;
    const eu = renderer.render(t, catalog.region('eu'), 'en', org).clause.text;
    expect(eu).not.toContain('แต่งตั้ง');
    const vn = renderer.render(t, catalog.region('vn'), 'vi', org).clause.text;
    expect(vn).toContain('sử dụng bên xử lý phụ Meta Platforms, Inc. để lưu trữ');
  });

  it('TH5-2: the representative\'s address ends in "ประเทศไทย", from the address as the organization gives it', () => {
    for (const r of renders) {
      expect(linesWith(r.clause, 'ตัวแทนของผู้ควบคุมข้อมูลส่วนบุคคลในประเทศไทย:'), r.template).toEqual([
        'ตัวแทนของผู้ควบคุมข้อมูลส่วนบุคคลในประเทศไทย: Nordlicht Thailand Co., Ltd. ตั้งอยู่ที่ 999 Rama I Road, Pathum Wan, Bangkok 10330, ประเทศไทย อีเมล th-privacy@nordlicht.example (มาตรา 23 (5) และมาตรา 37 (5) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)',
      ]);
    }
    // An address without an English country name at its end is written as given.
    const { catalog, org, templates, renderer } = examples();
    const declared = (org as unknown as { thailand: { representative: Record<string, string> } }).thailand.representative;
    const rep = { ...declared, address: '999 ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330' };
    const text = renderer.render(templates.find((x) => x.id === 'order_shipped')!, catalog.region('th'), 'th', { ...org, thailand: { representative: rep } } as typeof org).clause.text;
    expect(text).toContain('ตั้งอยู่ที่ 999 ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330 อีเมล');
  });

  it('TH5-3: the duty for tax is named as German', () => {
    // Issue 17 (2026-12-07): the duty is ours, to keep our invoice copies, and no law obliges the person to
    // provide the data; the old line ('ต้องบันทึก … หากไม่มีข้อมูลดังกล่าว เราจะไม่สามารถดำเนินการซื้อของท่านให้เสร็จสิ้นได้',
    // without them we cannot complete your purchase) said what German law does not (§ 14 Abs. 2 UStG, § 33 UStDV).
    // Review 7 TH7-3: the reviewer's phrasing (the law as subject; the person has no legal duty to provide).
    expect(linesWith(find(renders, 'payment_receipt').clause, 'กฎหมายภาษีของเยอรมนี')).toEqual([
      'กฎหมายภาษีของเยอรมนีกำหนดให้เราต้องเก็บรักษาข้อมูลต่อไปนี้ของท่านไว้ในสำเนาใบแจ้งหนี้ของเราเพื่อการจัดทำบัญชีและภาษี: ชื่อ ที่อยู่ทางไปรษณีย์ และรายละเอียดธุรกรรม ทั้งนี้ ท่านไม่มีหน้าที่ตามกฎหมายที่จะต้องให้ข้อมูลดังกล่าวแก่เรา',
    ]);
    // Other regions' texts keep their own wording: no foreign wording key in their locales (the EU's since 115ca92).
    const { catalog, org, templates, renderer } = examples();
    const en = renderer.render(templates.find((x) => x.id === 'payment_receipt')!, catalog.region('eu'), 'en', org).clause.text;
    expect(en).toContain('For tax and accounting records, we are required by law to keep your name, postal address, and transaction details on our invoice copies;');
  });

  // Stop 27 clause audit 2 (LF): the sentence no longer says the contract meets the s.29 Notification (the data declare
  // only a contract), so it no longer names the Notification, in quotation marks or otherwise; the question whether the
  // contract meets it is the reviewer's (th.yaml unsettled mechanism.contract), and names the Notification there.
  it('TH5-4 (stop 27): the s.29 Notification is not claimed in the sentence', () => {
    const r = find(renders, 'order_shipped');
    const lines = linesWith(r.clause, 'มาตรา 29 วรรคสาม');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l).not.toContain('ประกาศคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล');
      expect(l).toContain('โดยอาศัยสัญญาที่เราทำไว้กับผู้รับข้อมูลซึ่งกำหนดให้ผู้รับต้องคุ้มครองข้อมูลส่วนบุคคล (มาตรา 29 วรรคสาม');
    }
    // The note itself: test/regions/lf-clause-audit.test.ts.
  });

  it('TH5-5: our storage in Germany is one sentence over all the clause\'s data', () => {
    const own = (t: string) => linesWith(find(renders, t).clause, 'เราจัดเก็บข้อมูลต่อไปนี้ของท่านไว้ที่สถานประกอบการของเรา');
    expect(own('marketing_promotion')).toEqual(['เราจัดเก็บข้อมูลต่อไปนี้ของท่านไว้ที่สถานประกอบการของเราในเยอรมนี: ชื่อ หมายเลขโทรศัพท์ ประวัติการสั่งซื้อ ความชอบในการซื้อสินค้า และตัวระบุอุปกรณ์']);
    // payment_receipt: the payment flow's data and the tax records' (postal address) in one line.
    const payment = own('payment_receipt');
    expect(payment).toHaveLength(1);
    expect(payment[0]).toMatch(/^เราจัดเก็บข้อมูลต่อไปนี้ของท่านไว้ที่สถานประกอบการของเราในเยอรมนี: ชื่อ ที่อยู่อีเมล .*รายละเอียดธุรกรรม.* และที่อยู่ทางไปรษณีย์$/);
    for (const r of renders) expect(own(r.template).length, r.template).toBeLessThanOrEqual(1);
  });
});
