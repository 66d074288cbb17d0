/**
 * Vietnam, review 5 VN3-4 (/work/notes/review-5-th-vn.md §3.3, the reviewer's opinion: state it): a device
 * identifier and order history used to follow the person for behavioural advertising are tracking data,
 * sensitive under Decree 356/2025/NĐ-CP Điều 4 khoản 1 điểm l ("Dữ liệu theo dõi hành vi, hoạt động sử dụng
 * dịch vụ viễn thông, mạng xã hội, dịch vụ truyền thông trực tuyến và các dịch vụ khác trên không gian mạng"),
 * and the consent must say so (Điều 6 khoản 4). Official text: https://datafiles.chinhphu.vn/cpp/files/vbpq/2026/01/356-nd.signed.pdf
 * (checked 2026-12-07). The reading is not settled: the profile says so.
 * Review 6 VN6-5, the general pack point: the sensitive-data element's citation in the pack is the
 * sentence's own (the receipt cites điểm k, not điểm d and điểm k), in every region with per-category points.
 */
import { describe, expect, it } from 'vitest';
import type { RegionProfile } from '../../src/model/types.js';
import { examples } from '../helpers/examples.js';
import { element, find, linesWith, renderMember } from './sea-members.js';

const DECREE = 'Nghị định số 356/2025/NĐ-CP';

describe('VN3-4: tracking data for behavioural advertising are stated as sensitive', () => {
  const { region, renders } = renderMember('vn');

  it('marketing_promotion names the device identifier and order history with their use, citing điểm l and Điều 6 khoản 4', () => {
    const m = find(renders, 'marketing_promotion');
    expect(linesWith(m.clause, 'nhạy cảm')).toEqual([
      `Dữ liệu cá nhân nhạy cảm trong mục này: mã định danh thiết bị và lịch sử đặt hàng dùng để quảng cáo theo hành vi (điểm l khoản 1 Điều 4 và khoản 4 Điều 6 ${DECREE}).`,
    ]);
    const el = element(m, 'sensitive_data');
    expect(el.written).toBe(true);
    expect(el.citation).toBe(`điểm l khoản 1 Điều 4 và khoản 4 Điều 6 ${DECREE}`);
    // Not settled, and the pack shows it on the element the sentence writes.
    expect(el.unsettled).toMatch(/not settled/);
    expect(el.unsettled).toContain('356-nd.signed.pdf');
  });

  it('the phone number (basic data, Điều 3 khoản 7) and data used for our own offers are not called sensitive', () => {
    const line = linesWith(find(renders, 'marketing_promotion').clause, 'nhạy cảm')[0]!;
    expect(line).not.toContain('số điện thoại');
    expect(line).not.toContain('sở thích mua sắm');
    // Without the advertising flow the same order history (offers) is not sensitive.
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'marketing_promotion')!;
    const offersOnly = { ...t, flows: t.flows.filter((f) => f.id !== 'ad_audiences') };
    const text = renderer.render(offersOnly, catalog.region('vn'), 'vi', org).clause.text;
    expect(text).not.toContain('nhạy cảm');
  });

  it('the profile records the rule with its source; other templates keep their points', () => {
    expect(region.sensitiveForPurposes).toEqual([expect.objectContaining({ purposes: ['marketing.advertising'], data: ['user.device', 'user.behavior'] })]);
    // Review 7 VN7-1: the card data rest on the contract, so no khoản 4 Điều 6 (asking consent).
    expect(linesWith(find(renders, 'payment_receipt').clause, 'nhạy cảm')).toEqual([`Dữ liệu cá nhân nhạy cảm trong mục này: thông tin thẻ thanh toán (điểm k khoản 1 Điều 4 ${DECREE}).`]);
    expect(linesWith(find(renders, 'appointment_reminder').clause, 'nhạy cảm')).toEqual([`Dữ liệu cá nhân nhạy cảm trong mục này: thông tin lịch hẹn (điểm d khoản 1 Điều 4 và khoản 4 Điều 6 ${DECREE}).`]);
  });

  it('a region without the rule is unchanged (the data decide)', () => {
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'marketing_promotion')!;
    const plain: RegionProfile = { ...catalog.region('vn'), id: 'vn-plain' };
    delete plain.sensitiveForPurposes;
    expect(renderer.render(t, plain, 'vi', org).clause.text).not.toContain('nhạy cảm');
  });
});

describe('VN6-5: the pack carries the sensitive-data sentence\'s own points', () => {
  it('vn: điểm k for the card, điểm d for the appointment (was điểm d và điểm k for both)', () => {
    const { renders } = renderMember('vn');
    // Review 7 VN7-1: nor in the pack.
    expect(element(find(renders, 'payment_receipt'), 'sensitive_data').citation).toBe(`điểm k khoản 1 Điều 4 ${DECREE}`);
    expect(element(find(renders, 'appointment_reminder'), 'sensitive_data').citation).toBe(`điểm d khoản 1 Điều 4 và khoản 4 Điều 6 ${DECREE}`);
  });
  it('id: huruf f for the card, huruf a for the appointment', () => {
    const { renders } = renderMember('id');
    expect(element(find(renders, 'payment_receipt'), 'sensitive_data').citation).toBe('Pasal 4 ayat (2) huruf f UU PDP');
    expect(element(find(renders, 'appointment_reminder'), 'sensitive_data').citation).toBe('Pasal 4 ayat (2) huruf a UU PDP');
  });
  it('every sea member: a written sensitive-data element cites no category point its sentence does not', () => {
    for (const member of ['sg', 'my', 'th', 'id', 'ph', 'vn'] as const) {
      const { renders } = renderMember(member);
      for (const r of renders) {
        const el = r.elements.find((e) => e.id === 'sensitive_data');
        if (!el?.written) continue;
        for (const point of ['điểm d', 'điểm k', 'điểm l', 'huruf a', 'huruf f']) {
          if (el.citation.includes(point)) expect(r.clause, `${member} ${r.template} ${point}`).toContain(point);
        }
      }
    }
  });
});
