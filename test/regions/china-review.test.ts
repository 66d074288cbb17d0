/**
 * China, the MAJOR findings of the legal review (/work/notes/review-china-eu-ca.md §1): each test
 * renders the shipped examples and asserts the zh-CN sentence the reviewer asked for.
 * CN-5 entrusted processing (PIPL Art. 21) vs provision to another handler (Art. 23); CN-4 no server
 * as recipient; CN-6 Art. 30 effect for bank-card data; CN-7 and CN-8 《网络数据安全管理条例》
 * Art. 21(1)(3)-(4).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const render = (id: string) => renderer.render(templates.find((t) => t.id === id)!, cn, 'zh-CN', org);
const lines = (id: string) => render(id).clause.text.split('\n');
/** The recipient sentences stand as items of one numbered list, each followed by the recipient's contact (review E28). */
/** The recipient's processing method (处理方式, review CN3-1) stands between the sentence and the contact. */
const listed = (id: string) => lines(id).filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, '').replace(/处理方式：.*$/, '').replace(/接收方联系方式：.*$/, ''));

describe('china review CN-5: processors are entrusted (Art. 21), other handlers are provided with data (Art. 23)', () => {
  it('a processor is entrusted, with Art. 21, never "向…提供"', () => {
    const shipped = listed('order_shipped');
    expect(shipped).toContain('为配送订单，我们委托快递公司 SwiftShip Logistics（美国）处理您的以下信息：姓名、手机号码和通信地址（《个人信息保护法》第二十一条）。');
    expect(shipped).toContain('为递送消息，我们委托消息服务商 Meta Platforms Ireland Limited（爱尔兰）处理您的以下信息：手机号码和消息内容（《个人信息保护法》第二十一条）。');
    expect(listed('appointment_reminder')).toContain('为发送预约提醒，我们委托消息服务商 Sinch Sweden（瑞典）处理您的以下信息：姓名、手机号码和预约信息（《个人信息保护法》第二十一条）。');
    expect(listed('support_followup').some((l) => /我们委托客服平台服务商 Zendesk（美国）处理您的以下信息：.*（《个人信息保护法》第二十一条）。$/.test(l))).toBe(true);
    for (const t of templates) {
      for (const l of lines(t.id)) {
        for (const processor of ['Meta Platforms Ireland Limited', 'Sinch Sweden', 'Zendesk', 'SwiftShip Logistics', 'Stripe Payments Europe']) {
          expect(l, `${t.id}: ${l}`).not.toMatch(new RegExp(`向[^，。]*${processor}[^，。]*提供`));
        }
      }
    }
  });

  it('a recipient that handles the data in its own right is provided with it, with Art. 23', () => {
    expect(listed('marketing_promotion')).toContain('为推送个性化广告，我们向广告合作伙伴 AdReach Media（美国）提供您的以下信息：手机号码、设备标识符和订单记录（《个人信息保护法》第二十三条）。');
    expect(listed('order_shipped')).toContain('为递送消息，我们向即时通讯应用 WhatsApp 的运营者 WhatsApp LLC（美国）提供您的以下信息：手机号码（《个人信息保护法》第二十三条）。');
  });

  it('the sentences read back as the disclosures they state (claims), and the elements cite Art. 21 and Art. 23', () => {
    const res = render('marketing_promotion');
    const els = Object.fromEntries(res.clause.elements.map((e) => [e.id, e]));
    expect(els['entrusted_processing']).toMatchObject({ written: true, citation: '《个人信息保护法》第二十一条' });
    expect(els['recipients']).toMatchObject({ written: true, citation: '《个人信息保护法》第二十三条' });
    const shares = res.clause.assertions.filter((a) => a.kind === 'share').map((a) => a.party?.kind === 'recipient' ? a.party.name : undefined);
    expect(shares).toEqual(expect.arrayContaining(['AdReach Media', 'Meta Platforms Ireland Limited', 'WhatsApp LLC']));
    // Only processors: the Art. 23 element does not apply.
    expect(render('appointment_reminder').clause.elements.some((e) => e.id === 'recipients')).toBe(false);
  });

  it('other regions keep their own disclosure wording (the entrust wording is China\'s)', () => {
    const eu = renderer.render(templates.find((t) => t.id === 'order_shipped')!, catalog.region('eu'), 'en', org).clause.text;
    expect(eu).not.toMatch(/entrust/i);
  });
});

