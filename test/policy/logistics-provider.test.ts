/**
 * Issue 18, held-out set 3 cause A13: a logistics service provider is a courier ("物流服务商"), not a service provider in general: the sentence that names it with
 * the data is the clear disclosure of the courier flow, and the finding points at it rather than at
 * a later sentence on the courier's country. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier SwiftShip Logistics: name, postal address, phone number).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('logistics-provider-');

describe('a logistics service provider is a courier', () => {
  it('Chinese: "物流服务商"', async () => {
    const fs = await check('chaye.md', [
      '# 茶叶小铺隐私政策', // 1
      '', // 2
      '## 我们如何共享您的个人信息', // 3
      '', // 4
      '为配送商品，我们向物流服务商 SwiftShip Logistics 提供您的姓名、收货地址和手机号码。', // 5
      '', // 6
      '## 跨境传输', // 7
      '', // 8
      'SwiftShip Logistics 位于美国，您的姓名、收货地址和手机号码会传输至美国。', // 9
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
