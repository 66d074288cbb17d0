/**
 * Vietnam, review 5 (/work/notes/review-5-th-vn.md §3.2 VN5-1, VN5-3): each sentence as the reviewer
 * asked, rendered in-process for vn · vi from the examples. Law: Luật Bảo vệ dữ liệu cá nhân số
 * 91/2025/QH15 Điều 20 khoản 1 điểm c (storage abroad is a cross-border transfer).
 */
import { describe, expect, it } from 'vitest';
import { find, linesWith, renderMember } from './sea-members.js';

const OWN = 'Chúng tôi lưu trữ và xử lý các dữ liệu sau đây của bạn trên hệ thống của chúng tôi tại Đức (chuyển dữ liệu cá nhân xuyên biên giới theo điểm c khoản 1 Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15): ';
const WHATSAPP = ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup'];

describe('vn review 5 (VN5-1, VN5-3)', () => {
  const { renders } = renderMember('vn');

  it('VN5-1: our storage in Germany, with its citation, is one sentence over all the clause\'s data', () => {
    const own = (t: string) => linesWith(find(renders, t).clause, 'Chúng tôi lưu trữ và xử lý');
    expect(own('marketing_promotion')).toEqual([`${OWN}họ tên, số điện thoại, lịch sử đặt hàng, sở thích mua sắm và mã định danh thiết bị.`]);
    // payment_receipt: the payment flow's data and the tax records' (postal address) in one line.
    const payment = own('payment_receipt');
    expect(payment).toHaveLength(1);
    expect(payment[0]!.startsWith(`${OWN}họ tên, địa chỉ email, `)).toBe(true);
    expect(payment[0]).toMatch(/chi tiết giao dịch.* và địa chỉ bưu chính\.$/);
    for (const r of renders) expect(own(r.template).length, r.template).toBeLessThanOrEqual(1);
  });

  it('VN5-3: Meta\'s 30-day limit is stated once, in its retention line', () => {
    for (const t of WHATSAPP) {
      const clause = find(renders, t).clause;
      expect(linesWith(clause, 'Meta Platforms, Inc.'), t).toEqual([
        'Nhà cung cấp dịch vụ nhắn tin Meta Platforms Ireland Limited sử dụng bên xử lý phụ Meta Platforms, Inc. để lưu trữ các dữ liệu sau đây của bạn tại Hoa Kỳ: số điện thoại và nội dung tin nhắn.',
      ]);
      expect(linesWith(clause, '30 ngày').filter((l) => l.includes('Meta Platforms')), t).toEqual([
        // With its purpose, as our own periods (issue 17, review 6 VN6-2/CN6-3; regions/sea/vn.yaml).
        'Để truyền tải tin nhắn, Meta Platforms Ireland Limited lưu giữ các dữ liệu sau đây của bạn trong tối đa 30 ngày kể từ thời điểm gửi tin nhắn: số điện thoại và nội dung tin nhắn.',
      ]);
    }
  });
});