describe('china review CN-4: a server is not a recipient', () => {
  it('the data goes to Meta Platforms Ireland Limited, which stores it in the United States', () => {
    for (const id of ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup']) {
      const text = render(id).clause.text;
      expect(text, id).not.toContain('服务器）');
      // Review CN3-2: one sentence names the sub-processor that keeps the data in the US (Meta
      // Platforms, Inc.) instead of two that left it unnamed.
      expect(text, id).toContain('为递送消息，消息服务商 Meta Platforms Ireland Limited 经我们同意，转委托 Meta Platforms, Inc.（美国）在美国存储您的以下信息，最长30天：手机号码和消息内容（《个人信息保护法》第二十一条、第三十九条）。');
      expect(text, id).not.toContain('由其在美国存储');
      expect(text, id).not.toContain('将您的以下信息存储在美国');
    }
  });
});

describe('china review CN-6: Art. 30 necessity and effect for every sensitive category', () => {
  it('bank-card data states its necessity and its specific effect, citing Art. 28 and Art. 30, without a consent not collected', () => {
    const text = render('payment_receipt').clause.text;
    expect(text).toContain('敏感个人信息（银行卡信息）是完成支付结算所必需的。对您个人权益的影响：银行卡信息如被泄露或者非法使用，可能导致您的银行卡被盗刷，造成财产损失（《个人信息保护法》第二十八条、第三十条）。');
    expect(text).not.toContain('人格尊严受到侵害');
    expect(text).not.toContain('单独同意');
  });

  it('every sensitive category rendered for China carries an effect sentence citing Art. 30', () => {
    for (const t of templates) {
      const res = render(t.id);
      if (!res.facts.sensitive) continue;
      const effects = res.clause.text.split('\n').filter((l) => l.startsWith('敏感个人信息（'));
      expect(effects.length, t.id).toBeGreaterThan(0);
      for (const l of effects) expect(l, t.id).toMatch(/对您个人权益的影响：.+（《个人信息保护法》第二十八条、第三十条）。/);
    }
  });
});

describe('china review CN-7 and CN-8: 《网络数据安全管理条例》第二十一条第一款', () => {
  const EXPIRY = '上述期限届满后，我们将删除上述信息或者对其进行匿名化（《网络数据安全管理条例》第二十一条第一款第三项）。';
  const EXPIRY_RECIPIENTS = '上述期限届满后，我们或者受托人将删除上述信息或者对其进行匿名化（《网络数据安全管理条例》第二十一条第一款第三项）。';
  it('every clause states what happens when the retention period ends, right after the retention lines (item 3)', () => {
    for (const t of templates) {
      const ls = lines(t.id);
      // Where a recipient keeps data under its own period (Meta's 30 days, Stripe's), "we or the entrusted
      // party" delete them, never "we" alone (review 6 CN6-3).
      const theirs = ls.some((l) => /Meta Platforms Ireland Limited 将|Stripe Payments Europe 保存/.test(l));
      const at = ls.indexOf(theirs ? EXPIRY_RECIPIENTS : EXPIRY);
      expect(at, t.id).toBeGreaterThan(0);
      expect(ls[at - 1], t.id).toMatch(/保存/);
    }
  });

  it('a template that signs the person in states how to close the account (item 4); others do not', () => {
    const otp = render('one_time_passcode');
    expect(otp.clause.text).toContain('您可以发送电子邮件至pio-cn@nordlicht.example申请注销账户，我们将及时受理（《网络数据安全管理条例》第二十一条第一款第四项）。');
    expect(otp.clause.elements.find((e) => e.id === 'account_closure')).toMatchObject({ written: true, citation: '《网络数据安全管理条例》第二十一条第一款第四项' });
    for (const id of ['order_shipped', 'payment_receipt', 'marketing_promotion']) expect(render(id).clause.text, id).not.toContain('注销账户');
  });
});

