/**
 * Thailand and Vietnam, review 8 (/work/notes/review-8-th-vn.md): VN8-1 (MAJOR), VN8-2, TH8-1, TH8-2,
 * TH8-4(a) and the th/vi per-purpose withdrawal words, rendered in-process for th · th and vn · vi.
 * Law: Luật 91/2025/QH15 Điều 20 khoản 1 điểm c (regions/sea/vn.yaml, read 2026-12-07 in the Công báo text).
 */
import { describe, expect, it } from 'vitest';
import { flowViews } from '../../src/export/flow-view.js';
import type { Template } from '../../src/model/types.js';
import type { Project, Target } from '../../src/project.js';
import { Localizer } from '../../src/render/localizer.js';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const clauseOf = (t: Template, region: string, lng: string) => renderer.render(t, catalog.region(region), lng, org).clause.text;
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('VN8-1: the card Stripe collects abroad for us is our cross-border transfer (Điều 20 khoản 1 điểm c)', () => {
  it('the vi card sentence says so with the point, and does not say we send the card', () => {
    const text = clauseOf(tpl('payment_receipt'), 'vn', 'vi');
    const card = lines(text).filter((l) => l.startsWith('Bạn nhập thông tin thẻ thanh toán'));
    expect(card).toEqual([
      'Bạn nhập thông tin thẻ thanh toán trực tiếp vào hệ thống của đơn vị xử lý thanh toán Stripe Payments Europe (Ai-len); đơn vị này tiếp nhận và xử lý thông tin này thay mặt chúng tôi trên nền tảng của mình ở nước ngoài (chuyển dữ liệu cá nhân xuyên biên giới theo điểm c khoản 1 Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15); thông tin này không đi qua hệ thống của chúng tôi.',
    ]);
    // The transfer line still names only what passes through us; the card stays sensitive under điểm k.
    expect(text).toContain('Chúng tôi chuyển các dữ liệu sau đây của bạn ra nước ngoài, đến đơn vị xử lý thanh toán Stripe Payments Europe (Ai-len): họ tên, địa chỉ email và chi tiết giao dịch.');
    expect(text).toContain('Dữ liệu cá nhân nhạy cảm trong mục này: thông tin thẻ thanh toán (điểm k khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP).');
  });

  it('a collector inside Vietnam keeps the general sentence (no transfer), and th keeps its own', () => {
    const base = tpl('payment_receipt');
    const local: Template = {
      ...base,
      flows: base.flows.map((f) => (f.collectedByRecipients?.data?.length ? { ...f, storage: [], recipients: f.recipients.map((r) => ({ ...r, country: 'VN', storage: undefined, subProcessor: undefined })) } : f)),
    };
    const text = clauseOf(local, 'vn', 'vi');
    expect(text).toContain('Bạn nhập thông tin thẻ thanh toán trực tiếp vào hệ thống của đơn vị xử lý thanh toán Stripe Payments Europe (Việt Nam), đơn vị tiếp nhận thông tin này thay mặt chúng tôi');
    expect(text).not.toContain('điểm c khoản 1 Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15); thông tin này');
    expect(clauseOf(base, 'th', 'th')).not.toMatch(/มาตรา 2[89][^\n]*ไม่ผ่านระบบของเรา/);
  });
});

describe('TH8-1: the Thai card sentence in native drafting', () => {
  it('names Stripe as the one who receives the card, with no dangling "ซึ่ง"', () => {
    const text = clauseOf(tpl('payment_receipt'), 'th', 'th');
    expect(lines(text)).toContain('ท่านกรอกข้อมูลบัตรชำระเงินลงในระบบของผู้ให้บริการชำระเงิน Stripe Payments Europe (ไอร์แลนด์) โดยตรง โดย Stripe Payments Europe รับข้อมูลดังกล่าวไว้ในนามของเรา และข้อมูลดังกล่าวไม่ผ่านระบบของเรา');
    expect(text).not.toContain('โดยตรง ซึ่งรับข้อมูล');
  });
});

describe("TH8-2: Stripe's own AML retention in Thai, the condition first", () => {
  it('reads as the reviewer drafted it, with no "ผู้ให้บริการชำระเงินรายนี้"', () => {
    const text = clauseOf(tpl('payment_receipt'), 'th', 'th');
    expect(lines(text)).toContain('นอกจากนี้ ในกรณีที่กฎหมายว่าด้วยการป้องกันและปราบปรามการฟอกเงินที่ใช้บังคับแก่ Stripe Payments Europe กำหนดให้ต้องเก็บรักษาบันทึกธุรกรรม Stripe Payments Europe จะเก็บรักษาบันทึกดังกล่าวตามระยะเวลาที่กฎหมายนั้นกำหนด ในฐานะผู้ควบคุมข้อมูลส่วนบุคคลเพื่อปฏิบัติหน้าที่ตามกฎหมายของตนเอง มิใช่ในนามของเรา');
    expect(text).not.toContain('ผู้ให้บริการชำระเงินรายนี้');
  });
});

