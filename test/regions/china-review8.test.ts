/**
 * Review 8, China (zh-CN; /work/notes/review-8-cn.md), issue 17, rendered in-process from the examples
 * (library calls only):
 * - CN8-1: Stripe's own anti-money-laundering retention names no licence that is not confirmed (no
 *   作为支付机构: Stripe's own pages name Stripe Technology Europe, Limited as its authorised e-money
 *   institution), says which data it keeps and refers to no period it has not stated (PIPL 第十七条第一款);
 * - CN8-2: the per-purpose withdrawal ways read as native Chinese, and the e-mail way says what it
 *   withdraws (PIPL 第十五条第一款); and they read back as recorded;
 * - CN8-3: the pack's flows table does not show the payment flow's storage as "not declared", and
 *   gives the US storage to Stripe, Inc. as sub-processor, not to Stripe Payments Europe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { describeClaim, uniqueClaims } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { recipientNames } from '../../src/check/run-rules.js';
import { flowViews } from '../../src/export/flow-view.js';
import { renderFlowsPage } from '../../src/export/html-page.js';
import { parseTemplate } from '../../src/load/template.js';
import type { Template } from '../../src/model/types.js';
import { Project } from '../../src/project.js';
import { EXAMPLES, examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const byId = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template | string, region = 'china', lng = 'zh-CN') => renderer.render(typeof t === 'string' ? byId(t) : t, catalog.region(region), lng, org);
const lines = (t: Template | string) => render(t).clause.text.split('\n');

describe('CN8-1: Stripe\'s own anti-money-laundering retention in zh-CN', () => {
  const line = () => lines('payment_receipt').filter((l) => l.includes('反洗钱'));

  it('the sentence names no licence, says which data it keeps, and refers back to no unstated period', () => {
    expect(line()).toEqual([
      '此外，Stripe Payments Europe 依其所适用的境外反洗钱等法律须保存交易记录的，将交易记录中您的上述信息保存至该等法律规定的保存期限届满；该部分信息由其以自身名义、为履行其自身的法定义务而保存，不属于受我们委托的处理。',
    ]);
    const text = render('payment_receipt').clause.text;
    expect(text).not.toContain('支付机构');
    expect(text).not.toContain('该法定期限');
  });

  it('上述信息 are the categories of the sentence just before it (Stripe\'s entrusted period)', () => {
    const ls = lines('payment_receipt');
    const at = ls.findIndex((l) => l.includes('反洗钱'));
    expect(ls[at - 1]).toBe('为完成支付结算，Stripe Payments Europe 保存您的姓名、电子邮箱地址、银行卡信息和交易信息，保存期限按以下方法确定：至完成支付结算及处理退款、拒付所需的期限届满。');
  });

  it('no locale, in any region, calls Stripe Payments Europe a payment or e-money institution', () => {
    const LICENCE = /payment institution|money institution|Zahlungsinstitut|E-Geld-Institut|établissement de paiement|établissement de monnaie|entidad de pago|entidad de dinero|istituto di pagamento|istituto di moneta|betaalinstelling|elektronischgeldinstelling|instytucj\w* płatnicz|institusi pembayaran|lembaga pembayaran|tổ chức cung ứng|ผู้ให้บริการการชำระเงิน|支付机构/u;
    for (const region of catalog.regionOrder) {
      for (const lng of catalog.region(region).locales) {
        const res = render('payment_receipt', region, lng);
        expect(`${res.footer.text}\n${res.clause.text}`, `${region} ${lng}`).not.toMatch(LICENCE);
      }
    }
  });

  it('the unsettled note asks which Stripe entity keeps the records, naming the source read', () => {
    const stripe = byId('payment_receipt').flows.find((f) => f.id === 'payment')!.recipients.find((r) => r.name === 'Stripe Payments Europe')!;
    expect(stripe.ownRetention?.unsettled).toMatch(/Which Stripe entity keeps these records is not confirmed/);
    expect(stripe.ownRetention?.unsettled).toContain('https://stripe.com/en-no/legal/stel');
    expect(stripe.ownRetention?.unsettled).toContain('Stripe Technology Europe, Limited');
  });
});

/** marketing_promotion with zh-CN names for its two switches, as the reviewer's scratch render. */
function marketingWithChineseSwitches(): Template {
  const file = path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml');
  const data = parse(readFileSync(file, 'utf8')) as { consent: { setting: Record<string, string>; separateRecords: Array<{ setting: Record<string, string> }> } };
  data.consent.setting['zh-CN'] = '“账户 > 通知”中的“通过 WhatsApp 接收优惠信息”';
  data.consent.separateRecords[0]!.setting['zh-CN'] = '“账户 > 通知”中的“与 AdReach Media 共享”';
  return parseTemplate(stringify(data, { lineWidth: 0 }), 'marketing_promotion.yaml', catalog.taxonomy, catalog.channels);
}

