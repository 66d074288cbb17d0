/**
 * Stop 27 clause audit (TB, /work/notes/lead27/clause-audit.md), fixed by LF, rendered in-process:
 * - 1: th and vn stated a period from withdrawal of consent as holding "for marketing messages … for 30 days from
 *   withdrawal"; it is a deletion window (as china, sg, my, id, ph), and for vn the window against Nghị định
 *   356/2025/NĐ-CP khoản 2 Điều 5 (15 days) reaches the reviewer as an unsettled note on the retention element.
 * - 2: th's transfer sentence said each recipient's contract is an appropriate safeguard meeting the s.29 Notification;
 *   the data declare only `contract`, so the sentence names the contract and the reviewer gets the question.
 * - 4: the § 147 Abs. 3 AO extension said "while an assessment is in progress" (th, vi) or "still open" (en, de, es, it,
 *   nl, pl, id, ms, zh-CN): the statute keeps the period running for taxes whose assessment period has not expired.
 * - 5: th's government sentence cited s.27 with s.24(6) in the appointment clause, which carries health data (s.26): for
 *   s.26 data only s.26 (4) or (5) lets us disclose without explicit consent.
 * - 14: th and vn rights lists offered withdrawal of consent in clauses with no consent: it says where it applies.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const ex = examples();
const tpl = (id: string) => ex.templates.find((t) => t.id === id)!;
const render = (id: string, region: string, locale: string) => ex.renderer.render(tpl(id), ex.catalog.region(region), locale, ex.org);
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('audit 1: a period from withdrawal is a deletion window in th and vn', () => {
  it('th: marketing_promotion and service_hours_notice', () => {
    for (const id of ['marketing_promotion', 'service_hours_notice']) {
      const res = render(id, 'th', 'th');
      expect(res.clause.text, id).not.toMatch(/เป็นเวลา 30 วัน นับแต่วันที่ท่านถอนความยินยอม/);
      expect(res.clause.text, id).toMatch(/เราเก็บรักษาข้อมูลต่อไปนี้ของท่านจนกว่าท่านจะถอนความยินยอม และจะลบหรือทำลายข้อมูลดังกล่าวภายใน 30 วัน นับแต่วันที่ท่านถอนความยินยอม: /);
      // The claim stays the period from withdrawal.
      expect(res.clause.claims.some((c) => c.action === 'retain' && c.retention?.from === 'consent_withdrawal' && c.retention.value === 30), id).toBe(true);
    }
    expect(lines(render('marketing_promotion', 'th', 'th').clause.text)).toContain(
      'เพื่อการส่งข้อความทางการตลาด เราเก็บรักษาข้อมูลต่อไปนี้ของท่านจนกว่าท่านจะถอนความยินยอม และจะลบหรือทำลายข้อมูลดังกล่าวภายใน 30 วัน นับแต่วันที่ท่านถอนความยินยอม: ชื่อ หมายเลขโทรศัพท์ ประวัติการสั่งซื้อ และความชอบในการซื้อสินค้า',
    );
  });
  it('vn: marketing_promotion and service_hours_notice, with the Decree 356 note on the retention element', () => {
    for (const id of ['marketing_promotion', 'service_hours_notice']) {
      const res = render(id, 'vn', 'vi');
      expect(res.clause.text, id).not.toMatch(/trong 30 ngày kể từ ngày bạn rút lại sự đồng ý/);
      expect(res.clause.text, id).toMatch(/chúng tôi lưu giữ các dữ liệu sau đây của bạn cho đến khi bạn rút lại sự đồng ý, và xóa các dữ liệu này trong thời hạn 30 ngày kể từ ngày bạn rút lại sự đồng ý: /);
      const retention = res.clause.elements.find((e) => e.id === 'retention')!;
      const note = retention.notes?.find((n) => n.key === 'retention.consent_withdrawal');
      expect(note?.note, id).toMatch(/khoản 2 Điều 5/);
      expect(note?.note, id).toMatch(/15 days/);
    }
  });
  it('vn: no withdrawal note on a clause that keeps nothing from a withdrawal (order_shipped)', () => {
    const res = render('order_shipped', 'vn', 'vi');
    expect(res.clause.elements.flatMap((e) => e.notes ?? []).some((n) => n.key === 'retention.consent_withdrawal')).toBe(false);
  });
});

describe('audit 2: th transfer sentences claim only the contract the data declare', () => {
  for (const id of ['marketing_promotion', 'payment_receipt', 'order_shipped']) {
    it(id, () => {
      const res = render(id, 'th', 'th');
      const transfers = lines(res.clause.text).filter((l) => l.startsWith('เราส่งหรือโอน') && l.includes('มาตรา 29 วรรคสาม'));
      expect(transfers.length).toBeGreaterThan(0);
      for (const l of transfers) {
        expect(l).toContain('โดยอาศัยสัญญาที่เราทำไว้กับผู้รับข้อมูลซึ่งกำหนดให้ผู้รับต้องคุ้มครองข้อมูลส่วนบุคคล (มาตรา 29 วรรคสาม');
        expect(l).not.toMatch(/มาตรการคุ้มครองที่เหมาะสม|ตามหลักเกณฑ์ใน/);
      }
      // The claim is still a transfer on a contract, and the reviewer sees whether it meets the Notification.
      expect(res.clause.claims.some((c) => c.action === 'transfer' && c.mechanism === 'contract')).toBe(true);
      const notes = res.clause.elements.flatMap((e) => e.notes ?? []);
      expect(notes.find((n) => n.key === 'mechanism.contract')?.note).toMatch(/not that the contract is an appropriate safeguard meeting the Notification/);
      expect(notes.find((n) => n.key === 'mechanism.contract')?.note).toMatch(/PDPC Notification under s\.29 B\.E\. 2566/);
    });
  }
});

describe('audit 4: the tax-record extension is the assessment period that has not expired', () => {
  it('th and vn payment_receipt', () => {
    const th = render('payment_receipt', 'th', 'th').clause.text;
    expect(th).toContain('หรือนานกว่านั้นตราบเท่าที่ข้อมูลยังมีความสำคัญต่อภาษีที่ยังอยู่ในระยะเวลาการประเมินภาษี');
    expect(th).not.toContain('การประเมินภาษีที่ยังดำเนินอยู่');
    const vi = render('payment_receipt', 'vn', 'vi').clause.text;
    expect(vi).toContain('hoặc lâu hơn chừng nào các dữ liệu này còn có ý nghĩa đối với khoản thuế còn trong thời hạn ấn định thuế');
    expect(vi).not.toContain('đang diễn ra');
  });
  it('every locale of the examples: no "in progress" or "still open" assessment', () => {
    const out = [
      ...['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'].map((l) => render('payment_receipt', 'eu', l).clause.text),
      render('payment_receipt', 'my', 'ms').clause.text,
      render('payment_receipt', 'id', 'id').clause.text,
    ].join('\n');
    expect(out).not.toMatch(/still open|noch offene|aún abierta|ancora aperto|nog openstaat|niezakończonego|belum selesai/);
    expect(out).toContain('or longer while they matter for taxes whose assessment period is still running');
    expect(out).toContain('solange sie für Steuern von Bedeutung sind, deren Festsetzungsfrist noch läuft');
  });
});

describe('audit 5: th government sentence in a clause with s.26 data', () => {
  const gov = (id: string) => lines(render(id, 'th', 'th').clause.text).filter((l) => l.startsWith('เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านแก่หน่วยงานของรัฐ'));
  it('appointment_reminder cites s.26 (4) or (5) for the sensitive data', () => {
    expect(gov('appointment_reminder')).toEqual([
      'เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านแก่หน่วยงานของรัฐเมื่อกฎหมายกำหนด (มาตรา 27 และมาตรา 24 (6) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 และสำหรับข้อมูลส่วนบุคคลที่มีความอ่อนไหว มาตรา 26 (4) หรือ (5) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)',
    ]);
  });
  it('a clause without sensitive data keeps s.27 with s.24(6) alone (order_shipped)', () => {
    expect(gov('order_shipped')).toEqual(['เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านแก่หน่วยงานของรัฐเมื่อกฎหมายกำหนด (มาตรา 27 และมาตรา 24 (6) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)']);
  });
});

describe('audit 14: withdrawal of consent is offered where we rely on consent', () => {
  it('th and vn order_shipped (a contract clause)', () => {
    expect(render('order_shipped', 'th', 'th').clause.text).toContain('ท่านมีสิทธิถอนความยินยอม (ในกรณีที่อาศัยความยินยอม) สิทธิขอเข้าถึง');
    expect(render('order_shipped', 'vn', 'vi').clause.text).toContain('yêu cầu rút lại sự đồng ý (đối với hoạt động xử lý dựa trên sự đồng ý);');
  });
});
