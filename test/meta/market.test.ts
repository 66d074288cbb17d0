/**
 * The output for several markets is a set Meta accepts: one name per market, every footer in the
 * template's language (or none, with a finding), Meta's own footer combined or the choice reported,
 * authentication templates in Meta's form without a footer of their own.
 */
import { describe, expect, it } from 'vitest';
import { DiscloseError } from '../../src/errors.js';
import { checkSubmittable, combineFooter, footerLocale, marketSet, metaChanges } from '../../src/meta/market.js';
import { caseProject } from '../helpers/check-case.js';
import { caseTemplate, caseYaml } from '../helpers/lint-case.js';
import { cli } from '../helpers/cli.js';

const project = caseProject();
const footerOf = (t: { components: Array<{ type: string; text?: unknown }> }) => t.components.find((c) => c.type === 'FOOTER')?.text as string | undefined;
const MARKETS = ['sg', 'china', 'my'];

describe('a set for several markets', () => {
  it('gives each market its own name, all in the template\'s language, the China footer in English for an English body', () => {
    const set = marketSet(project, caseTemplate(caseYaml()), MARKETS);
    expect(set.map((m) => [m.template.name, m.template.language, m.locale])).toEqual([
      ['lint_case_sg', 'en', 'en'],
      ['lint_case_china', 'en', 'en'],
      ['lint_case_my', 'en', 'en'],
    ]);
    for (const m of set) expect(footerOf(m.template)).toMatch(/^[\x20-\x7e§·’]+$/);
  });
  it('keeps the template id as the name for one market', () => {
    expect(marketSet(project, caseTemplate(caseYaml()), ['sg'])[0]!.template.name).toBe('lint_case');
  });
  it('refuses two templates with one name and language', () => {
    expect(() => checkSubmittable([{ name: 'a_b', language: 'en', where: 'a for b' }, { name: 'a_b', language: 'en', where: 'a_b for x' }])).toThrow(DiscloseError);
    expect(() => checkSubmittable([{ name: 'a_b', language: 'en', where: '1' }, { name: 'a_b', language: 'de', where: '2' }])).not.toThrow();
  });
});

describe('the footer is in the template\'s language', () => {
  it('finds the locale, or its base language, or none', () => {
    expect(footerLocale(['de', 'en', 'zh-CN'], 'en-US')).toBe('en');
    expect(footerLocale(['de', 'en', 'zh-CN'], 'zh-CN')).toBe('zh-CN');
    expect(footerLocale(['de', 'en', 'zh-CN'], 'zh-HK')).toBeUndefined();
    expect(footerLocale(['de', 'en'], 'pt-BR')).toBeUndefined();
  });
  it('a template in a language disclose has no wording for gets no footer and a finding, not English', () => {
    const t = caseTemplate(caseYaml((r) => {
      r.language = 'pt-BR';
      r.body = 'Olá {{1}}, o seu pedido {{2}} foi enviado.';
    }));
    const [m] = marketSet(project, t, ['sg']);
    expect(footerOf(m!.template)).toBeUndefined();
    expect(m!.findings.map((f) => `${f.ruleId}/${f.messageId}/${f.severity}`)).toContain('meta-footer/language/warning');
    expect(m!.findings.find((f) => f.messageId === 'language')!.message).toMatch(/no wording in pt-BR/);
  });
});

describe("Meta's own footer is never dropped without a word", () => {
  it('combines when both fit, else writes the disclosure and reports the choice', () => {
    expect(combineFooter('Reply STOP to opt out', 'Privacy §5.2', 60)).toEqual({ text: 'Reply STOP to opt out · Privacy §5.2' });
    expect(combineFooter('Not interested? Tap Stop promotions below', 'How we use your data: Privacy §5.2 https://nrdl.example/p', 60)).toEqual({ text: 'How we use your data: Privacy §5.2 https://nrdl.example/p', replaced: 'Not interested? Tap Stop promotions below' });
    expect(combineFooter(undefined, 'Privacy §5.2', 60)).toEqual({ text: 'Privacy §5.2' });
  });
  it('reports a replaced footer as a warning naming it', () => {
    const t = caseTemplate(caseYaml((r) => {
      r.meta = { footer: { text: 'Not interested? Tap Stop promotions below' } };
    }));
    const [m] = marketSet(project, t, ['sg']);
    const warning = m!.findings.find((f) => f.messageId === 'replaced');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/Not interested\? Tap Stop promotions below/);
  });
});

describe('authentication templates', () => {
  it("are written in Meta's form, without a footer text, with a note where the disclosure goes", () => {
    const t = caseTemplate(caseYaml((r) => {
      r.category = 'authentication';
      r.body = '{{1}} is your verification code.';
      r.variables = [{ name: '1', source: 'auth.code', maxLength: 6, example: '123456' }];
      r.buttons = [{ type: 'otp', text: 'Copy code' }];
      r.meta = { footer: { code_expiration_minutes: 5 } };
    }));
    const [m] = marketSet(project, t, ['sg']);
    expect(m!.template.components).toEqual([
      { type: 'BODY', add_security_recommendation: true },
      { type: 'FOOTER', code_expiration_minutes: 5 },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ]);
    expect(m!.findings.find((f) => f.messageId === 'authentication')?.message).toMatch(/no disclosure footer is sent/);
  });
});

describe('meta says what it writes differently from the imported JSON', () => {
  it('a legacy category and response fields', () => {
    const t = caseTemplate(caseYaml((r) => { r.meta = { category: 'SHIPPING_UPDATE', response: { id: '1', status: 'APPROVED' } }; }));
    expect(metaChanges(t)).toEqual(['category written as UTILITY; Meta had the legacy SHIPPING_UPDATE', "meta.response (id, status) is not sent: only Meta's responses carry it"]);
    expect(metaChanges(caseTemplate(caseYaml()))).toEqual([]);
  });
});

describe('disclose meta with several regions', () => {
  it('prints the set as a list, one name per market', async () => {
    const r = await cli(['meta', 'examples/templates/order_shipped.yaml', '--region', 'sg,china']);
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out) as Array<{ name: string; language: string }>;
    expect(list.map((t) => `${t.name} ${t.language}`)).toEqual(['order_shipped_sg en', 'order_shipped_china en']);
  });
  it('refuses a footer locale other than the template\'s language (exit 2)', async () => {
    const r = await cli(['meta', 'examples/templates/order_shipped.yaml', '--region', 'sg', '--locale', 'de']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/written in en, not de/);
  });
});
