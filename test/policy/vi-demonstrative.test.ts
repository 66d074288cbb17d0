/**
 * Vietnamese: a demonstrative for the recipient the clause before named, and the recipient as the one
 * who processes (issue 18, held-out-4 C16 in vi): "… gửi qua nền tảng nhắn tin WhatsApp Business; nền
 * tảng này xử lý số điện thoại …" (this platform processes your number) says the messaging platform
 * gets the number and the messages. A policy in our own words, checked against
 * examples/templates/order_shipped.yaml (Meta's `whatsapp_cloud_api`: phone number and message content).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('vi-demonstrative-');

describe('vi: "nền tảng này xử lý …" after the platform is named', () => {
  it('is what the messaging platform receives', async () => {
    const fs = await check('vi.md', [
      '# Chính sách quyền riêng tư', // 1
      '', // 2
      '## Chúng tôi chia sẻ dữ liệu với ai', // 3
      '', // 4
      'Thông báo giao hàng được gửi cho bạn qua nền tảng nhắn tin WhatsApp Business; nền tảng này xử lý số điện thoại của bạn và nội dung tin nhắn.', // 5
      'Đơn vị vận chuyển nhận họ tên, địa chỉ và số điện thoại của bạn để giao hàng.', // 6
    ].join('\n'), ['--region', 'vn', '--locale', 'vi']);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