describe("VN8-2: Stripe's two retention sentences in Vietnamese", () => {
  it('no doubled "và", and the second clause has Stripe as its subject', () => {
    const text = clauseOf(tpl('payment_receipt'), 'vn', 'vi');
    expect(text).toContain('trong thời gian cần thiết để hoàn tất thanh toán, xử lý hoàn tiền và bồi hoàn (chargeback): họ tên, địa chỉ email, thông tin thẻ thanh toán và chi tiết giao dịch.');
    expect(text).not.toContain('thanh toán và xử lý hoàn tiền và bồi hoàn');
    expect(lines(text)).toContain('Ngoài ra, Stripe Payments Europe lưu giữ hồ sơ giao dịch nếu pháp luật về phòng, chống rửa tiền áp dụng đối với đơn vị này yêu cầu, trong thời hạn do pháp luật đó quy định; khi đó, Stripe Payments Europe lưu giữ hồ sơ này với tư cách là bên kiểm soát dữ liệu cá nhân để thực hiện nghĩa vụ pháp lý của chính mình, không phải thay mặt chúng tôi.');
    expect(text).not.toContain('việc lưu giữ này được thực hiện');
  });
});

describe('TH8-4(a): the general Thai "not obliged to provide" line in the form TH7-3 gave the tax line', () => {
  it('a legal-obligation flow the person need not supply says "ท่านไม่มีหน้าที่ตามกฎหมาย…", never "ไม่มีกฎหมายใดกำหนด…"', () => {
    const base = tpl('order_shipped');
    const t: Template = { ...base, flows: base.flows.map((f, i) => (i === 0 ? { ...f, legalBasis: 'legal_obligation', required: false } : f)) };
    const text = clauseOf(t, 'th', 'th');
    expect(lines(text).some((l) => l.startsWith('ท่านไม่มีหน้าที่ตามกฎหมายที่จะต้องให้ข้อมูลต่อไปนี้แก่เรา: '))).toBe(true);
    expect(text).not.toContain('ไม่มีกฎหมายใดกำหนด');
  });
});

describe('th/vi per-purpose withdrawal and decision words (dormant in th and vn: composed as the renderer composes them)', () => {
  // renderer.ts withdrawalWays, scoped branch: a reply that ends both consents, one switch for the first, e-mail.
  const scoped = (lng: string) => {
    const loc = new Localizer(catalog.locale(lng));
    const q = (p: string) => loc.t('withdrawal.purposeQuoted', { purpose: p });
    const both = loc.t('withdrawal.purposesMany', { list: loc.list([q('A'), q('B')]) });
    const one = loc.t('withdrawal.purposesOne', { list: q('A') });
    const ways = [loc.t('withdrawal.replyEnds', { reply: 'REPLY', purposes: both }), loc.t('withdrawal.settingEnds', { setting: '“S”', purposes: one }), loc.t('withdrawal.email', { email: 'x@y' })];
    const how = loc.t('withdrawal.scopedLast', { first: loc.t('withdrawal.scopedNext', { first: ways[0]!, second: ways[1]! }), second: ways[2]! });
    return loc.t('clause.withdrawHow', { how, article: 'ART' });
  };
  it('vi: each way names only what it withdraws; "rút lại sự đồng ý" is said once, no "đó"', () => {
    const text = scoped('vi');
    expect(text).toContain('bằng cách REPLY (đối với các mục đích “A” và “B”); tắt “S” (đối với mục đích “A”); hoặc gửi email đến x@y;');
    expect(text.match(/rút lại sự đồng ý/g)?.length).toBe(2); // the opening and "việc rút lại sự đồng ý không ảnh hưởng…"
    expect(text).not.toContain('sự đồng ý đó');
  });
  it('th: the switch withdraws the consent for its purposes, without "นั้น"', () => {
    const text = scoped('th');
    expect(text).toContain('ปิดการตั้งค่า “S” เพื่อถอนความยินยอมสำหรับวัตถุประสงค์ “A”');
    expect(text).not.toContain('ความยินยอมนั้น');
  });
  it('the Commission Implementing Decision: official English title in th, "Quyết định thực thi … của Ủy ban châu Âu" in vi', () => {
    const th = new Localizer(catalog.locale('th'));
    const vi = new Localizer(catalog.locale('vi'));
    expect(th.t('statement.withArticleDecision', { label: 'L', article: 'ART', decision: '2023/1795' })).toBe('L (ART; Commission Implementing Decision (EU) 2023/1795)');
    expect(vi.t('statement.withArticleDecision', { label: 'L', article: 'ART', decision: '2023/1795' })).toBe('L (ART; Quyết định thực thi (EU) 2023/1795 của Ủy ban châu Âu)');
    const values = { recipient: 'R', data: 'D', name: 'N', article: 'ART', decision: '2023/1795' };
    expect(th.t('statement.transferOnwardDpf', values)).toContain('(ART; Commission Implementing Decision (EU) 2023/1795)');
    expect(th.t('statement.transferOnwardDpf', values)).not.toContain('คำวินิจฉัยการบังคับใช้');
    expect(vi.t('statement.transferOnwardDpf', values)).toContain('(ART; Quyết định thực thi (EU) 2023/1795 của Ủy ban châu Âu).');
  });
});

