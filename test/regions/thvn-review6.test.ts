/**
 * Thailand and Vietnam, review 6 (/work/notes/review-6-th-vn.md): TH6-2 / VN6-1 (MAJOR), TH6-3,
 * TH6-4 / VN6-3, VN6-5, rendered in-process from the examples for th · th and vn · vi.
 * Law: PDPA B.E. 2562 s.23(1), (3) (/work/notes/law-th-vn.md, Thailand); Luật 91/2025/QH15 Điều 28
 * khoản 8 điểm b (regions/sea/vn.yaml; checked 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { claimKey, describeClaim, uniqueClaims } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { element, find, linesWith, renderMember } from './sea-members.js';

const WHATSAPP = ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup'];

/** Our own retention lines (not a recipient's: those start with its name). */
const ownRetentionTh = (clause: string) => linesWith(clause, 'เราเก็บรักษาข้อมูลต่อไปนี้ของท่าน');
const ownRetentionVi = (clause: string) => linesWith(clause, /chúng tôi lưu giữ các dữ liệu sau đây của bạn/i);

describe('th review 6', () => {
  const { renders } = renderMember('th');

  it('TH6-2: marketing states one period per purpose, each with its purpose; no bare period for the same data', () => {
    // Stop 27 clause audit 1 (LF): the period from withdrawal is a deletion window (regions/sea/th.yaml
    // statement.retainUntilWithdrawal); it was "… เป็นเวลา 30 วัน นับแต่วันที่ท่านถอนความยินยอม", holding after withdrawal.
    expect(ownRetentionTh(find(renders, 'marketing_promotion').clause)).toEqual([
      'เพื่อการส่งข้อความทางการตลาด เราเก็บรักษาข้อมูลต่อไปนี้ของท่านจนกว่าท่านจะถอนความยินยอม และจะลบหรือทำลายข้อมูลดังกล่าวภายใน 30 วัน นับแต่วันที่ท่านถอนความยินยอม: ชื่อ หมายเลขโทรศัพท์ ประวัติการสั่งซื้อ และความชอบในการซื้อสินค้า',
      'เพื่อการโฆษณาที่ปรับให้เหมาะกับท่านตามพฤติกรรม เราเก็บรักษาข้อมูลต่อไปนี้ของท่านเป็นเวลา 90 วัน นับแต่วันที่เก็บรวบรวมข้อมูล หรือจนกว่าท่านจะถอนความยินยอม แล้วแต่อย่างใดจะถึงก่อน: หมายเลขโทรศัพท์ ตัวระบุอุปกรณ์ และประวัติการสั่งซื้อ',
    ]);
  });

  it('TH6-2: every retention line of ours in every clause names its purpose', () => {
    for (const r of renders) {
      const lines = ownRetentionTh(r.clause);
      expect(lines.length, r.template).toBeGreaterThan(0);
      for (const l of lines) expect(l.trim(), r.template).toMatch(/^เพื่อ\S+ เราเก็บรักษา/);
    }
    expect(ownRetentionTh(find(renders, 'service_hours_notice').clause)).toEqual([
      // Stop 27 clause audit 1 (LF): a deletion window after withdrawal, as marketing_promotion above.
      'เพื่อการแจ้งเตือนเกี่ยวกับบริการ เราเก็บรักษาข้อมูลต่อไปนี้ของท่านจนกว่าท่านจะถอนความยินยอม และจะลบหรือทำลายข้อมูลดังกล่าวภายใน 30 วัน นับแต่วันที่ท่านถอนความยินยอม: หมายเลขโทรศัพท์',
    ]);
    expect(ownRetentionTh(find(renders, 'order_shipped').clause)).toEqual([
      'เพื่อการจัดส่งคำสั่งซื้อ เราเก็บรักษาข้อมูลต่อไปนี้ของท่านเป็นเวลา 180 วัน นับแต่วันที่ส่งมอบคำสั่งซื้อ: ชื่อ หมายเลขโทรศัพท์ และที่อยู่ทางไปรษณีย์',
    ]);
    // payment: the two 13-month lines are one; the invoice copies name their own purpose.
    const payment = ownRetentionTh(find(renders, 'payment_receipt').clause);
    expect(payment).toHaveLength(2);
    expect(payment[0]).toBe(
      'เพื่อการดำเนินการชำระเงิน เราเก็บรักษาข้อมูลต่อไปนี้ของท่านเป็นเวลา 13 เดือน นับแต่วันที่ธุรกรรมเสร็จสมบูรณ์: ชื่อ ที่อยู่อีเมล รายละเอียดธุรกรรม และประเภทบัตรพร้อมเลขท้ายสี่หลักของบัตร',
    );
    expect(payment[1]!.startsWith('เพื่อการจัดทำบัญชีและภาษี เราเก็บรักษาข้อมูลต่อไปนี้ของท่านไว้ในสำเนาใบแจ้งหนี้ของเราเป็นเวลา 8 ปี')).toBe(true);
  });

  it('TH6-3: Meta\'s 30-day limit is stated once, in its retention line', () => {
    for (const t of WHATSAPP) {
      const clause = find(renders, t).clause;
      expect(linesWith(clause, 'Meta Platforms, Inc.'), t).toEqual([
        'ผู้ให้บริการส่งข้อความ Meta Platforms Ireland Limited แต่งตั้งผู้ประมวลผลข้อมูลส่วนบุคคลช่วง Meta Platforms, Inc. ให้จัดเก็บข้อมูลต่อไปนี้ของท่านไว้ในสหรัฐอเมริกา: หมายเลขโทรศัพท์และเนื้อหาข้อความ',
      ]);
      expect(linesWith(clause, '30 วัน').filter((l) => l.includes('Meta Platforms')), t).toEqual([
        // With its purpose, as our own periods (issue 17, review 6 TH6-1/CN6-3; regions/sea/th.yaml).
        'เพื่อการส่งข้อความ Meta Platforms Ireland Limited เก็บรักษาข้อมูลต่อไปนี้ของท่านเป็นเวลาไม่เกิน 30 วัน นับแต่วันที่ส่งข้อความ: หมายเลขโทรศัพท์และเนื้อหาข้อความ',
      ]);
    }
  });

  it('TH6-4: the card label is one item, with no "และ" of its own, in the storage line', () => {
    const clause = find(renders, 'payment_receipt').clause;
    expect(clause).not.toContain('ประเภทบัตรและเลขท้าย');
    expect(linesWith(clause, 'สถานประกอบการของเราในเยอรมนี')).toEqual([
      'เราจัดเก็บข้อมูลต่อไปนี้ของท่านไว้ที่สถานประกอบการของเราในเยอรมนี: ชื่อ ที่อยู่อีเมล รายละเอียดธุรกรรม ประเภทบัตรพร้อมเลขท้ายสี่หลักของบัตร และที่อยู่ทางไปรษณีย์',
    ]);
  });
});

