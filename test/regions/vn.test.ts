/**
 * Vietnam (issue 17): Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 with Nghị định số 356/2025/NĐ-CP
 * (which ends Decree 13/2023 from 1 January 2026), cited in Vietnamese ("điểm d khoản 1 Điều 19 …").
 * Transfers abroad follow Điều 20 only: no contract, adequacy or consent route. Facts:
 * /work/notes/law-th-vn.md, Vietnam.
 */
import { describe, expect, it } from 'vitest';
import { checkFindings, cite, element, expectOwnLawOnly, find, linesWith, renderMember } from './sea-members.js';

const LAW = 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15';
const DECREE = 'Nghị định số 356/2025/NĐ-CP';

describe('vn', () => {
  const { region, renders } = renderMember('vn');

  it('cites only Vietnamese law, for every element, basis and mechanism', () => expectOwnLawOnly('vn'));

  it('no element cites the repealed Decree 13/2023 or the finance article (Điều 27) for transfers', () => {
    for (const el of region.elements) expect(el.article, el.id).not.toMatch(/13\/2023|Decree 13|verify/);
    for (const r of renders) expect(r.clause).not.toMatch(/13\/2023|Điều 27/);
  });

  it('transfers name no mechanism; the Điều 20 route (dossier to the Ministry of Public Security) is stated once', () => {
    expect(region.transferStatedOnce).toBe(true);
    const r = find(renders, 'order_shipped');
    const transfers = linesWith(r.clause, 'Chúng tôi chuyển');
    expect(transfers.length).toBeGreaterThan(0);
    for (const l of transfers) expect(l).not.toMatch(/hợp đồng|trên cơ sở|Art\./);
    const route = linesWith(r.clause, 'hồ sơ đánh giá tác động');
    expect(route).toHaveLength(1);
    expect(route[0]).toContain(`theo Điều 20 ${LAW}`);
    expect(route[0]).toContain('Bộ Công an');
    const el = element(r, 'transfer_dossier');
    expect(el.written).toBe(true);
    expect(el.citation).toBe(`khoản 2 Điều 20 ${LAW}; Điều 18 ${DECREE}`);
    expect(region.unsettled?.['mechanism.contract']).toMatch(/Điều 17 khoản 3 điểm đ/);
  });

  it('bases: consent Điều 9, contract-type agreement điểm d khoản 1 Điều 19; no legitimate interests', () => {
    expect(cite(region, 'basis', 'consent', 'vi')).toBe(`Điều 9 và khoản 1 Điều 11 ${LAW}`);
    expect(cite(region, 'basis', 'contract', 'vi')).toBe(`điểm d khoản 1 Điều 19 ${LAW}`);
    expect(region.citations?.basis['legitimate_interests']).toBeUndefined();
    expect(region.unsettled?.['basis.legitimate_interests']).toBeDefined();
    const line = linesWith(find(renders, 'order_shipped').clause, 'Căn cứ pháp lý cho việc giao đơn hàng');
    expect(line[0]).toContain(`thực hiện thỏa thuận giữa bạn và chúng tôi (điểm d khoản 1 Điều 19 ${LAW})`);
  });

  it('review-3 VN3-3: the German tax-record duty is stated as part of the sale agreement, with its invoices, and the note stays visible', () => {
    const r = find(renders, 'payment_receipt');
    expect(linesWith(r.clause, 'Căn cứ pháp lý cho việc ghi sổ kế toán và thuế')).toEqual([
      `Căn cứ pháp lý cho việc ghi sổ kế toán và thuế: thực hiện thỏa thuận mua bán giữa bạn và chúng tôi, bao gồm việc lập và lưu giữ hóa đơn theo pháp luật thuế của Đức áp dụng đối với chúng tôi (điểm d khoản 1 Điều 19 ${LAW}).`,
    ]);
    // An agreement-based flow of our own keeps the plain wording.
    expect(linesWith(find(renders, 'order_shipped').clause, 'hóa đơn')).toEqual([]);
    const el = element(r, 'statutory_retention');
    expect(el.written).toBe(true);
    expect(el.unsettled).toMatch(/điểm đ.*not settled/s);
    expect(find(renders, 'order_shipped').elements.find((e) => e.id === 'statutory_retention')).toBeUndefined();
  });

  it('a flow on legitimate interests is a finding under vn (no such basis in Điều 19)', async () => {
    const findings = await checkFindings('broken/crosscheck-basis-unavailable.yaml', 'vn');
    const f = findings.filter((x) => x.ruleId === 'legal-basis-unavailable');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/legitimate_interests/);
    expect(f[0]!.message).toMatch(/Điều 19/);
  });

  it('rights follow khoản 1 Điều 4, including correction, provision, complaint and damages', () => {
    const line = linesWith(find(renders, 'order_shipped').clause, 'bạn có quyền')[0]!;
    expect(line).toContain(`Theo khoản 1 Điều 4 ${LAW}`);
    for (const w of ['chỉnh sửa', 'yêu cầu cung cấp', 'khiếu nại, tố cáo, khởi kiện, yêu cầu bồi thường thiệt hại', 'yêu cầu cơ quan có thẩm quyền']) expect(line).toContain(w);
    expect(element(find(renders, 'order_shipped'), 'rights').citation).toBe(`khoản 1 Điều 4 ${LAW}; Điều 5 ${DECREE}`);
  });

  it('sensitive data per Decree 356 Điều 4, each with its point: card data (điểm k), health data (điểm d), the person told so (Điều 6 khoản 4; review-sea VN-8)', () => {
    // Review 7 VN7-1: khoản 4 Điều 6 (asking consent for sensitive data) only where the data rest on consent:
    // the appointment reminder, not the card data of a payment (contract).
    for (const [t, cites] of [['payment_receipt', 'điểm k khoản 1 Điều 4'], ['appointment_reminder', 'điểm d khoản 1 Điều 4 và khoản 4 Điều 6']] as const) {
      const r = find(renders, t);
      const el = element(r, 'sensitive_data');
      expect(el.written, t).toBe(true);
      expect(linesWith(r.clause, 'Dữ liệu cá nhân nhạy cảm'), t).toEqual([expect.stringContaining(`(${cites} ${DECREE}).`)]);
    }
    // Behaviour-tracking data (điểm l) for behavioural ads: stated on the reviewer's reading (review 5 VN3-4),
    // with the note that the reading is not settled on the element the sentence writes.
    const m = find(renders, 'marketing_promotion');
    expect(linesWith(m.clause, 'nhạy cảm')).toEqual([`Dữ liệu cá nhân nhạy cảm trong mục này: mã định danh thiết bị và lịch sử đặt hàng dùng để quảng cáo theo hành vi (điểm l khoản 1 Điều 4 và khoản 4 Điều 6 ${DECREE}).`]);
    expect(element(m, 'sensitive_data').unsettled).toMatch(/điểm l.*not settled/s);
    // The refusal element keeps the note, now saying what the clause states.
    const note = element(m, 'advertising_refusal').unsettled!;
    expect(note).toMatch(/VN3-4/);
    expect(note).toContain('điểm l khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP');
    expect(note).toMatch(/device identifier and order history/);
    expect(note).toContain('356-nd.signed.pdf');
  });

  it('advertising: the template\'s frequency, how to refuse and stop (Điều 28 khoản 3, 5, 8 điểm b; review-sea VN-4)', () => {
    // Was: no frequency and "khoản 3 Điều 28 và khoản 5 Điều 28" (the reviewer refused Vietnam for it).
    const r = find(renders, 'marketing_promotion');
    expect(linesWith(r.clause, 'quảng cáo bất cứ lúc nào')).toEqual([
      // review-3 VN3-2: stopping the ads (reply keywords of the channel, or e-mail) and refusing the
      // sharing with the named partner (which stops the sharing) are two sentences.
      `Chúng tôi gửi tin nhắn quảng cáo cho bạn qua WhatsApp tối đa 1 lần mỗi tháng. Bạn có thể yêu cầu ngừng nhận thông tin quảng cáo bất cứ lúc nào bằng cách trả lời "TC" hoặc "STOP" hoặc gửi email đến dpo@nordlicht.example; khi đó chúng tôi sẽ ngừng gửi quảng cáo cho bạn. Bạn cũng có thể từ chối việc chia sẻ dữ liệu của bạn với đối tác quảng cáo AdReach Media bằng cách liên hệ dpo@nordlicht.example; khi đó chúng tôi sẽ ngừng chia sẻ dữ liệu của bạn cho mục đích quảng cáo (khoản 3, khoản 5 và điểm b khoản 8 Điều 28 ${LAW}).`,
    ]);
    expect(r.clause).not.toContain('khi đó chúng tôi sẽ ngừng gửi quảng cáo cho bạn (');
    expect(element(r, 'advertising_frequency').written).toBe(true);
    expect(element(r, 'advertising_refusal').unsettled).toMatch(/khoản 8/);
  });

  it('consent flows say that consent can be withdrawn at any time (Điều 10)', () => {
    const r = find(renders, 'appointment_reminder');
    expect(element(r, 'withdraw_consent').written).toBe(true);
    expect(linesWith(r.clause, 'Bạn có thể rút lại sự đồng ý bất cứ lúc nào')).toHaveLength(1);
  });

  it('advertising: the way to stop receiving it (khoản 5 Điều 28)', () => {
    const r = find(renders, 'marketing_promotion');
    expect(element(r, 'advertising_refusal').written).toBe(true);
    expect(linesWith(r.clause, 'ngừng nhận thông tin quảng cáo')[0]).toContain(`khoản 5 và điểm b khoản 8 Điều 28 ${LAW}`);
    expect(r.clause).not.toMatch(/liên ngữ cảnh/);
  });

  it('Vietnamese terms and footer: statutory DPO term, "Chính sách bảo mật mục", no "§"', () => {
    const r = find(renders, 'support_followup');
    expect(r.footer).toBe('Chính sách bảo mật mục 5.6: https://nrdl.example/p');
    expect(r.clause).toContain('Nhân sự bảo vệ dữ liệu cá nhân:');
    expect(r.clause).not.toContain('Liên Minh Châu Âu');
    expect(element(r, 'government_disclosure').citation).toBe(`điểm đ khoản 1 Điều 17 ${LAW}`);
  });
});
