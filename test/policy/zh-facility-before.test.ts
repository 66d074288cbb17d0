/**
 * Issue 18, held-out-9 qinglan-xiufang (RB-T1 in zh word order): in Chinese a place stands before the facility it
 * is said of ("在德国的服务器上", on servers in Germany: the place, 的, the facility word), where en/de/vi put it
 * after ("servers in Germany"); such a place is where the data on them are stored (reader.yaml
 * policy.facilityLinks, src/policy/storage-places.ts). Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('zh-facility-');

describe('zh: a place before 的 and a facility word is a storage place', () => {
  it('"我们的订单系统运行在德国的服务器上" places our storage in Germany', async () => {
    const text = ['# 隐私政策', '', '## 快递', '', '我们把收件人姓名、手机号码和收货地址交给SwiftShip Logistics，由其派送包裹。', '', '## 存储地点', '', '我们的订单系统运行在德国的服务器上。'].join('\n');
    const { code, findings, err } = await checkText('zh.md', text, ['--region', 'china', '--locale', 'zh-CN']);
    expect(code, err).toBeLessThan(2);
    const fs = onFlow(findings, 'delivery', 'transfers');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });
});
