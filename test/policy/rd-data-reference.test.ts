/**
 * Issue 18 (RD, stop 26): data named by a word that points back ("上述工单信息", "these data") in a sentence that
 * names no datum of its own are the data the sentence before named, not personal data in general; and Chinese
 * "留言内容" (the text someone leaves) is message content. Our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rd-data-reference-');

async function check(name: string, text: string, args: string[]) {
  const { code, findings, err } = await checkText(name, text, args, 'templates/support_followup.yaml');
  expect(code, err).toBeLessThan(2);
  return findings;
}

describe('data pointed back to', () => {
  it('Chinese: "记录您的姓名、手机号码、电子邮箱、客户编号和留言内容。… Zendesk 可以访问上述工单信息。"', async () => {
    const fs = await check('chaguan.txt', [
      '茶馆隐私政策', // 1
      '', // 2
      '5.6 客户服务', // 3
      '每次咨询都会生成一张工单，记录您的姓名、手机号码、电子邮箱、客户编号和留言内容。工单系统由 Zendesk 提供，Zendesk 可以访问上述工单信息。', // 4
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    expect(one(fs, 'support', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });

  it('English: "Each ticket records your name, … Zendesk receives these data."', async () => {
    const fs = await check('teahouse.md', [
      '# Teahouse: privacy', // 1
      '', // 2
      '## Customer support', // 3
      '', // 4
      'Each ticket records your name, phone number, email address, customer number and the text of your messages. Our ticket system comes from Zendesk, and Zendesk receives these data.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'support', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