describe('vn review 6', () => {
  const { renders } = renderMember('vn');

  it('VN6-1: the advertising period is not contradicted: one period per purpose, each with its purpose', () => {
    // Stop 27 clause audit 1 (LF): the period from withdrawal is a deletion window (regions/sea/vn.yaml
    // statement.retainUntilWithdrawal); it was "… trong 30 ngày kể từ ngày bạn rút lại sự đồng ý", holding after withdrawal.
    expect(ownRetentionVi(find(renders, 'marketing_promotion').clause)).toEqual([
      'Để gửi tin nhắn tiếp thị, chúng tôi lưu giữ các dữ liệu sau đây của bạn cho đến khi bạn rút lại sự đồng ý, và xóa các dữ liệu này trong thời hạn 30 ngày kể từ ngày bạn rút lại sự đồng ý: họ tên, số điện thoại, lịch sử đặt hàng và sở thích mua sắm.',
      'Để quảng cáo theo hành vi và cá nhân hóa quảng cáo, chúng tôi lưu giữ các dữ liệu sau đây của bạn trong 90 ngày kể từ thời điểm thu thập hoặc cho đến khi bạn rút lại sự đồng ý, tùy thời điểm nào đến trước: số điện thoại, mã định danh thiết bị và lịch sử đặt hàng.',
    ]);
  });

  it('VN6-1: every retention line of ours names its purpose; payment\'s two 13-month lines are one', () => {
    for (const r of renders) {
      const lines = ownRetentionVi(r.clause);
      expect(lines.length, r.template).toBeGreaterThan(0);
      for (const l of lines) expect(l.trim(), r.template).toMatch(/^Để [^,]+, chúng tôi lưu giữ/);
    }
    expect(ownRetentionVi(find(renders, 'service_hours_notice').clause)).toEqual([
      // Stop 27 clause audit 1 (LF): a deletion window after withdrawal, as marketing_promotion above.
      'Để gửi thông báo dịch vụ, chúng tôi lưu giữ các dữ liệu sau đây của bạn cho đến khi bạn rút lại sự đồng ý, và xóa các dữ liệu này trong thời hạn 30 ngày kể từ ngày bạn rút lại sự đồng ý: số điện thoại.',
    ]);
    const payment = ownRetentionVi(find(renders, 'payment_receipt').clause);
    expect(payment).toHaveLength(2);
    expect(payment[0]).toBe(
      'Để thực hiện thanh toán, chúng tôi lưu giữ các dữ liệu sau đây của bạn trong 13 tháng kể từ ngày hoàn tất giao dịch: họ tên, địa chỉ email, chi tiết giao dịch và loại thẻ kèm bốn chữ số cuối của thẻ.',
    );
    expect(payment[1]!.startsWith('Để ghi sổ kế toán và thuế, chúng tôi lưu giữ các dữ liệu sau đây của bạn trên các bản sao hóa đơn của chúng tôi trong 8 năm')).toBe(true);
  });

  it('VN6-3: the card label is one item, with no "và" of its own', () => {
    const clause = find(renders, 'payment_receipt').clause;
    expect(clause).not.toContain('loại thẻ và bốn');
    expect(linesWith(clause, 'trên hệ thống của chúng tôi tại Đức')[0]).toMatch(/: họ tên, địa chỉ email, chi tiết giao dịch, loại thẻ kèm bốn chữ số cuối của thẻ và địa chỉ bưu chính\.$/);
  });

  it('VN6-5: sub_processor_storage is written only where a recipient has a sub-processor abroad', () => {
    for (const t of WHATSAPP) expect(element(find(renders, t), 'sub_processor_storage').written, t).toBe(true);
    expect(find(renders, 'appointment_reminder').elements.some((e) => e.id === 'sub_processor_storage' && e.written)).toBe(false);
    expect(find(renders, 'appointment_reminder').clause).not.toContain('bên xử lý phụ');
    // The e-mail receipt now names Stripe's sub-processor (review 5 EU-C): the element is written with the
    // sentence, and carries Stripe's note, not Meta's.
    const receipt = find(renders, 'payment_receipt');
    expect(receipt.clause).toContain('sử dụng bên xử lý phụ Stripe, Inc. để lưu trữ');
    expect(element(receipt, 'sub_processor_storage').unsettled).toMatch(/^Stripe, Inc\.: /);
  });
});

