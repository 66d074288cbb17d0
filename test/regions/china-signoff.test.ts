/**
 * China, the points a PRC privacy lawyer's re-review (2026-12-06) still refused: each renders the
 * shipped examples (or one changed in a single field) and asserts the zh-CN text.
 * N1 the separate-consent sentence names and cites only the consents that apply (Art. 29 sensitive
 * data, Art. 23 provision to another handler — never for entrusted processors, Art. 39 abroad);
 * N2 a template-level consent record counts, and the withdrawal sentence gives a way (Art. 15);
 * CN-9 footers say "已委托…处理" for processors and "已提供给" for recipients in their own right;
 * CN-10 the withdrawal keyword in the reader's language, from the channel's data.
 */
import { describe, expect, it } from 'vitest';
import type { Flow, Template } from '../../src/model/types.js';
import { withdrawalPhrase } from '../../src/render/citation.js';
import { examples } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const byId = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template | string) => renderer.render(typeof t === 'string' ? byId(t) : t, cn, 'zh-CN', org);
const lines = (t: Template | string) => render(t).clause.text.split('\n');
const consentLine = (t: Template | string) => lines(t).find((l) => l.includes('将取得您的单独同意（'));
const ARTICLE = { third_party: '第二十三条', sensitive: '第二十九条', cross_border: '第三十九条' } as const;

describe('china N1: the separate-consent sentence cites only the consents that apply', () => {
  it('appointment reminder (sensitive data, a processor abroad): Art. 29 and 39, no "other handler", no Art. 23', () => {
    expect(consentLine('appointment_reminder')).toBe('我们处理您的敏感个人信息或者向境外接收方提供您的个人信息前，将取得您的单独同意（《个人信息保护法》第二十九条、第三十九条）。');
    expect(render('appointment_reminder').clause.text).not.toContain('其他个人信息处理者');
  });

  it('marketing (an ad partner and WhatsApp in their own right, abroad; no sensitive data): Art. 23 and 39, not Art. 29', () => {
    expect(consentLine('marketing_promotion')).toBe('我们向其他个人信息处理者或者境外接收方提供您的个人信息前，将取得您的单独同意（《个人信息保护法》第二十三条、第三十九条）。');
  });

  it('in every example the sentence cites exactly the articles of the consents the facts state, and "其他个人信息处理者" only with a real Art. 23 provision', () => {
    for (const t of templates) {
      const res = render(t);
      const line = res.clause.text.split('\n').find((l) => l.includes('单独同意（'));
      const kinds = res.facts.separateConsents;
      if (!kinds.length) {
        expect(line, t.id).toBeUndefined();
        continue;
      }
      for (const [kind, art] of Object.entries(ARTICLE)) expect(line!.includes(art), `${t.id}: ${kind}`).toBe((kinds as string[]).includes(kind));
      const otherHandler = res.clause.text.includes('其他个人信息处理者');
      expect(otherHandler, t.id).toBe(kinds.includes('third_party'));
      if (kinds.includes('third_party')) expect(res.facts.thirdPartyHandlers, t.id).toBe(true);
    }
  });

  it('entrusted processors only: a record listing third_party does not make the sentence name another handler', () => {
    const base = byId('appointment_reminder');
    const t: Template = { ...base, consent: { ...base.consent!, separate: ['cross_border', 'third_party'] }, flows: base.flows.map((f): Flow => ({ ...f, data: f.data.filter((d) => !d.startsWith('user.health')), consent: { ...f.consent, separate: false }, sensitive: undefined })) };
    const res = render(t);
    expect(res.facts.separateConsents).toEqual(['cross_border']);
    expect(consentLine(t)).toBe('我们向境外接收方提供您的个人信息前，将取得您的单独同意（《个人信息保护法》第三十九条）。');
    expect(res.clause.text).not.toContain('其他个人信息处理者');
    expect(res.clause.text).not.toContain('第二十三条');
  });

  it('a consent recorded for what no flow does is not stated; none recorded, none stated', () => {
    const base = byId('order_shipped');
    const onlySensitive: Template = { ...base, consent: { separate: ['sensitive'] } };
    expect(render(onlySensitive).facts.separateConsents).toEqual([]);
    expect(consentLine(onlySensitive)).toBeUndefined();
    expect(consentLine('order_shipped')).toBeUndefined();
    expect(consentLine('payment_receipt')).toBeUndefined();
  });

  it('the consent-evidence need of each kind carries the citation the sentence uses', () => {
    expect(cn.consent?.map((n) => [n.id, n.citation?.parts[0]?.provisions.map((p) => p.path.join('.'))])).toEqual([
      ['separate_third_party', ['23']],
      ['separate_sensitive', ['29']],
      ['separate_cross_border', ['39']],
    ]);
  });
});