describe('TH8-3 / VN8-3: the pack flows table quotes what the clause states', () => {
  const project = { catalog, org, renderer } as unknown as Project;
  const targets: Target[] = [{ region: catalog.region('th'), locale: 'th' }, { region: catalog.region('vn'), locale: 'vi' }];
  const table = (id: string) => flowViews(project, tpl(id), targets);
  const cell = (rows: ReturnType<typeof table>, flow: string, region: string) => rows.find((r) => r.id === flow)!.transfer.find((x) => x.region === region)!.text;
  const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const rows = table('payment_receipt');

  it('(a) every storage sentence quoted "as the clause states" is in the clause (its data list elided where the clause states one line)', () => {
    for (const [region, lng] of [['th', 'th'], ['vn', 'vi']] as const) {
      const clause = clauseOf(tpl('payment_receipt'), region, lng);
      for (const flow of ['payment_records', 'card_receipt', 'accounting']) {
        const q = quoted(cell(rows, flow, region));
        expect(q.length, `${region} ${flow}`).toBe(1);
        const [head] = q[0]!.split('…');
        expect(lines(clause).some((l) => l.startsWith(head!)), `${region} ${flow}`).toBe(true);
        expect(q[0], `${region} ${flow}`).toMatch(/: …\.?$/);
      }
    }
  });

  it('(b) th: the card is not on the s.29 contract as sent by us; vn: it is our transfer as the card sentence states (VN8-1)', () => {
    const th = cell(rows, 'payment', 'th');
    expect(th).toContain('(for name, email address, and transaction details only); payment card details: collected by Stripe Payments Europe directly from the person on our behalf, not sent by us');
    const vn = cell(rows, 'payment', 'vn');
    expect(vn).toContain('payment card details, collected by Stripe Payments Europe from the person on its platform abroad on our behalf: our own transfer');
    for (const [region, lng, text] of [['th', 'th', th], ['vn', 'vi', vn]] as const) {
      const clause = lines(clauseOf(tpl('payment_receipt'), region, lng));
      for (const q of quoted(text)) expect(clause, region).toContain(q);
    }
  });

  it('(b) the quoted card sentence is the one the clause writes in every region that writes one (SEA8-1 contract form too)', () => {
    const all: Target[] = [['sg', 'en'], ['my', 'ms'], ['id', 'id'], ['ph', 'en'], ['eu', 'en']].map(([id, locale]) => ({ region: catalog.region(id!), locale: locale! }));
    const wide = flowViews(project, tpl('payment_receipt'), all);
    for (const { region, locale } of all) {
      const text = wide.find((r) => r.id === 'payment')!.transfer.find((x) => x.region === region.id)!.text;
      const clause = lines(clauseOf(tpl('payment_receipt'), region.id, locale));
      for (const q of quoted(text)) expect(clause, region.id).toContain(q);
      if (region.id === 'sg') expect(text).toContain('under the same contract, as the clause');
    }
  });

  it("(c) the legal-obligation note names the basis the clause states and the one left open", () => {
    for (const [region, lng, chosen, open] of [['th', 'th', 'มาตรา 24 (5)', 'มาตรา 24 (6)'], ['vn', 'vi', 'điểm d khoản 1 Điều 19', 'điểm đ khoản 1 Điều 19']] as const) {
      const res = renderer.render(tpl('payment_receipt'), catalog.region(region), lng, org);
      const notes = res.clause.elements.flatMap((e) => e.notes ?? []).filter((n) => n.key === 'basis.legal_obligation');
      expect(notes.length, region).toBe(1);
      expect(notes[0]!.article.startsWith(chosen), region).toBe(true);
      expect(notes[0]!.article, region).toContain(`chosen for a legal obligation under another state's law; ${open}`);
      expect(notes[0]!.article.endsWith(' open'), region).toBe(true);
    }
  });

  it("(VN8-3) Meta's 30 days are kept by Meta Platforms Ireland Limited only, as the clause says", () => {
    const meta = table('marketing_promotion').find((r) => r.id === 'whatsapp_cloud_api')!;
    expect(meta.retention).toBe('kept by Meta Platforms Ireland Limited: up to 30 days from sending of the message');
  });
});