describe('review 6 th/vn: the claim reader reads the purpose-led sentences back; other regions keep theirs', () => {
  const { catalog, org, templates, renderer } = examples();
  const names = (t: (typeof templates)[number]) => t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));

  for (const [region, locale] of [['th', 'th'], ['vn', 'vi']] as const) {
    it(`${region} × ${locale}: every clause's claims read back equal the renderer's (retention periods included)`, () => {
      for (const t of templates) {
        const res = renderer.render(t, catalog.region(region), locale, org);
        const read = readClaims(res.clause.text, catalog.locale(locale), { names: names(t) });
        expect(read.claims.map(describeClaim).sort(), t.id).toEqual(uniqueClaims(res.clause.claims).map(describeClaim).sort());
        expect(read.claims.map(claimKey), t.id).toEqual(uniqueClaims(res.clause.claims).map(claimKey));
      }
    });
  }

  it('sg keeps its own retention sentence (the th/vn profiles alone changed)', () => {
    // service_hours_notice: one purpose only (since review 10 L10-1 marketing_promotion's lines lead with their purpose
    // in sg too, as two purposes keep the phone number and order history: test/regions/review10.test.ts). Since review
    // 11 L11-1 a period from withdrawal is sg's deletion window (regions/sea/sg.yaml statement.retainUntilWithdrawal);
    // it was "We keep your phone number for 30 days from withdrawal of your consent."
    const t = templates.find((x) => x.id === 'service_hours_notice')!;
    const sg = renderer.render(t, catalog.region('sg'), 'en', org).clause.text;
    expect(sg).toMatch(/^\s*For service notifications, we keep your phone number until you withdraw your consent to service notifications, and delete what we hold within 30 days from withdrawal of your consent\./m);
  });
});
