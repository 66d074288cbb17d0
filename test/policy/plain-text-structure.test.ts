/**
 * Plain-text policies by the form of their lines (src/policy/plain-lines.ts; issue 18, held-out-3
 * cause A11 and held-out-4 cause B4): numbered paragraphs on consecutive lines ("5.1 …" then
 * "5.2 …") are each their own paragraph, so the footer's §5.2 is found; a title underlined with
 * "-----" is a heading, and so is a Chinese article line ("第三条 …") or numbered heading ("三、…"), so the statement under it is
 * cited at its own line, not at the heading's. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (footer §5.2; courier flow `delivery` to the US).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('plain-structure-');

describe('plain text: numbered lines, underlined titles, Chinese articles', () => {
  it('finds §5.2 among numbered lines with no blank line between them', async () => {
    const fs = await check('numbered.txt', [
      'SHOP NOTICE', // 1
      '===========', // 2
      '', // 3
      '4. SHARING', // 4
      '', // 5
      'We share your name, postal address and phone number with our courier.', // 6
      '', // 7
      '5. COMPLAINTS', // 8
      '', // 9
      '5.1 Please write to us first if you are unhappy with how we used your data.', // 10
      '5.2 If our answer does not satisfy you, you may complain to the regulator.', // 11
    ].join('\n'), ['--region', 'eu']);
    const section = fs.filter((f) => f.ruleId === 'clause-reference-mismatch' || f.ruleId === 'policy-clause-missing');
    expect(section.map((f) => [f.ruleId, f.line])).toEqual([['clause-reference-mismatch', 11]]);
  });

  it('reads a title underlined with dashes as a heading: the denial is cited at its own line', async () => {
    const fs = await check('underlined.txt', [
      'PRIVACY NOTICE', // 1
      '', // 2
      'Article 3  Who gets your data', // 3
      '------------------------------', // 4
      '3.1 We never pass your data on to other companies.', // 5
      '3.2 The courier receives your name, postal address and phone number.', // 6
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'ambiguous' } });
  });

  it('reads "第三条 …" as a heading and "（一）" as an item', async () => {
    const fs = await check('article.txt', [
      '个人信息保护政策', // 1
      '', // 2
      '第三条 对外提供', // 3
      '（一）我们不会向境外提供您的个人信息。', // 4
      '（二）快递公司接收您的姓名、手机号码和收货地址。', // 5
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 4, data: { class: 'incorrect' } });
  });

  it('reads "三、…" as a heading: the sentence on the next line is cited at its own line', async () => {
    const fs = await check('enumerated.txt', [
      '小店隐私说明', // 1
      '', // 2
      '二、我们如何交付订单', // 3
      '快递公司接收您的姓名、手机号码和收货地址。', // 4
      '', // 5
      '三、信息存放在哪里', // 6
      '您的全部个人信息只存放在中国境内的服务器上。', // 7
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 7, data: { class: 'incorrect' } });
  });
});
