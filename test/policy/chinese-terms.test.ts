/**
 * Issue 18, held-out set 6 (R2, causes AS6, AS5 and C1 in zh-CN): a term defined after a full-width colon
 * with no space ("**收件信息**：收件人姓名、…", src/policy/definitions.ts) is read as the data it names
 * where it is used again; "该服务商" (this provider) opening a list item points back to the provider the
 * item before named, and "收到" (receives) gives it the data (src/policy/recipient-subject.ts); and
 * "配送信息（…）" (the delivery information) names data by the purpose they serve, so its period is no
 * statement about the WhatsApp messages. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml in region china (courier SwiftShip Logistics in the US, stored
 * in Germany; WhatsApp kept by Meta up to 30 days).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('zh-terms-');
const args = ['--region', 'china', '--locale', 'zh-CN'];

describe('Chinese policies: terms, "该服务商", data named by purpose', () => {
  it('a term defined after "：" with no space is its data where it is used again', async () => {
    const fs = await check('shan-shui.zh.md', [
      '# 山水茶舍隐私政策', // 1
      '', // 2
      '## 一、我们收集的信息', // 3
      '', // 4
      '- **收件信息**：收件人姓名、手机号码、收货地址。', // 5
      '', // 6
      '## 二、跨境提供', // 7
      '', // 8
      '- 您的收件信息会提供给位于美国的物流服务商 SwiftShip Logistics。', // 9
      '- 您的收件信息存储在德国的服务器上。', // 10
    ].join('\n'), args);
    const transfers = one(fs, 'delivery', 'transfers');
    expect(transfers.data.class).toBe('clear');
  });

  it('"该服务商会收到 …" in the list item after the one naming the courier', async () => {
    const fs = await check('shan-shui-2.zh.md', [
      '# 山水茶舍隐私政策', // 1
      '', // 2
      '## 一、委托处理', // 3
      '', // 4
      '1. **配送**', // 5
      '   - 我们委托物流服务商 SwiftShip Logistics 为您送货。', // 6
      '   - 该服务商会收到您的姓名、手机号码和收货地址。', // 7
    ].join('\n'), args);
    const recipients = one(fs, 'delivery', 'recipients');
    expect(recipients.data.class).toBe('clear');
    expect(recipients.line).toBe(7);
  });

  it('the period of "配送信息（…）" is not one of the WhatsApp messages', async () => {
    const fs = await check('shan-shui-3.zh.md', [
      '# 山水茶舍隐私政策', // 1
      '', // 2
      '## 一、保存期限', // 3
      '', // 4
      '- 配送信息（姓名、手机号码、收货地址）在您签收后保存180日。', // 5
      '- 其余个人信息仅在实现目的所必需的期间内保存。', // 6
    ].join('\n'), args);
    expect(one(fs, 'delivery', 'retention').data.class).toBe('clear');
    const whatsapp = one(fs, 'whatsapp_cloud_api', 'retention');
    expect(whatsapp.data.class).toBe('vague');
    expect(whatsapp.line).toBe(6);
  });
});