describe('china N2: the template-level consent record counts; withdrawal gives a way', () => {
  it('service hours notice: its record (cross_border, third_party) is stated for the channel flows, citing Art. 23 and 39', () => {
    const t = byId('service_hours_notice');
    expect(t.flows.some((f) => f.consent?.separate === true)).toBe(false);
    const res = render(t);
    expect(res.facts.separateConsent).toBe(true);
    expect(res.facts.separateConsents).toEqual(['third_party', 'cross_border']);
    expect(consentLine(t)).toBe('我们向其他个人信息处理者或者境外接收方提供您的个人信息前，将取得您的单独同意（《个人信息保护法》第二十三条、第三十九条）。');
    expect(res.clause.elements.find((e) => e.id === 'separate_consent')).toMatchObject({ written: true });
  });

  // Review 5 CN5-6: the template now declares its reply withdrawal and the Chinese account setting, so
  // the sentence gives all three ways (PIPL Art. 15(1) 便捷的撤回同意的方式), not the e-mail alone.
  it('its withdrawal sentence gives the reply keywords, the account setting and the e-mail contact', () => {
    expect(lines('service_hours_notice')).toContain('您可以随时撤回同意：回复“退订”或者“STOP”，关闭“账户 > 通知”中的“通过 WhatsApp 接收节假日服务通知”，或者发送电子邮件至pio-cn@nordlicht.example。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（《个人信息保护法》第十五条）。');
    for (const t of templates) {
      const w = lines(t).find((l) => l.startsWith('您可以随时撤回同意'));
      if (w) expect(w, t.id).toMatch(/^您可以随时撤回同意：.+。撤回同意不影响/);
    }
  });

  it('other regions keep their own withdrawal sentence (the EU\'s says how too, GDPR Art. 7(3))', () => {
    const eu = renderer.render(byId('service_hours_notice'), catalog.region('eu'), 'en', org).clause.text;
    // Every easy way (review 3 EU-m1): reply STOP, the account setting where consent was given, e-mail.
    expect(eu.split('\n')).toContain('You can withdraw your consent at any time (reply STOP, switch off “Holiday notices by WhatsApp” under Account > Notifications, or write to dpo@nordlicht.example); withdrawal does not affect processing carried out before it.');
    const de = renderer.render(byId('marketing_promotion'), catalog.region('eu'), 'de', org).clause.text;
    expect(de).toContain('antworten Sie mit STOP');
  });
});

describe('china CN-10: the withdrawal keyword in the reader\'s language, as the channel accepts it', () => {
  it('marketing (WhatsApp) and appointment reminder (SMS): 回复“退订”或者“STOP”', () => {
    expect(render('marketing_promotion').clause.text).toContain('您可以随时撤回同意：回复“退订”或者“STOP”，或者发送电子邮件至pio-cn@nordlicht.example。');
    expect(render('appointment_reminder').clause.text).toContain('回复任一提醒消息“退订”或者“STOP”');
    for (const t of templates) expect(render(t).clause.text, t.id).not.toMatch(/回复(任一提醒消息)?“STOP”/);
  });

  it('the channel decides: without its keywords for zh-CN only “STOP” is named', () => {
    expect(catalog.channels.get('whatsapp')!.stopKeywords).toEqual({ default: ['STOP'] });
    expect(org.replyKeywords?.['zh-CN']).toEqual(['退订', 'STOP']);
    expect(withdrawalPhrase('reply STOP', 'zh-CN', undefined)).toBe('回复“STOP”');
    expect(withdrawalPhrase('reply STOP', 'zh-CN', ['退订', 'STOP'])).toBe('回复“退订”或者“STOP”');
    // German names the keywords it is given too (review 3 EU-m1: the organization's for de, else the channel's).
    expect(withdrawalPhrase('reply STOP', 'de', ['STOP'])).toBe('antworten Sie mit STOP');
    expect(withdrawalPhrase('reply STOP', 'de', ['STOPP', 'STOP'])).toBe('antworten Sie mit STOPP oder STOP');
  });

  it('a keyword beyond the template\'s own is named only when the organization declares it (review 4)', () => {
    const { replyKeywords: _declared, ...undeclared } = org;
    const text = renderer.render(byId('marketing_promotion'), cn, 'zh-CN', undeclared).clause.text;
    expect(text).toContain('回复“STOP”');
    expect(text).not.toContain('退订');
    const vi = renderer.render(byId('marketing_promotion'), catalog.region('vn'), 'vi', undeclared).clause.text;
    expect(vi).not.toContain('"TC"');
    expect(renderer.render(byId('marketing_promotion'), catalog.region('vn'), 'vi', org).clause.text).toContain('"TC" hoặc "STOP"');
  });
});

