import { describe, expect, it } from 'vitest';
import { caseProject } from '../helpers/check-case.js';
import { ruleTable, caseTemplate, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'promotional-wording';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'words that contain a promotional word', change: (t) => { t.body = 'Hello {{1}}, your order {{2}} is carefree: the freedom tracker and the wholesale dealer confirm it.'; }, expect: [] },
  { name: 'a few promotional words in a long marketing body', change: (t) => { t.category = 'marketing'; t.body = `Hi {{1}}, we picked three new arrivals for you this month based on your recent orders, including the one numbered {{2}}. They are in stock in every size and ship within two days from our warehouse in Berlin. Reply STOP to unsubscribe. There is a discount too.`; }, expect: [] },
  { name: 'German utility text', change: (t) => { t.language = 'de'; t.body = 'Hallo {{1}}, Ihre Bestellung {{2}} ist unterwegs.'; }, expect: [] },
  // Issue 19: promotion is what marketing templates are for; the density warning there was a false positive.
  { name: 'promotional words in a marketing body that says more', change: (t) => { t.category = 'marketing'; t.body = 'Hi {{1}}, free gift, discount and a coupon: limited time offer on {{2}} now.'; }, expect: [] },
  { name: 'a placeholder name is no word', change: (t) => { t.body = 'Hello {{name}}, your order {{discount_code}} has shipped.'; t.variables = [{ name: 'name', source: 'customer.first_name', maxLength: 30, example: 'Maria' }, { name: 'discount_code', source: 'order.code', maxLength: 12, example: 'NL-1' }]; }, expect: [] },
  { name: 'English promotional words in a Portuguese body', change: (t) => { t.language = 'pt-BR'; t.body = 'Olá {{1}}, o seu pedido {{2}} foi enviado. Free delivery.'; }, expect: [] },
];

const invalid: LintCase[] = [
  // Short bodies cross 5% with one word: the density warning comes with the word error there.
  { name: 'an English promotional word in a utility body', change: (t) => { t.body = 'Hello {{1}}, your order {{2}} has shipped. Enjoy free delivery next time.'; }, expect: [['word', 'body:'], ['density', 'body:']] },
  { name: 'a phrase and a word with a stem in an authentication template', change: (t) => { t.category = 'authentication'; t.body = 'Your code {{1}} for order {{2}}: limited time discounts inside.'; }, expect: [['word', 'body:'], ['word', 'body:'], ['density', 'body:']] },
  { name: 'a promotional word on a button', change: (t) => { t.buttons = [{ type: 'quick_reply', text: 'Get my coupon' }]; }, expect: [['word', 'Get my coupon']] },
  { name: 'a German compound in a German template', change: (t) => { t.language = 'de'; t.body = 'Hallo {{1}}, Ihre Bestellung {{2}} ist unterwegs. Sonderangebote warten!'; }, expect: [['word', 'body:'], ['density', 'body:']] },
  { name: 'Chinese words matched without spaces', change: (t) => { t.language = 'zh-CN'; t.body = '{{1}}您好，订单{{2}}已发货，限时优惠券请查收。'; }, expect: [['word', 'body:'], ['word', 'body:'], ['density', 'body:']] },
  { name: 'Thai words matched without spaces', change: (t) => { t.language = 'th'; t.body = 'สวัสดี {{1}} คำสั่งซื้อ {{2}} จัดส่งแล้ว รับส่วนลดพิเศษ'; }, expect: [['word', 'body:'], ['density', 'body:']] },
  { name: 'a marketing body that is promotion and nothing else (warning)', change: (t) => { t.category = 'marketing'; t.body = 'Sale! Free gift {{1}}.'; }, expect: [['onlyPromotion', 'body:']] },
  { name: 'Portuguese promotional words in a utility template', change: (t) => { t.language = 'pt-BR'; t.body = 'Olá {{1}}, o seu pedido {{2}} foi enviado. Aproveite a super promoção!'; }, expect: [['word', 'body:'], ['word', 'body:'], ['density', 'body:']] },
  { name: 'Traditional Chinese in a zh-HK utility template', change: (t) => { t.language = 'zh-HK'; t.body = '{{1}}您好，訂單{{2}}已發貨，另有免費試用。'; }, expect: [['word', 'body:'], ['density', 'body:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
  // Issue 19: English lists applied to other languages gave false findings; a language without a
  // list is said to be unchecked instead (info), and a regional variant uses its base language's list.
  it('does not apply the English list to a language without one, and says so', () => {
    const yaml = caseYaml((t) => { t.language = 'ar'; t.body = 'مرحبا {{1}}، تم شحن طلبك {{2}}. Free delivery.'; });
    const found = caseProject().lint(caseTemplate(yaml)).filter((f) => f.ruleId === RULE);
    expect(found.map((f) => [f.messageId, f.severity])).toEqual([['noList', 'info']]);
  });
  it('uses the base language\'s list for a regional variant (pt-PT → pt-BR, en-US → en)', () => {
    const pt = caseYaml((t) => { t.language = 'pt-PT'; t.body = 'Olá {{1}}, a sua encomenda {{2}} foi enviada. Portes grátis.'; });
    expect(caseProject().lint(caseTemplate(pt)).filter((f) => f.ruleId === RULE && f.messageId === 'word').map((f) => f.data['word'])).toEqual(['grátis']);
    const en = caseYaml((t) => { t.language = 'en-US'; t.body = 'Hello {{1}}, your order {{2}} has shipped. Free delivery next time.'; });
    expect(caseProject().lint(caseTemplate(en)).filter((f) => f.ruleId === RULE && f.messageId === 'word').map((f) => f.data['word'])).toEqual(['Free']);
  });
  it('the density warning is a warning, the word an error', () => {
    const yaml = caseYaml((t) => { t.body = 'Hi {{1}}, free gift, discount and a coupon: limited time offer on {{2}} now.'; });
    const found = caseProject().lint(caseTemplate(yaml)).filter((f) => f.ruleId === RULE);
    expect(new Set(found.filter((f) => f.messageId === 'word').map((f) => f.severity))).toEqual(new Set(['error']));
    expect(found.filter((f) => f.messageId === 'density').map((f) => f.severity)).toEqual(['warning']);
  });
});
