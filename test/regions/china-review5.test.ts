/**
 * China, the PRC lawyer's fifth review (2026-12-06, /work/notes/review-5-cn.md): CN5-1 … CN5-12.
 * Each test renders the shipped examples in process (the text `render examples/templates --region
 * china` prints) and asserts the sentence the reviewer asked for; where the behaviour rests on data,
 * it renders once more with that data changed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { examples, EXAMPLES, ROOT } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';
import type { Template } from '../../src/model/types.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const byId = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template | string) => renderer.render(typeof t === 'string' ? byId(t) : t, cn, 'zh-CN', org);
const lines = (t: Template | string) => render(t).clause.text.split('\n').map((l) => l.trim());
const element = (t: Template | string, id: string) => render(t).clause.elements.find((e) => e.id === id);
const PIPL = '《个人信息保护法》';
const NDSR = '《网络数据安全管理条例》';

describe('CN5-1 (MAJOR): service_hours_notice discloses our own handling of the opt-in list', () => {
  it('china: purpose, basis, storage in Germany and retention from withdrawal, for the phone number', () => {
    const ls = lines('service_hours_notice');
    expect(ls).toContain('1. 为发送服务通知，我们处理您的以下信息：手机号码。');
    expect(ls).toContain(`发送服务通知的法律依据：取得您的同意（${PIPL}第十三条第一款第一项）。`);
    expect(ls).toContain('为发送服务通知，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：手机号码。');
    expect(ls).toContain('我们在德国存储您的以下信息：手机号码。');
  });

  it('the period is ours, not Meta\'s: the clause claims our retention of the phone number from withdrawal', () => {
    const res = render('service_hours_notice');
    const ours = res.clause.assertions.filter((a) => a.kind === 'retain' && a.flows.includes('holiday_notices'));
    expect(ours).toHaveLength(1);
    expect(res.clause.claims).toContainEqual(expect.objectContaining({ action: 'retain', data: 'user.contact.phone_number', retention: expect.objectContaining({ value: 30, unit: 'day', from: 'consent_withdrawal' }) }));
  });

  it('true in every region: the EU and California clauses state it too', () => {
    const eu = renderer.render(byId('service_hours_notice'), catalog.region('eu'), 'en', org).clause.text;
    expect(eu).toContain('For service notifications we process your phone number.');
    // Review 5 EU-B/CA-C: the period is the purpose's (retentionByPurpose in eu and california).
    expect(eu).toContain('For service notifications, we keep your phone number for 30 days from withdrawal of your consent.');
    const ca = renderer.render(byId('service_hours_notice'), catalog.region('california'), 'en', org).clause.text;
    expect(ca).toContain('For service notifications, we keep your phone number for 30 days from withdrawal of your consent.');
  });
});

describe('CN5-2: each retention line of ours names its purpose; one purpose with one period is one line', () => {
  it('marketing: the messages and the ad audiences, each with its own period and reason', () => {
    // Our own lines (Meta's period names its purpose too since review 6 CN6-3, and names Meta as its holder).
    const kept = lines('marketing_promotion').filter((l) => l.includes('保存') && l.startsWith('为') && !l.includes('存储') && !l.includes('Meta Platforms Ireland Limited 将'));
    expect(kept).toEqual([
      '为发送营销消息，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：姓名、手机号码、订单记录和购物偏好。',
      '为推送个性化广告，自收集之日起，我们将您的以下信息保存90天，您在此之前撤回同意的，保存至您撤回同意时止：手机号码、设备标识符和订单记录。',
    ]);
  });

  it('the merged line still claims every datum of both flows, and asserts both', () => {
    const res = render('marketing_promotion');
    const a = res.clause.assertions.find((x) => x.kind === 'retain' && x.flows.includes('offers'));
    expect(a?.flows).toEqual(['offers', 'preferences']);
    const kept = res.clause.claims.filter((c) => c.action === 'retain' && c.retention?.from === 'consent_withdrawal').map((c) => c.data);
    expect(new Set(kept)).toEqual(new Set(['user.name', 'user.contact.phone_number', 'user.behavior.purchase_history', 'user.derived.inferred.preferences']));
  });

  it('payment and sign-in: the period with its purpose; Meta\'s own period names its purpose too (review 6 CN6-3)', () => {
    // Stripe collects the card; we keep only its brand and last four digits (review 3 EU-m14).
    expect(lines('payment_receipt')).toContain('为完成支付结算，自交易完成之日起，我们将您的以下信息保存13个月：姓名、电子邮箱地址、交易信息和银行卡品牌及卡号末四位。');
    const otp = lines('one_time_passcode');
    expect(otp).toContain('为验证账户，自验证完成之时起，我们将您的以下信息保存24小时：手机号码和一次性验证码。');
    expect(otp).toContain('为递送消息，自消息发送之日起，Meta Platforms Ireland Limited 将您的以下信息最长保存30天：手机号码和消息内容。');
  });

  it('without the region setting the lines are not merged (the setting decides)', () => {
    const plain = { ...cn, id: 'china-unmerged', retentionByPurpose: false };
    const text = renderer.render(byId('marketing_promotion'), plain, 'zh-CN', org).clause.text;
    expect(text.split('\n').filter((l) => l.includes('自您撤回同意之日起'))).toEqual([
      '为发送营销消息，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：姓名、手机号码和订单记录。',
      '为发送营销消息，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除：购物偏好。',
    ]);
  });
});

describe('CN5-3: the sub-entrustment to Meta Platforms, Inc. with its purpose, our consent and its citation', () => {
  it('every WhatsApp example: no 为此, 经我们同意 (PIPL Art. 21(3)), cited Art. 21 and 39', () => {
    for (const id of ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup']) {
      const text = render(id).clause.text;
      expect(text, id).toContain(`为递送消息，消息服务商 Meta Platforms Ireland Limited 经我们同意，转委托 Meta Platforms, Inc.（美国）在美国存储您的以下信息，最长30天：手机号码和消息内容（${PIPL}第二十一条、第三十九条）。`);
      expect(text, id).not.toContain('为此委托');
    }
  });
});

describe('CN5-5: what is collected is listed (《网络数据安全管理条例》第二十一条第二款)', () => {
  it('a heading citing Art. 21(2), then one numbered line per purpose, then the bases', () => {
    const ls = lines('marketing_promotion');
    const at = ls.indexOf(`个人信息收集清单（${NDSR}第二十一条第二款）：`);
    expect(at).toBeGreaterThan(0);
    expect(ls.slice(at + 1, at + 5)).toEqual([
      '1. 为发送营销消息，我们处理您的以下信息：姓名、手机号码、订单记录和购物偏好。',
      '2. 为推送个性化广告，我们处理您的以下信息：手机号码、设备标识符和订单记录。',
      '3. 为递送消息，我们处理您的以下信息：手机号码和消息内容。',
      `发送营销消息的法律依据：取得您的同意（${PIPL}第十三条第一款第一项）。`,
    ]);
    expect(element('marketing_promotion', 'collection_list')).toMatchObject({ written: true, citation: `${NDSR}第二十一条第二款` });
  });

  it('every example has the heading once, before the recipient list', () => {
    for (const t of templates) {
      const ls = lines(t);
      const heads = ls.filter((l) => l.startsWith('个人信息收集清单'));
      expect(heads, t.id).toHaveLength(1);
      expect(ls.indexOf(heads[0]!), t.id).toBeLessThan(ls.findIndex((l) => l.startsWith('个人信息接收方清单')));
    }
  });

  it('other regions have no such list', () => {
    const eu = renderer.render(byId('marketing_promotion'), catalog.region('eu'), 'en', org).clause.text;
    expect(eu).not.toMatch(/^\d+\. For /m);
  });
});

describe('CN5-6: service_hours_notice can be withdrawn by reply, in the account and by e-mail', () => {
  it('the three ways, with the Chinese name of the account setting', () => {
    expect(lines('service_hours_notice')).toContain(`您可以随时撤回同意：回复“退订”或者“STOP”，关闭“账户 > 通知”中的“通过 WhatsApp 接收节假日服务通知”，或者发送电子邮件至pio-cn@nordlicht.example。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（${PIPL}第十五条）。`);
  });

  it('the setting is the template\'s data: without its zh-CN name the sentence gives reply and e-mail', () => {
    const t = byId('service_hours_notice');
    const { ['zh-CN']: _zh, ...others } = t.consent!.setting!;
    const without: Template = { ...t, consent: { ...t.consent!, setting: others } };
    expect(lines(without)).toContain(`您可以随时撤回同意：回复“退订”或者“STOP”，或者发送电子邮件至pio-cn@nordlicht.example。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（${PIPL}第十五条）。`);
  });
});

describe('CN5-7: the Advertising Law note says where the sender\'s identity and contact belong', () => {
  it('in the message itself, not in the privacy policy', () => {
    const note = cn.footer?.refusal?.note ?? '';
    expect(note).toContain('must appear in the message itself');
    expect(note).not.toContain("are the template's and the clause's");
  });
});

describe('CN5-8: inferred shopping preferences are said to be inferred, and from what', () => {
  it('marketing states the source, citing Art. 7 and 24(1) in the pack', () => {
    expect(lines('marketing_promotion')).toContain('您的以下信息并非直接来源于您本人，而是我们根据您在本公司的订单记录推断得出：购物偏好。');
    expect(element('marketing_promotion', 'inferred_source')).toMatchObject({ written: true, citation: `${PIPL}第七条、第二十四条第一款` });
  });

  it('a template with no inferred data has no such line and no element', () => {
    expect(render('order_shipped').clause.text).not.toContain('推断得出');
    expect(element('order_shipped', 'inferred_source')).toBeUndefined();
  });
});

describe('CN5-9: the Meta sub-processor note only where a recipient declares a sub-processor abroad', () => {
  it('the SMS clause carries no sub_processor_storage element; WhatsApp ones and the Stripe receipt do (review 5 EU-C), the receipt with Stripe\'s note', () => {
    expect(element('appointment_reminder', 'sub_processor_storage')).toBeUndefined();
    expect(element('payment_receipt', 'sub_processor_storage')?.unsettled).toMatch(/^Stripe, Inc\.: /);
    for (const id of ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup']) expect(element(id, 'sub_processor_storage'), id).toBeDefined();
  });

  it('the data decide: a sub-processor abroad declared for Stripe brings the element', () => {
    const t = byId('payment_receipt');
    const withSub: Template = { ...t, flows: t.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => (r.name === 'Stripe Payments Europe' ? { ...r, storage: ['US'], subProcessor: { name: 'Stripe, Inc.', country: 'US' } } : r)) })) };
    expect(render(withSub).clause.elements.find((e) => e.id === 'sub_processor_storage')).toBeDefined();
  });
});

describe('CN5-10: notes in the pack', () => {
  it('the foreign-obligation note adds that Art. 47(2) and 44 excuse deletion only under PRC law', () => {
    const el = cn.elements.find((e) => e.id === 'legal_obligation_basis');
    expect(el?.unsettled).toContain('Art. 47(2)');
    expect(el?.unsettled).toContain('法律、行政法规规定的保存期限未届满');
  });

  it('the WhatsApp LLC note cites Art. 5(1)(1) of the 2024 Provisions', () => {
    const channel = readFileSync(path.join(ROOT, 'channels', 'whatsapp.yaml'), 'utf8');
    expect(channel).toContain('The exemption of Art. 5(1)(1) of the Provisions');
    expect(channel).not.toContain('The exemption of Art. 5(1) of the Provisions');
  });
});

describe('CN5-11: language', () => {
  it('a: purposes as verb phrases after 为 and in 的法律依据', () => {
    const text = render('order_shipped').clause.text;
    expect(text).toContain('1. 为配送订单，我们处理您的以下信息：姓名、手机号码和通信地址。');
    expect(text).toContain('递送消息的法律依据：');
    expect(text).not.toContain('为订单配送');
    expect(text).not.toContain('为消息递送');
  });

  it('b: an entrusted row cites Art. 21 once', () => {
    for (const t of templates) {
      for (const row of lines(t).filter((l) => l.includes('受托人按照我们的约定'))) expect(row.split('第二十一条').length - 1, `${t.id}: ${row}`).toBe(1);
    }
  });

  it('c: the AdReach row refers to the data as 上述信息', () => {
    expect(render('marketing_promotion').clause.text).toContain('将上述信息与其广告受众数据进行匹配');
  });

  it('d: the grouped footer lists the data in the taxonomy\'s order, the phone number after the name', () => {
    expect(render('support_followup').footer).toMatchObject({ variant: 'grouped', text: '姓名、手机号码、电子邮箱地址、客户编号、消息内容已委托服务商处理；手机号码已提供给即时通讯应用运营者。隐私政策第5.6条', length: 60 });
  });

  it('e: the rights line keeps Art. 44\'s proviso', () => {
    const text = render('order_shipped').clause.text;
    expect(text).toContain('有权限制或者拒绝他人对您的个人信息进行处理（法律、行政法规另有规定的除外）');
    expect(text).not.toContain('有权限制或者拒绝个人信息处理活动');
  });
});

describe('CN5-12: the § 147 AO period and its extension in two sentences', () => {
  it('the period with its purpose and law, then the extension to the end of the assessment period (§ 147(3) AO)', () => {
    expect(lines('payment_receipt')).toContain(
      '为进行税务和会计记账，自交易发生的日历年度结束之日起，我们在发票副本中将您的姓名、通信地址和交易信息保存8年，此为《德国税收通则》（Abgabenordnung）第147条第一款第四项、第三款、第四款和《德国增值税法》（Umsatzsteuergesetz）第14b条规定的法定保存期限。上述信息对核定期限尚未届满的税款仍有意义的，我们将其保存至该核定期限届满（《德国税收通则》第147条第三款）。',
    );
    expect(render('payment_receipt').clause.text).not.toContain('仍在进行中的税款核定');
  });

  it('check is clean for china: the reader reads every new sentence back as the flows declare it', async () => {
    const res = await cli(['check', path.join(EXAMPLES, 'templates'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--no-config', '--region', 'china', '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    const findings = JSON.parse(res.out) as Array<{ severity: string; ruleId: string }>;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
