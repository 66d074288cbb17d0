/**
 * "Deleted right after it is sent" is a period of zero (issue 18, held-out-5 cause C3 rest): a verb of
 * deleting with a word for "at once" (reader.yaml `policy.immediately`: vi "ngay sau khi", en
 * "immediately after") and no period keeps the data for no time, which contradicts a flow whose
 * recipient keeps them 30 days; "immediately" with no verb of deleting states no period. Of two
 * conflicting periods, the one for the flow's data alone is cited, not one for another group that
 * shares a datum. Policies in our own words, checked against examples/templates/order_shipped.yaml
 * (the WhatsApp flow: phone number and messages, kept up to 30 days by Meta).
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('zero-period-');
const read = (text: string, lng: string) => readClaims(text, catalog.locale(lng), { policy: true }).claims.map(describeClaim).sort();

describe('deleted right after sending: a period of zero', () => {
  it('reads as keeping for no time, only beside a verb of deleting', () => {
    expect(read('Tin nhắn bị xóa ngay sau khi được gửi đi.', 'vi')).toEqual(['retain user.content.message for 0 days']);
    expect(read('Your messages are deleted immediately after they are sent.', 'en')).toEqual(['retain user.content.message for 0 days']);
    expect(read('We answer your messages immediately after we read them.', 'en')).toEqual([]);
  });

  it('contradicts the 30 days Meta keeps the messages, cited at its own line', async () => {
    const fs = await check('vi.md', [
      '# Chính sách quyền riêng tư của Tiệm Gốm Nhỏ', // 1
      '', // 2
      '## Thời gian lưu trữ', // 3
      '', // 4
      '- Thông tin giao hàng (họ tên, địa chỉ, số điện thoại): 180 ngày kể từ ngày giao hàng.', // 5
      '- Tin nhắn WhatsApp: tin nhắn bị xóa ngay sau khi được gửi đi.', // 6
    ].join('\n'), ['--region', 'vn', '--locale', 'vi']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 6, data: { class: 'incorrect' } });
  });
});