describe('china CN-9: footers are role-aware', () => {
  it('processors: "已委托…处理"; recipients in their own right: "已提供给"', () => {
    // A Latin name is spaced off the Han characters (review-3 CN3-10).
    expect(render('appointment_reminder').footer.text).toBe('姓名、手机号码、预约信息已委托消息服务商 Sinch Sweden 处理。隐私政策第5.5条');
    // A WhatsApp authentication template carries no footer of ours (footer-not-allowed; Meta's preset form).
    expect(render('one_time_passcode').footer).toMatchObject({ variant: 'none', text: '' });
    expect(render('service_hours_notice').footer.text).toBe('手机号码、消息内容已委托消息服务商处理；手机号码已提供给即时通讯应用运营者。隐私政策第5.7条');
    expect(render('payment_receipt').footer.text).toContain('已委托支付服务商 Stripe Payments Europe 处理');
  });

  it('no footer says a processor was "provided with" the data; every footer fits its channel', () => {
    for (const t of templates) {
      const f = render(t).footer;
      expect(f.fits, t.id).toBe(true);
      for (const name of ['Sinch Sweden', 'Stripe Payments Europe', 'Meta Platforms Ireland Limited', 'Zendesk', 'SwiftShip Logistics']) expect(f.text, t.id).not.toMatch(new RegExp(`已提供给[^；。]*${name}`));
      expect(f.text, t.id).not.toMatch(/已提供给(消息服务商|支付服务商|快递公司|客服平台服务商|服务商)/);
      for (const s of f.said) expect(s.key === 'footer.groupEntrusted', `${t.id}: ${s.text}`).toBe(s.text.includes('已委托'));
    }
  });

  it('other regions\' footers keep their wording', () => {
    for (const t of templates) {
      const f = renderer.render(t, catalog.region('eu'), 'en', org).footer;
      expect(f.said.every((s) => s.key === 'footer.group'), t.id).toBe(true);
    }
  });

  it('check reads the footers and clauses back as written: china clean (0 errors, 0 warnings)', async () => {
    const res = await cli(['check', 'examples/templates', '--region', 'china', '--format', 'json']);
    const findings = JSON.parse(res.out) as Array<{ severity: string; ruleId: string; message: string }>;
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(res.code).toBe(0);
  });
});

describe('china CN-12: no English inside the Chinese names and places', () => {
  it('the controller\'s country and city in Chinese, the address as given in brackets', () => {
    expect(lines('order_shipped')).toContain('个人信息处理者：Nordlicht Commerce GmbH，德国柏林（Friedrichstraße 100, 10117 Berlin），privacy@nordlicht.example。');
    for (const t of templates) expect(render(t).clause.text, t.id).not.toMatch(/Germany|, 德国/);
    // Other regions and locales keep the address as written.
    expect(renderer.render(byId('order_shipped'), catalog.region('eu'), 'en', org).clause.text).toContain('Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Germany, privacy@nordlicht.example.');
  });

  it('the representative by its registered Chinese name, the name as given in brackets', () => {
    expect(lines('order_shipped')).toContain('我们在中华人民共和国境内的指定代表：北光（上海）贸易有限公司（Nordlicht (Shanghai) Trading Co., Ltd.），cn-privacy@nordlicht.example。');
    const { localNames: _ln, ...plain } = org.china!.representative!;
    const without = { ...org, china: { ...org.china, representative: plain } };
    expect(renderer.render(byId('order_shipped'), cn, 'zh-CN', without).clause.text).toContain('我们在中华人民共和国境内的指定代表：Nordlicht (Shanghai) Trading Co., Ltd.，cn-privacy@nordlicht.example。');
  });

  it('the officer: the contact alone unless the name is given in characters (PIPL Art. 52(2))', () => {
    expect(lines('order_shipped')).toContain('个人信息保护负责人的联系方式：pio-cn@nordlicht.example。');
    for (const t of templates) expect(render(t).clause.text, t.id).not.toContain('Li Wei');
    const named = { ...org, china: { ...org.china, piOfficer: { ...org.china!.piOfficer!, localNames: { 'zh-CN': '李伟' } } } };
    expect(renderer.render(byId('order_shipped'), cn, 'zh-CN', named).clause.text).toContain('个人信息保护负责人：李伟，pio-cn@nordlicht.example。');
    // A text in Latin script may write the name as given.
    expect(renderer.render(byId('order_shipped'), cn, 'en', org).clause.text).toContain('Personal information protection officer: Li Wei, pio-cn@nordlicht.example.');
  });
});