describe('china review CN-9 to CN-14 (minor findings)', () => {
  it('CN-9: no footer calls the message content "您发送的内容" (our messages are written by us)', () => {
    for (const t of templates) expect(render(t.id).footer.text, t.id).not.toContain('您发送的内容');
    // The footer names the message content as the clause does (消息内容), no longer by the group 通信内容 (review-3 CN3-5).
    expect(render('order_shipped').footer.text).toContain('消息内容');
    expect(render('order_shipped').footer.text).not.toContain('通信内容');
  });

  it('CN-10: the withdrawal sentence holds no "；" and uses the words of Art. 15(2)', () => {
    // The reply keywords in the reader's language (channels/sms.yaml stopKeywords) and the e-mail contact (review N2, CN-10).
    const line = lines('appointment_reminder').find((l) => l.startsWith('您可以随时撤回同意'))!;
    expect(line).toBe('您可以随时撤回同意：回复任一提醒消息“退订”或者“STOP”，或者发送电子邮件至pio-cn@nordlicht.example。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（《个人信息保护法》第十五条）。');
  });

  it('CN-11: our own storage is stated plainly', () => {
    expect(lines('order_shipped')).toContain('我们在德国存储您的以下信息：姓名、手机号码和通信地址。');
    for (const t of templates) expect(render(t.id).clause.text, t.id).not.toContain('自有机构');
  });

  it('CN-13: each overseas recipient line says how rights are exercised against it (Art. 39)', () => {
    expect(lines('order_shipped')).toContain('境外接收方：SwiftShip Logistics，美国，联系方式：privacy@swiftship.example。您可以通过上述联系方式直接联系该境外接收方，或者发送电子邮件至pio-cn@nordlicht.example由我们代为转达，以行使查阅、复制、更正、补充、删除等权利（《个人信息保护法》第三十九条）。');
  });

  it('CN-14: the rights sentence ends before the request line; the method says how; the statutory verb in the separate-consent line', () => {
    const text = render('marketing_promotion').clause.text;
    expect(text).toContain('您可以依法向人民法院提起诉讼（《个人信息保护法》第四十四条至第五十条）。请发送电子邮件至pio-cn@nordlicht.example提出申请。');
    // A Latin name is spaced off the Han characters (review-3 CN3-10).
    expect(text).toContain('处理方式：我们以电子化方式收集、存储和使用上述信息，并通过 WhatsApp 向您发送消息。');
    // Only the consents marketing_promotion records and needs: Art. 23 and 39, no sensitive data (review N1).
    expect(text).toContain('我们向其他个人信息处理者或者境外接收方提供您的个人信息前，将取得您的单独同意（《个人信息保护法》第二十三条、第三十九条）。');
    for (const t of templates) expect(render(t.id).clause.text, t.id).not.toMatch(/交给|中华人民共和国境外的接收方/);
    expect(renderer.localizer('zh-CN').t('basis.vital_interests')).toBe('紧急情况下为保护自然人的生命健康和财产安全所必需');
  });
});

describe('china review CN-6: no Art. 28 definition in place of the Art. 30 effect', () => {
  it('a sensitive flow without a declared effect states the necessity only, and check reports the Art. 30 element missing', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { parse, stringify } = await import('yaml');
    const { cli } = await import('../helpers/cli.js');
    const { EXAMPLES } = await import('../helpers/examples.js');
    const raw = parse(readFileSync(path.join(EXAMPLES, 'templates', 'payment_receipt.yaml'), 'utf8')) as { flows: Array<{ sensitive?: { effect?: unknown } }> };
    for (const f of raw.flows) if (f.sensitive) delete f.sensitive.effect;
    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-cn-effect-'));
    const file = path.join(dir, 'payment_receipt.yaml');
    writeFileSync(file, stringify(raw));
    const org = path.join(EXAMPLES, 'organization.yaml');
    const out = (await cli(['render', file, '--region', 'china', '--org', org])).out;
    expect(out).toContain('敏感个人信息（银行卡信息）是完成支付结算所必需的。');
    expect(out).not.toContain('人格尊严');
    const check = await cli(['check', file, '--region', 'china', '--org', org, '--format', 'json']);
    const missing = (JSON.parse(check.out) as Array<{ ruleId: string; severity: string; data: { element?: string } }>).filter((f) => f.ruleId === 'region-element-missing');
    expect(missing.map((f) => [f.data.element, f.severity])).toEqual([['sensitive_necessity', 'error']]);
    expect(check.code).toBe(1);
  });
});
