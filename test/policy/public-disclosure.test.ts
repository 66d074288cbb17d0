/**
 * Issue 18, held-out-8 (RA-C2, mingjiang-mudiao): "我们不会公开披露您的个人信息" denies making personal
 * information public (公开披露, PIPL Art. 25), not entrusting it to a processor (Art. 21) or providing it
 * to another handler (Art. 23): it denies nothing the WhatsApp flow does (zh-CN reader.yaml
 * `policy.notDenials`). Read as a denial of sharing, it made Meta's recipients ambiguous. Policy in our own
 * words, against examples/templates/order_shipped.yaml for China.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('public-disclosure-');

describe('a denial of public disclosure', () => {
  it('zh-CN: "我们不会公开披露您的个人信息" leaves Meta, entrusted with the number and messages, clear', async () => {
    const text = ['# 隐私政策', '', '## 委托处理', '', '为发送发货通知，我们委托Meta Platforms Ireland Limited处理您的手机号码和消息内容。', '', '我们不会公开披露您的个人信息。'].join('\n');
    const { code, findings, err } = await checkText('zh.md', text, ['--region', 'china', '--locale', 'zh-CN']);
    expect(code, err).toBeLessThan(2);
    const fs = findings.filter((f) => f.data.flow === 'whatsapp_cloud_api' && f.data.aspect === 'recipients');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