describe('CN8-2: the zh-CN per-purpose withdrawal ways', () => {
  const t = marketingWithChineseSwitches();

  it('each way says what it withdraws, the purpose unquoted after 就, the e-mail last and what it withdraws', () => {
    const w = render(t).clause.text.split('\n').filter((l) => l.startsWith('您可以随时撤回同意'));
    expect(w).toEqual([
      '您可以随时撤回同意：回复“退订”或者“STOP”，即可撤回您就发送营销消息和推送个性化广告作出的同意；关闭“账户 > 通知”中的“通过 WhatsApp 接收优惠信息”，即可撤回您就发送营销消息作出的同意；关闭“账户 > 通知”中的“与 AdReach Media 共享”，即可撤回您就推送个性化广告作出的同意；您也可以发送电子邮件至pio-cn@nordlicht.example，撤回上述任一或者全部同意。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（《个人信息保护法》第十五条）。',
    ]);
    expect(w[0]).not.toMatch(/目的作出的同意|为“/);
  });

  it('the scoped sentence reads back as recorded', () => {
    const res = render(t);
    const loc = catalog.locale('zh-CN');
    const show = (claims: ReturnType<typeof uniqueClaims>) => claims.map(describeClaim).sort();
    expect(show(readClaims(res.clause.text, loc, { names: recipientNames(t) }).claims)).toEqual(show(uniqueClaims(res.clause.claims)));
  });

  it('the shipped examples (no zh-CN switch names) keep the reviewed plain sentence', () => {
    expect(render('marketing_promotion').clause.text).toContain('您可以随时撤回同意：回复“退订”或者“STOP”，或者发送电子邮件至pio-cn@nordlicht.example。');
  });
});

describe('CN8-3: the pack\'s payment flow row', () => {
  const project = new Project(catalog, org, { templateFiles: [] });
  const rows = flowViews(project, byId('payment_receipt'), [{ region: cn, locale: 'zh-CN' }]);
  const payment = rows.find((r) => r.id === 'payment')!;

  it('storage: none of ours, with who keeps the data and where, not "not declared" (wording: review 9 SEA9-1)', () => {
    expect(payment.storage).toEqual([]);
    expect(payment.storageNote).toBe('not stored by us in this flow (our own records: rows payment_records (name, email address, and transaction details); card_receipt (card brand and the last four digits of your card)); Stripe Payments Europe\'s sub-processor Stripe, Inc. stores them in United States (US), as the clause states; the person enters their payment card details directly with Stripe Payments Europe');
    // A flow we store ourselves has no such note.
    expect(rows.find((r) => r.id === 'payment_records')!.storageNote).toBeUndefined();
  });

  it('the US storage is its sub-processor Stripe, Inc.\'s, not Stripe Payments Europe\'s', () => {
    const stripe = payment.recipients.find((r) => r.name === 'Stripe Payments Europe')!;
    expect(stripe.subProcessor).toEqual({ name: 'Stripe, Inc.', storage: ['United States (US)'] });
  });

  it('the detail page\'s row says so', () => {
    // The flows' page (pack format 7: one for every template with the same flows, linked from the template's page).
    const html = renderFlowsPage(rows);
    const row = html.split('\n').find((l) => l.startsWith('<tr><th scope="row">payment<'))!;
    expect(row).toContain('<strong>Stripe Payments Europe</strong>, payment processor, Ireland (IE) <span class="muted">(its sub-processor Stripe, Inc. stores in United States (US))</span>');
    expect(row).not.toContain('(stores in United States (US))');
    expect(row).toContain('<td><span class="muted">not stored by us in this flow (our own records: rows payment_records (name, email address, and transaction details); card_receipt (card brand and the last four digits of your card)); Stripe Payments Europe&#39;s sub-processor Stripe, Inc. stores them in United States (US), as the clause states; the person enters their payment card details directly with Stripe Payments Europe</span></td>');
    expect(row).not.toContain('not declared');
  });
});
