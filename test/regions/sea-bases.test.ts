/**
 * Legal bases the SEA review found untrue (/work/notes/review-sea.md):
 * X3 — service_hours_notice goes only to customers who opted in, so its (channel) flows rest on
 *      consent (template `channelBasis: consent`), in every region that states a basis;
 * X4 — payment_receipt's accounting flow rests on a German duty (§ 147 AO, retention.statutory.country
 *      DE). Where a law's legal-obligation basis means its own state's law (id Pasal 20(2)(c), vn Điều 19
 *      k.1 đ, th s.24(6) unclear), the flow is stated on the basis the profile gives it
 *      (foreignObligationBasis) and the profile says why (unsettled basis.legal_obligation);
 * TH-2 — sensitive (s.26) data: the basis line states explicit consent and cites s.26 para. 1.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { checkFindings, find, linesWith, renderMember } from './sea-members.js';

const TH_ACT = 'แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562';
const VN_LAW = 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15';

describe('X3: the opted-in service notice rests on consent', () => {
  const CONSENT: Record<string, [string, string]> = {
    th: ['ฐานทางกฎหมายสำหรับการส่งข้อความ', `ฐานทางกฎหมายสำหรับการส่งข้อความ: ความยินยอมของท่าน (มาตรา 19 ${TH_ACT})`],
    vn: ['Căn cứ pháp lý', `Căn cứ pháp lý cho việc truyền tải tin nhắn: sự đồng ý của bạn (Điều 9 và khoản 1 Điều 11 ${VN_LAW}).`],
    id: ['Dasar pemrosesan', 'Dasar pemrosesan untuk pengiriman pesan: persetujuan eksplisit Anda (Pasal 20 ayat (2) huruf a UU PDP).'],
    ph: ['Legal basis', 'Legal basis for message transmission: your consent (Section 12(a) of the Data Privacy Act of 2012).'],
  };
  for (const [member, [prefix, line]] of Object.entries(CONSENT)) {
    it(member, () => {
      const { renders } = renderMember(member as 'th');
      const r = find(renders, 'service_hours_notice');
      // Since review 5 CN5-1 the template's own flow (service notifications, the opt-in list) rests on
      // consent too: where the prefix is general its line comes beside this one, on the same basis.
      const got = linesWith(r.clause, prefix);
      expect(got, r.clause).toContain(line);
      expect(got, r.clause).toHaveLength(member === 'th' ? 1 : 2);
      for (const l of got) expect(l.slice(l.indexOf(':')), member).toBe(line.slice(line.indexOf(':')));
      // Consent given can be withdrawn: where the profile has the element, the clause says so.
      if (member !== 'ph') expect(r.elements.find((e) => e.id === 'withdraw_consent')?.written, member).toBe(true);
    });
  }
  it('eu, california and china still state true sentences', async () => {
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'service_hours_notice')!;
    const eu = renderer.render(t, catalog.region('eu'), 'en', org);
    expect(eu.clause.text).toContain('Legal basis for message transmission: your consent (Art. 6(1)(a) GDPR).');
    expect(eu.clause.text).toContain('You can withdraw your consent at any time');
    expect(eu.clause.text).not.toContain('performance of a contract');
    const de = renderer.render(t, catalog.region('eu'), 'de', org);
    expect(de.clause.text).toContain('Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)');
    const cn = renderer.render(t, catalog.region('china'), 'zh-CN', org);
    expect(cn.clause.text).toContain('递送消息的法律依据：取得您的同意（《个人信息保护法》第十三条第一款第一项）。');
    const ca = renderer.render(t, catalog.region('california'), 'en', org);
    expect(ca.clause.text).toContain('We do not sell or share your phone number or message content.');
    // Checks clean (info notes for unsettled transfer routes only), China's separate consents recorded.
    for (const region of ['eu', 'california', 'china', 'th', 'vn', 'id', 'ph', 'sg', 'my']) {
      const findings = (await checkFindings('templates/service_hours_notice.yaml', region)) as Array<{ severity?: string; ruleId: string }>;
      // Review 9 EU9-1: the examples record no check of the DPF List entries their EU clauses rely on (dpf-list-check warns).
      expect(findings.filter((f) => f.severity !== 'info' && f.ruleId !== 'dpf-list-check'), region).toEqual([]);
    }
  });
});

describe('X4: a German tax duty is not a legal obligation under every SEA law', () => {
  const ACCOUNTING: Record<string, [string, string]> = {
    th: ['ฐานทางกฎหมายสำหรับการจัดทำบัญชีและภาษี', `ฐานทางกฎหมายสำหรับการจัดทำบัญชีและภาษี: ประโยชน์โดยชอบด้วยกฎหมายของเรา (มาตรา 24 (5) ${TH_ACT})`],
    // Since review-3 VN3-3: the agreement is the sale, including the invoices the German tax law requires of us.
    vn: ['Căn cứ pháp lý cho việc ghi sổ kế toán và thuế', `Căn cứ pháp lý cho việc ghi sổ kế toán và thuế: thực hiện thỏa thuận mua bán giữa bạn và chúng tôi, bao gồm việc lập và lưu giữ hóa đơn theo pháp luật thuế của Đức áp dụng đối với chúng tôi (điểm d khoản 1 Điều 19 ${VN_LAW}).`],
    id: ['Dasar pemrosesan untuk pencatatan perpajakan', 'Dasar pemrosesan untuk pencatatan perpajakan dan akuntansi: pemenuhan kepentingan yang sah lainnya (Pasal 20 ayat (2) huruf f UU PDP).'],
    // s.12(c): "a legal obligation to which the personal information controller is subject" — as the text reads,
    // saying whose law it is (review-3 PH-3).
    ph: ['Legal basis for tax', 'Legal basis for tax and accounting records: compliance with a legal obligation to which we are subject under the law of Germany (Section 12(c) of the Data Privacy Act of 2012).'],
  };
  for (const [member, [prefix, line]] of Object.entries(ACCOUNTING)) {
    it(member, () => {
      const { region, renders } = renderMember(member as 'th');
      const r = find(renders, 'payment_receipt');
      expect(linesWith(r.clause, prefix), r.clause).toEqual([line]);
      // The retention sentence still names the German statute truthfully.
      expect(r.clause).toMatch(/147/);
      // Why, for the reviewer.
      expect(region.unsettled?.['basis.legal_obligation'], member).toMatch(/another state's law|whose law|Vietnamese law/);
    });
  }
  it('the EU (DE is inside it) keeps the legal obligation', () => {
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'payment_receipt')!;
    expect(renderer.render(t, catalog.region('eu'), 'en', org).clause.text).toContain('Legal basis for tax and accounting records: compliance with a legal obligation (Art. 6(1)(c) GDPR).');
  });
  it('a legal obligation without a foreign statute stays one (id)', () => {
    const { catalog, org, templates, renderer } = examples();
    const base = templates.find((x) => x.id === 'payment_receipt')!;
    const t = { ...base, flows: base.flows.map((f) => (f.id === 'accounting' ? { ...f, retention: { ...f.retention!, statutory: { law: f.retention!.statutory!.law } } } : f)) };
    expect(renderer.render(t, catalog.region('id'), 'id', org).clause.text).toContain('pencatatan perpajakan dan akuntansi: pemenuhan kewajiban hukum (Pasal 20 ayat (2) huruf c UU PDP).');
  });
});

describe('TH-2: sensitive data on consent — explicit consent, s.26 para. 1', () => {
  it('th appointment reminder', () => {
    const { renders } = renderMember('th');
    const r = find(renders, 'appointment_reminder');
    expect(linesWith(r.clause, 'ฐานทางกฎหมาย')).toEqual([`ฐานทางกฎหมายสำหรับการแจ้งเตือนการนัดหมาย: ความยินยอมโดยชัดแจ้งของท่าน (มาตรา 26 วรรคหนึ่ง และมาตรา 19 ${TH_ACT})`]);
    // Without sensitive data the consent line cites s.19 alone.
    expect(linesWith(find(renders, 'marketing_promotion').clause, 'ฐานทางกฎหมายสำหรับการส่งข้อความทางการตลาด')).toEqual([`ฐานทางกฎหมายสำหรับการส่งข้อความทางการตลาด: ความยินยอมของท่าน (มาตรา 19 ${TH_ACT})`]);
  });
});