describe('china E28: the recipients as one list (《网络数据安全管理条例》第二十一条第二款)', () => {
  it('a heading citing Art. 21(2), then one numbered item per recipient: name, country, purpose, how (Art. 21 / 23), categories and contact', () => {
    const ls = lines('order_shipped');
    const at = ls.indexOf('个人信息接收方清单（《网络数据安全管理条例》第二十一条第二款）：');
    expect(at).toBeGreaterThan(0);
    expect(ls.slice(at + 1, at + 4)).toEqual([
      // Each item with the recipient's processing method before its contact (review CN3-1); Art. 21 cited once (review 5 CN5-11b).
      '1. 为配送订单，我们委托快递公司 SwiftShip Logistics（美国）处理您的以下信息：姓名、手机号码和通信地址（《个人信息保护法》第二十一条）。处理方式：受托人按照我们的约定，以电子化方式接收、存储和使用上述信息，仅用于配送订单，不得超出约定的处理目的、处理方式处理您的个人信息。接收方联系方式：privacy@swiftship.example。',
      '2. 为递送消息，我们委托消息服务商 Meta Platforms Ireland Limited（爱尔兰）处理您的以下信息：手机号码和消息内容（《个人信息保护法》第二十一条）。处理方式：受托人按照我们的约定，以电子化方式接收、存储和使用上述信息，仅用于递送消息，不得超出约定的处理目的、处理方式处理您的个人信息。接收方联系方式：https://www.facebook.com/help/contact/540977946302970。',
      '3. 为递送消息，我们向即时通讯应用 WhatsApp 的运营者 WhatsApp LLC（美国）提供您的以下信息：手机号码（《个人信息保护法》第二十三条）。处理方式：WhatsApp LLC 以电子化方式接收您的手机号码，并据此将我们的消息递送至您的 WhatsApp 账户。接收方联系方式：https://www.whatsapp.com/contact/?subject=privacy。',
    ]);
  });

  it('every example: the list holds every disclosure, nothing else states one; the element is written', () => {
    for (const t of templates) {
      const res = render(t);
      // The recipient list's items: the numbered lines after its heading (the collection list is numbered too; review 5 CN5-5).
      const all = res.clause.text.split('\n');
      const from = all.findIndex((l) => l.startsWith('个人信息接收方清单'));
      const items = from < 0 ? [] : all.slice(from + 1).filter((l) => /^\d+\. /.test(l));
      const shares = res.clause.said.filter((s) => s.key === 'statement.entrust' || s.key === 'statement.share' || s.key === 'statement.shareAds');
      expect(items.length, t.id).toBe(shares.length);
      items.forEach((l, i) => expect(l.startsWith(`${i + 1}. `), t.id).toBe(true));
      for (const s of shares) expect(items.some((l) => l.includes(s.text)), `${t.id}: ${s.text}`).toBe(true);
      expect(res.clause.elements.find((e) => e.id === 'recipient_list'), t.id).toMatchObject({ written: true, citation: '《网络数据安全管理条例》第二十一条第二款' });
    }
  });

  it('other regions keep their recipient sentences as they were (no list)', () => {
    const eu = renderer.render(byId('order_shipped'), catalog.region('eu'), 'en', org).clause.text;
    expect(eu).not.toMatch(/^\d+\. /m);
  });
});
