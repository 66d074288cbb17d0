/**
 * A Chinese denial qualified by "除本政策已说明的情形外" (except in the cases this policy describes; 除 … 外
 * around the cases, reader.yaml `policy.exceptions` "情形外") is an "except as described" denial (issue
 * 18, stop 21 R3): the courier the policy describes stays clear, not ambiguous. A policy in our own
 * words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('zh-exception-');

describe('除…情形外: an exception for the cases described', () => {
  it('the described courier stays clear', async () => {
    const fs = await check('exception.md', [
      '# 小店隐私政策', // 1
      '', // 2
      '## 对外提供', // 3
      '', // 4
      '我们向快递公司 SwiftShip Logistics 提供您的姓名、手机号码和收货地址。', // 5
      '除本政策已说明的情形外，我们不会向第三方提供您的个人信息。', // 6
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
