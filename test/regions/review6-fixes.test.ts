/**
 * Review fixes (2026-12-06), rendered in-process from the examples:
 * - ID-5 (/work/notes/review-5-sea.md): the Indonesian government sentence rests on the legal obligation
 *   of Pasal 20 ayat (2) huruf c UU PDP only; Pasal 15 ayat (1) huruf b limits some rights and is no ground,
 *   and "atau untuk proses penegakan hukum" gave a permission UU PDP does not give.
 * - CN6-1 (/work/notes/review-6-cn.md): support_followup states our own place and period for the phone
 *   number the Zendesk ticket holds (PIPL Art. 17(1)(2); 网络数据安全管理条例 Art. 21(1)(2)-(3)).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { find, linesWith, renderMember } from './sea-members.js';

const clauseOf = (template: string, region: string, locale: string) => {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  return renderer.render(t, catalog.region(region), locale, org).clause.text;
};

describe('ID-5: government disclosure on Pasal 20 ayat (2) huruf c alone', () => {
  const { renders } = renderMember('id');
  it('every template states the obligation, law enforcement as a case of it, one citation', () => {
    for (const r of renders) {
      expect(linesWith(r.clause, 'instansi pemerintah'), r.template).toEqual([
        'Kami dapat mengungkapkan Data Pribadi Anda kepada instansi pemerintah apabila diwajibkan oleh ketentuan peraturan perundang-undangan, termasuk untuk kepentingan proses penegakan hukum (Pasal 20 ayat (2) huruf c UU PDP).',
      ]);
      expect(r.clause, r.template).not.toContain('atau untuk proses penegakan hukum');
      expect(r.clause, r.template).not.toContain('Pasal 15 ayat (1)');
    }
  });
  it('the element cites Pasal 20 ayat (2) huruf c only', () => {
    const r = find(renders, 'order_shipped');
    const el = r.elements.find((e) => e.id === 'government_disclosure');
    // Stop 27 (LE): kept for practice (Pasal 21 ayat (1) asks no government clause); the sentence and the element's
    // citation in the text's language cite Pasal 20 ayat (2) huruf c only, as before.
    expect(el?.article).toMatch(/^no statutory source: /);
    expect(el?.citation).toBe('Pasal 20 ayat (2) huruf c UU PDP');
  });
});

describe('CN6-1: support_followup keeps the phone number with the ticket, in Germany, for 2 years', () => {
  it('zh-CN', () => {
    const clause = clauseOf('support_followup', 'china', 'zh-CN');
    expect(clause).toContain('1. 为提供客户支持，我们处理您的以下信息：姓名、手机号码、电子邮箱地址、客户编号和消息内容。');
    expect(clause).toContain('为提供客户支持，自支持请求关闭之日起，我们将您的以下信息保存2年：姓名、手机号码、电子邮箱地址、客户编号和消息内容。');
    expect(clause).toContain('我们在德国存储您的以下信息：姓名、手机号码、电子邮箱地址、客户编号和消息内容。');
    expect(clause).toContain('1. 为提供客户支持，我们委托客服平台服务商 Zendesk（美国）处理您的以下信息：姓名、手机号码、电子邮箱地址、客户编号和消息内容（《个人信息保护法》第二十一条）。');
  });
});

/**
 * CN6-2 (/work/notes/review-6-cn.md): the card goes into Stripe's field and never reaches us; Stripe states
 * no fixed period, so the clause says how its period is determined (《网络数据安全管理条例》第二十一条第一款
 * 第三项) and that the card does not pass through our systems, after the 处理方式 line.
 */
describe('CN6-2: payment_receipt, the card data held by Stripe', () => {
  it('zh-CN: the method line is followed by who collects the card and how its period is determined', () => {
    const clause = clauseOf('payment_receipt', 'china', 'zh-CN');
    // Review 7 CN7-2: the method line excepts the card from what we collect and store (it never reaches us).
    expect(linesWith(clause, '处理方式：除')).toEqual([
      '处理方式：除银行卡信息外，我们以电子化方式收集、存储和使用上述信息，并通过电子邮件向您发送消息。银行卡信息由您直接填写在 Stripe Payments Europe 的输入栏中，由 Stripe Payments Europe 直接接收，而非经由我们的系统。',
    ]);
    // How Stripe's period is determined is a retention line of its own, with its purpose and all the data
    // Stripe keeps (review 6 CN6-3, TH6-1: every region states it; test/regions/recipient-retention.test.ts).
    // Review 7 CN7-1 (4a7faf8): what Stripe keeps under its own (foreign) AML law is its own processing, in a
    // sentence of its own, not part of the entrusted 完成支付结算.
    expect(clause).toContain('为完成支付结算，Stripe Payments Europe 保存您的姓名、电子邮箱地址、银行卡信息和交易信息，保存期限按以下方法确定：至完成支付结算及处理退款、拒付所需的期限届满。');
    expect(clause).toContain('此外，Stripe Payments Europe 依其所适用的境外反洗钱等法律须保存交易记录的，将交易记录中您的上述信息保存至该等法律规定的保存期限届满；该部分信息由其以自身名义、为履行其自身的法定义务而保存，不属于受我们委托的处理。');
    // Our own 13 months still leave the card out.
    expect(clause).toContain('我们将您的以下信息保存13个月：姓名、电子邮箱地址、交易信息和银行卡品牌及卡号末四位。');
  });
  it('the sentences are not written where no flow declares collectedByRecipients', () => {
    for (const t of ['order_shipped', 'support_followup', 'appointment_reminder']) {
      expect(clauseOf(t, 'china', 'zh-CN'), t).not.toContain('而非经由我们的系统');
    }
  });
  it('the loader refuses collectedByRecipients on a flow with storage of ours', async () => {
    const { loadTemplate } = await import('../../src/load/template.js');
    const { writeFileSync, readFileSync, mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { catalog } = examples();
    const { EXAMPLES } = await import('../helpers/examples.js');
    const src = readFileSync(path.join(EXAMPLES, 'templates', 'payment_receipt.yaml'), 'utf8');
    const bad = src.replace('    collectedByRecipients:\n', '    storage: [DE]\n    collectedByRecipients:\n');
    expect(bad).not.toBe(src);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cn62-')), 'payment_receipt.yaml');
    writeFileSync(file, bad);
    expect(() => loadTemplate(file, catalog.taxonomy, catalog.channels)).toThrow(/collectedByRecipients needs recipients and no storage of ours/);
  });
});
