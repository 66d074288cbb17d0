/**
 * Vietnam, review 3 minors (issue 17; /work/notes/review-3-cn-vn.md §2.2 VN3-5 … VN3-11): each
 * sentence as the reviewer asked, rendered for vn · vi from the examples. Law: Luật Bảo vệ dữ liệu cá
 * nhân số 91/2025/QH15 (Điều 2 khoản 9, Điều 4 khoản 1 điểm b, Điều 10 khoản 4 read 2026-12-06 in the
 * transcription matched to the Công báo; /work/notes/law-th-vn.md, Vietnam).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { element, find, linesWith, renderMember } from './sea-members.js';

const LAW = 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15';
const WITHDRAW_CITE = `(điểm b khoản 1 Điều 4 và khoản 4 Điều 10 ${LAW}).`;

describe('vn review 3 (VN3-5 … VN3-11)', () => {
  const { renders } = renderMember('vn');

  it('VN3-5: every withdrawal line says how and cites điểm b khoản 1 Điều 4 and khoản 4 Điều 10', () => {
    // Was: "Bạn có thể rút lại sự đồng ý bất cứ lúc nào; việc rút lại … trước đó." (no way, no provision).
    // A consent flow that declares no reply keyword: e-mail to the contact.
    const { catalog, org, templates, renderer } = examples();
    const notice = templates.find((t) => t.id === 'service_hours_notice')!;
    const noKeyword = { ...notice, flows: notice.flows.map((f) => (f.consent ? { ...f, consent: { ...f.consent, withdrawal: undefined } } : f)) };
    expect(linesWith(renderer.render(noKeyword, catalog.region('vn'), 'vi', org).clause.text, 'rút lại sự đồng ý bất cứ lúc nào')).toEqual([
      `Bạn có thể rút lại sự đồng ý bất cứ lúc nào bằng cách gửi email đến dpo@nordlicht.example; việc rút lại sự đồng ý không ảnh hưởng đến tính hợp pháp của hoạt động xử lý đã được thực hiện trước đó ${WITHDRAW_CITE}`,
    ]);
    // As the examples declare it (reply keyword and e-mail).
    const service = linesWith(find(renders, 'service_hours_notice').clause, 'rút lại sự đồng ý bất cứ lúc nào');
    expect(service).toHaveLength(1);
    expect(service[0]).toMatch(/^Bạn có thể rút lại sự đồng ý bất cứ lúc nào bằng cách .*gửi email đến dpo@nordlicht\.example; việc rút lại/);
    expect(service[0]!.endsWith(WITHDRAW_CITE)).toBe(true);
    expect(linesWith(find(renders, 'appointment_reminder').clause, 'rút lại sự đồng ý bất cứ lúc nào')).toEqual([
      `Bạn có thể rút lại sự đồng ý bất cứ lúc nào bằng cách trả lời "TC" hoặc "STOP" cho bất kỳ tin nhắn nhắc lịch nào hoặc gửi email đến dpo@nordlicht.example; việc rút lại sự đồng ý không ảnh hưởng đến tính hợp pháp của hoạt động xử lý đã được thực hiện trước đó ${WITHDRAW_CITE}`,
    ]);
    const m = linesWith(find(renders, 'marketing_promotion').clause, 'rút lại sự đồng ý bất cứ lúc nào');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^Bạn có thể rút lại sự đồng ý bất cứ lúc nào bằng cách trả lời "TC" hoặc "STOP" hoặc gửi email đến dpo@nordlicht\.example;/);
    expect(m[0]!.endsWith(WITHDRAW_CITE)).toBe(true);
    expect(element(find(renders, 'service_hours_notice'), 'withdraw_consent').citation).toBe(`điểm b khoản 1 Điều 4 và Điều 10 ${LAW}`);
    for (const r of renders) expect(r.clause).not.toContain('bất cứ lúc nào;');
  });

  it('VN3-6: "TC" is named only because the organization declares it for vi (replyKeywords)', () => {
    expect(find(renders, 'marketing_promotion').clause).toContain('trả lời "TC" hoặc "STOP"');
    const { catalog, org, templates, renderer } = examples();
    const { vi: _vi, ...others } = org.replyKeywords ?? {};
    const without = { ...org, replyKeywords: others };
    const text = renderer.render(templates.find((x) => x.id === 'appointment_reminder')!, catalog.region('vn'), 'vi', without).clause.text;
    expect(text).not.toContain('"TC"');
    expect(text).toContain('trả lời "STOP"');
  });

  it('VN3-7: our own storage in Germany is stated as a cross-border transfer (điểm c khoản 1 Điều 20)', () => {
    const r = find(renders, 'order_shipped');
    expect(linesWith(r.clause, 'trên hệ thống của chúng tôi')).toEqual([
      `Chúng tôi lưu trữ và xử lý các dữ liệu sau đây của bạn trên hệ thống của chúng tôi tại Đức (chuyển dữ liệu cá nhân xuyên biên giới theo điểm c khoản 1 Điều 20 ${LAW}): họ tên, số điện thoại và địa chỉ bưu chính.`,
    ]);
    for (const x of renders) expect(x.clause).not.toMatch(/tự lưu trữ|cơ sở của chính chúng tôi/);
  });

  // Review 5 VN5-3: the 30-day limit is said once, by Meta's retention line; the sub-processor sentence no longer repeats it.
  it('VN3-8: Meta\'s US storage names its sub-processor; no "biện pháp bảo vệ của chính mình"', () => {
    for (const t of ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup']) {
      const r = find(renders, t);
      expect(linesWith(r.clause, 'Meta Platforms, Inc.'), t).toEqual([
        'Nhà cung cấp dịch vụ nhắn tin Meta Platforms Ireland Limited sử dụng bên xử lý phụ Meta Platforms, Inc. để lưu trữ các dữ liệu sau đây của bạn tại Hoa Kỳ: số điện thoại và nội dung tin nhắn.',
      ]);
      expect(r.clause, t).not.toContain('biện pháp bảo vệ của chính mình');
      // The plain storage sentence of the recipient is replaced, not repeated.
      expect(linesWith(r.clause, 'Meta Platforms Ireland Limited lưu trữ'), t).toEqual([]);
      expect(element(r, 'sub_processor_storage').written, t).toBe(true);
    }
  });

  it('VN3-9: the German statute is cited point, clause, article (điểm 4 khoản 1 …)', () => {
    const line = linesWith(find(renders, 'payment_receipt').clause, 'Điều 147')[0]!;
    expect(line).toContain('theo yêu cầu của điểm 4 khoản 1, khoản 3 và khoản 4 Điều 147 Bộ luật Thuế (Abgabenordnung) của Đức và Điều 14b Luật Thuế giá trị gia tăng (Umsatzsteuergesetz) của Đức:');
    expect(line).not.toContain('khoản 1 điểm 4');
  });

  it('VN3-10: the e-mail footer lists the data with "và", says "của bạn", names the country (Ai-len) and ends with "Xem … mục 5.3: <link>"', () => {
    // Was: "Họ tên, địa chỉ email, thông tin thẻ thanh toán, chi tiết giao dịch được chia sẻ với đơn vị xử lý thanh toán Stripe Payments Europe. Chính sách bảo mật mục 5.3".
    expect(find(renders, 'payment_receipt').footer).toBe(
      'Họ tên, địa chỉ email và chi tiết giao dịch của bạn được chia sẻ với đơn vị xử lý thanh toán Stripe Payments Europe (Ai-len). Xem Chính sách bảo mật mục 5.3: https://nrdl.example/p',
    );
    expect(find(renders, 'order_shipped').footer).toBe('Chính sách bảo mật mục 5.2: https://nrdl.example/p');
  });

  it('VN3-10: Ireland is "Ai-len" in every sentence naming the place', () => {
    const r = find(renders, 'payment_receipt');
    expect(r.clause).toContain('đơn vị xử lý thanh toán Stripe Payments Europe (Ai-len)');
    expect(find(renders, 'order_shipped').clause).toContain('Meta Platforms Ireland Limited (Ai-len)');
    for (const x of renders) expect(x.clause.replaceAll('Meta Platforms Ireland Limited', '')).not.toContain('Ireland');
  });
});

describe('vn review 3 VN3-11: "Bên kiểm soát và xử lý dữ liệu cá nhân" (khoản 9 Điều 2) where the organization says so', () => {
  it('the example organization processes the data itself: the controller line uses the Law\'s term of khoản 9', () => {
    const { renders } = renderMember('vn');
    for (const r of renders) {
      expect(linesWith(r.clause, /^Bên kiểm soát/), r.template).toEqual([
        'Bên kiểm soát và xử lý dữ liệu cá nhân: Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Đức, privacy@nordlicht.example.',
      ]);
    }
    // Without the declaration, the controller of khoản 7.
    const { catalog, org, templates, renderer } = examples();
    const { controllerAndProcessor: _c, ...vietnam } = org.vietnam!;
    const text = renderer.render(templates.find((t) => t.id === 'order_shipped')!, catalog.region('vn'), 'vi', { ...org, vietnam }).clause.text;
    expect(linesWith(text, /^Bên kiểm soát/)).toEqual(['Bên kiểm soát dữ liệu cá nhân: Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Đức, privacy@nordlicht.example.']);
    // Other regions keep their own controller line.
    expect(renderer.render(templates.find((t) => t.id === 'order_shipped')!, catalog.region('eu'), 'en', org).clause.text).toContain('Controller: Nordlicht Commerce GmbH, ');
  });

  it('the Decree 356 logistics and payment dossier exemption is recorded as unsettled, not stated', () => {
    const { region, renders } = renderMember('vn');
    expect(region.elements.find((e) => e.id === 'transfer_dossier')!.unsettled).toMatch(/VN3-11, not built: điểm đ khoản 3 Điều 17/);
    for (const r of renders) expect(r.clause).not.toMatch(/không phải lập hồ sơ|khoản 3 Điều 17/);
  });
});
