/**
 * China, review 6 minors (/work/notes/review-6-cn.md), rendered in-process from the examples for
 * china · zh-CN:
 * - CN6-5: three ways to withdraw are verb phrases joined by "，" and "，或者" (GB/T 15834-2011: the 顿号
 *   joins coordinate words), one word for "or";
 * - CN6-6: a period from the withdrawal of consent is a deletion window (PIPL 第四十七条第一款第三项,
 *   第十九条), not "kept 30 days after withdrawal";
 * - CN6-9: the example policy's headings are the clauses' own numbers and titles;
 * - CN6-10: the footer names the messenger's operator, as the clause does.
 * PIPL official text: https://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html (as cited in
 * regions/china.yaml).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClaims } from '../../src/claims/read-claims.js';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { linesWith } from './sea-members.js';

const render = (template: string) => {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  return renderer.render(t, catalog.region('china'), 'zh-CN', org);
};

describe('CN6-5: the withdrawal ways', () => {
  it('service_hours_notice: reply, switch off, or write, joined as verb phrases', () => {
    expect(linesWith(render('service_hours_notice').clause.text, '您可以随时撤回同意')).toEqual([
      '您可以随时撤回同意：回复“退订”或者“STOP”，关闭“账户 > 通知”中的“通过 WhatsApp 接收节假日服务通知”，或者发送电子邮件至pio-cn@nordlicht.example。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（《个人信息保护法》第十五条）。',
    ]);
  });
  it('no 顿号 between ways and no bare 或 in any withdrawal sentence', () => {
    for (const id of ['appointment_reminder', 'marketing_promotion', 'service_hours_notice']) {
      const [line] = linesWith(render(id).clause.text, '您可以随时撤回同意');
      expect(line, id).toBeDefined();
      const ways = line!.slice(line!.indexOf('：') + 1, line!.indexOf('。'));
      expect(ways, id).not.toMatch(/”、|、关闭|、发送/);
      expect(ways.replaceAll('或者', ''), id).not.toContain('或');
    }
  });
});

describe('CN6-6: kept while consent lasts, deleted within 30 days of its withdrawal', () => {
  it('service_hours_notice and marketing_promotion', () => {
    expect(linesWith(render('service_hours_notice').clause.text, '撤回同意前')).toEqual([
      '为发送服务通知，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：手机号码。',
    ]);
    expect(linesWith(render('marketing_promotion').clause.text, '撤回同意前')).toEqual([
      '为发送营销消息，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：姓名、手机号码、订单记录和购物偏好。',
    ]);
    for (const id of ['service_hours_notice', 'marketing_promotion']) {
      expect(render(id).clause.text, id).not.toMatch(/自您撤回同意之日起，我们将您的以下信息保存/);
    }
  });
  it('the other periods keep their sentence (appointment: from the appointment date)', () => {
    expect(render('appointment_reminder').clause.text).toContain('为发送预约提醒，自预约日期起，我们将您的以下信息保存30天：姓名、手机号码和预约信息。');
  });
  it('the claim reader reads the sentence as the period from withdrawal, as the flow declares', () => {
    const { catalog } = examples();
    const line = '为发送服务通知，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：手机号码。';
    const claims = readClaims(line, catalog.locale('zh-CN')).claims;
    expect(claims).toContainEqual(expect.objectContaining({ action: 'retain', data: 'user.contact.phone_number', retention: { value: 30, unit: 'day', from: 'consent_withdrawal' } }));
  });
});

describe('CN6-9: example policy headings are the clause titles', () => {
  it('each managed block stands under "<number> <title>" of its clause', () => {
    const text = readFileSync(path.join(EXAMPLES, 'policies', 'china.zh-CN.md'), 'utf8');
    const { templates } = examples();
    const seen: string[] = [];
    for (const m of text.matchAll(/<!-- disclose:clause id=([\w-]+)/g)) {
      const heading = text.slice(0, m.index).trimEnd().split('\n').at(-1)!;
      const t = templates.find((x) => x.clause.id === m[1])!;
      const r = render(t.id);
      expect(heading, m[1]).toBe(`## ${r.clause.number} ${r.clause.title}`);
      seen.push(m[1]!);
    }
    expect(seen).toHaveLength(7);
  });
});

describe('CN6-10: the footer names the messenger\'s operator, the recipient of the number', () => {
  it('order_shipped, service_hours_notice and support_followup, within 60 characters', () => {
    const expected: Record<string, string> = {
      order_shipped: '姓名、手机号码、通信地址、消息内容已委托服务商处理；手机号码已提供给即时通讯应用运营者。隐私政策第5.2条',
      service_hours_notice: '手机号码、消息内容已委托消息服务商处理；手机号码已提供给即时通讯应用运营者。隐私政策第5.7条',
      support_followup: '姓名、手机号码、电子邮箱地址、客户编号、消息内容已委托服务商处理；手机号码已提供给即时通讯应用运营者。隐私政策第5.6条',
    };
    for (const [id, text] of Object.entries(expected)) {
      const footer = render(id).footer;
      expect(footer.text, id).toBe(text);
      expect(footer.length, id).toBeLessThanOrEqual(60);
    }
  });
  it('the clause\'s own wording (即时通讯应用 WhatsApp 的运营者) still reads as the messaging service', () => {
    const { catalog } = examples();
    const line = '为递送消息，我们向即时通讯应用 WhatsApp 的运营者 WhatsApp LLC（美国）提供您的以下信息：手机号码（《个人信息保护法》第二十三条）。';
    const claims = readClaims(line, catalog.locale('zh-CN'), { names: ['WhatsApp LLC'] }).claims;
    expect(claims).toContainEqual(expect.objectContaining({ action: 'share', data: 'user.contact.phone_number', recipient: expect.objectContaining({ type: 'recipient.third_party.messaging_service' }) }));
  });
});
