/**
 * China, the PRC lawyer's third review (2026-12-06, /work/notes/review-3-cn-vn.md):
 * CN3-1 every row of the recipient list (清单) states the recipient's processing method (处理方式;
 *   PIPL Art. 23, 39; 《网络数据安全管理条例》第二十一条第二款): an entrusted processor's follows from its role
 *   (Art. 21), a recipient processing for its own purposes declares its own (`processingMethod`);
 *   without one the row states none and check reports recipient-method-missing (warning);
 * CN3-2 the US entity keeping WhatsApp Cloud API data is named (Meta Platforms, Inc., the same
 *   `subProcessor` data the EU clause uses), in one sentence instead of two that left it unnamed;
 * CN3-4 the sensitive-data sentence does not repeat the separate consent stated in its own sentence.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/model/types.js';
import { examples, EXAMPLES } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const byId = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template | string) => renderer.render(typeof t === 'string' ? byId(t) : t, cn, 'zh-CN', org);
const lines = (t: Template | string) => render(t).clause.text.split('\n').map((l) => l.trim());
// The recipient list's rows: the numbered lines after its heading (the collection list above it is numbered too; review 5 CN5-5).
const rows = (t: Template | string) => {
  const all = lines(t);
  const at = all.findIndex((l) => l.startsWith('个人信息接收方清单'));
  return at < 0 ? [] : all.slice(at + 1).filter((l, i, rest) => /^\d+\. /.test(l) && rest.slice(0, i).every((x) => /^\d+\. /.test(x)));
};
const row = (t: Template | string, name: string) => rows(t).find((l) => l.includes(name));
const PIPL = '《个人信息保护法》';
// Review 5 CN5-11b: the row cites Art. 21 once, after its first sentence, not again after the method.
const entrusted = (purpose: string) => `处理方式：受托人按照我们的约定，以电子化方式接收、存储和使用上述信息，仅用于${purpose}，不得超出约定的处理目的、处理方式处理您的个人信息。`;

describe('china CN3-1: each recipient-list row states the recipient\'s processing method', () => {
  it('every row of every example has one 处理方式 sentence, before the contact', () => {
    let seen = 0;
    for (const t of templates) {
      for (const r of rows(t)) {
        seen++;
        expect(r.split('处理方式：').length - 1, `${t.id}: ${r}`).toBe(1);
        expect(r.indexOf('处理方式：'), `${t.id}: ${r}`).toBeLessThan(r.indexOf('接收方联系方式：'));
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('an entrusted processor: the method follows from the role and the flow\'s purpose (Art. 21)', () => {
    expect(row('order_shipped', 'SwiftShip Logistics')).toBe(`1. 为配送订单，我们委托快递公司 SwiftShip Logistics（美国）处理您的以下信息：姓名、手机号码和通信地址（${PIPL}第二十一条）。${entrusted('配送订单')}接收方联系方式：privacy@swiftship.example。`);
    expect(row('payment_receipt', 'Stripe Payments Europe')).toContain(entrusted('完成支付结算'));
    expect(row('support_followup', 'Zendesk')).toContain(entrusted('提供客户支持'));
    expect(row('order_shipped', 'Meta Platforms Ireland Limited')).toContain(entrusted('递送消息'));
  });

  it('a recipient in its own right: the method it declares (WhatsApp LLC; AdReach Media, example data)', () => {
    expect(row('marketing_promotion', 'AdReach Media')).toBe(`1. 为推送个性化广告，我们向广告合作伙伴 AdReach Media（美国）提供您的以下信息：手机号码、设备标识符和订单记录（${PIPL}第二十三条）。处理方式：AdReach Media 以电子化方式接收上述信息，将上述信息与其广告受众数据进行匹配，并据此向您推送个性化广告。接收方联系方式：privacy@adreach.example。`);
    for (const id of ['marketing_promotion', 'order_shipped', 'support_followup', 'service_hours_notice', 'one_time_passcode']) {
      expect(row(id, 'WhatsApp LLC'), id).toContain(`（${PIPL}第二十三条）。处理方式：WhatsApp LLC 以电子化方式接收您的手机号码，并据此将我们的消息递送至您的 WhatsApp 账户。接收方联系方式：`);
    }
  });

  it('without a declared method the row states none (nothing invented) and the render records the gap', () => {
    const t = byId('marketing_promotion');
    const bare: Template = { ...t, flows: t.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => (r.name === 'AdReach Media' ? (({ processingMethod: _m, ...rest }) => rest)(r) : r)) })) };
    const r = row(bare, 'AdReach Media')!;
    expect(r).not.toContain('处理方式');
    expect(r).toContain('接收方联系方式：privacy@adreach.example。');
    expect(render(bare).missingMethods).toEqual([{ flow: 'ad_audiences', recipient: 'AdReach Media', place: 'US' }]);
    expect(render(t).missingMethods).toEqual([]);
    // Not a china matter elsewhere: the EU clause lists no methods and records none missing.
    expect(renderer.render(bare, catalog.region('eu'), 'en', org).missingMethods).toEqual([]);
  });

  it('check --region china reports recipient-method-missing (warning) for a recipient without one, and nothing for the shipped example', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cn-method-'));
    const yaml = readFileSync(path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml'), 'utf8');
    const stripped = yaml.replace(/\n {8}processingMethod:\n {10}zh-CN: "[^"\n]*"/, '');
    expect(stripped).not.toContain('processingMethod');
    const file = path.join(dir, 'marketing_promotion.yaml');
    writeFileSync(file, stripped.replace('$schema=../../schemas', '$schema=../schemas'));
    const bad = await cli(['check', file, '--org', path.join(EXAMPLES, 'organization.yaml'), '--no-config', '--region', 'china', '--format', 'json']);
    const found = (JSON.parse(bad.out) as Array<{ ruleId: string; severity: string; message: string }>).filter((f) => f.ruleId === 'recipient-method-missing');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('AdReach Media');
    expect(found[0]!.message).toContain('zh-CN');
    const good = await cli(['check', path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--no-config', '--region', 'china', '--format', 'json']);
    expect((JSON.parse(good.out) as Array<{ ruleId: string }>).filter((f) => f.ruleId === 'recipient-method-missing')).toEqual([]);
  });
});

describe('china CN3-2: the sub-processor keeping Cloud API data in the US is named', () => {
  // Review 5 CN5-3: with its purpose, our consent (PIPL Art. 21(3)) and its citation; no 为此.
  const SUB = '为递送消息，消息服务商 Meta Platforms Ireland Limited 经我们同意，转委托 Meta Platforms, Inc.（美国）在美国存储您的以下信息，最长30天：手机号码和消息内容（《个人信息保护法》第二十一条、第三十九条）。';
  it('in every WhatsApp example, one sentence names it and the unnamed storage sentences are gone', () => {
    for (const id of ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup']) {
      const ls = lines(id);
      expect(ls.filter((l) => l === SUB), id).toHaveLength(1);
      expect(ls.some((l) => l.includes('将您的以下信息存储在美国')), id).toBe(false);
      expect(ls.some((l) => l.includes('由其在美国存储')), id).toBe(false);
    }
  });

  it('the data decide: a recipient without a sub-processor keeps the plain storage sentence; one declared names it', () => {
    const t = byId('order_shipped');
    const courier = t.flows.find((f) => f.recipients.some((r) => r.name === 'SwiftShip Logistics'))!;
    const withStorage = (sub?: { name: string; country: string }): Template => ({
      ...t,
      flows: t.flows.map((f) => (f === courier ? { ...f, recipients: f.recipients.map((r) => (r.name === 'SwiftShip Logistics' ? { ...r, country: 'IE', storage: ['US'], ...(sub ? { subProcessor: sub } : {}) } : r)) } : f)),
    });
    const plain = lines(withStorage());
    expect(plain.some((l) => l.startsWith('快递公司 SwiftShip Logistics 将您的以下信息存储在美国：'))).toBe(true);
    const named = lines(withStorage({ name: 'Example Storage Inc.', country: 'US' }));
    expect(named.some((l) => l.startsWith('为配送订单，快递公司 SwiftShip Logistics 经我们同意，转委托 Example Storage Inc.（美国）在美国存储您的以下信息'))).toBe(true);
    expect(named.some((l) => l.includes('SwiftShip Logistics 将您的以下信息存储在'))).toBe(false);
  });

  it('the EU clause still names it in its own sentence', () => {
    const eu = renderer.render(byId('order_shipped'), catalog.region('eu'), 'en', org).clause.text;
    expect(eu).toContain('Meta Platforms, Inc.');
  });
});

describe('china CN3-4: the separate consent is stated once', () => {
  it('appointment reminder: the Art. 30 sentence ends with its citation; the consent sentence stays', () => {
    const ls = lines('appointment_reminder');
    const effect = ls.find((l) => l.includes('对您个人权益的影响'))!;
    expect(effect.endsWith(`（${PIPL}第二十八条、第三十条）。`)).toBe(true);
    expect(ls.filter((l) => l.includes('单独同意'))).toEqual([`我们处理您的敏感个人信息或者向境外接收方提供您的个人信息前，将取得您的单独同意（${PIPL}第二十九条、第三十九条）。`]);
  });
});
