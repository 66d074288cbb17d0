import { describe, expect, it } from 'vitest';
import { fromMeta } from '../../src/meta/from-meta.js';
import { fromMetaLanguage, toMetaLanguage } from '../../src/meta/language.js';
import { toMeta } from '../../src/meta/to-meta.js';
import { caseTemplate, caseYaml } from '../helpers/lint-case.js';

describe('language codes', () => {
  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh_CN'],
    ['pt-BR', 'pt_BR'],
    ['de', 'de'],
  ])('%s ↔ %s', (ours, meta) => {
    expect(toMetaLanguage(ours)).toBe(meta);
    expect(fromMetaLanguage(meta)).toBe(ours);
  });
});

describe('toMeta', () => {
  it('positional: header and button parameters are numbered per component, with examples', () => {
    const t = caseTemplate(
      caseYaml((r) => {
        r.header = 'Order {{2}}';
        r.buttons = [{ type: 'url', text: 'Track', url: 'https://t.example/o/{{2}}' }, { type: 'phone_number', text: 'Call us', phone: '+49301234567' }, { type: 'otp', text: 'Copy code' }, { type: 'copy_code', text: 'SAVE10' }, { type: 'quick_reply', text: 'Stop' }];
      }),
    );
    const meta = toMeta(t, 'We use your phone number for delivery. Privacy §5.2');
    expect(meta).toEqual({
      name: 'lint_case',
      language: 'en',
      category: 'UTILITY',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['NL-1'] } },
        { type: 'BODY', text: 'Hello {{1}}, your order {{2}} has shipped.', example: { body_text: [['Maria', 'NL-1']] } },
        { type: 'FOOTER', text: 'We use your phone number for delivery. Privacy §5.2' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'URL', text: 'Track', url: 'https://t.example/o/{{1}}', example: ['https://t.example/o/NL-1'] },
            { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+49301234567' },
            { type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' },
            { type: 'COPY_CODE', example: 'SAVE10' },
            { type: 'QUICK_REPLY', text: 'Stop' },
          ],
        },
      ],
    });
    const back = fromMeta(meta).template;
    expect(back.header).toBe('Order {{2}}');
    expect(back.buttons).toEqual([
      { type: 'url', text: 'Track', url: 'https://t.example/o/{{2}}' },
      { type: 'phone_number', text: 'Call us', phone: '+49301234567' },
      { type: 'otp', text: 'Copy code' },
      { type: 'copy_code', text: 'SAVE10' },
      { type: 'quick_reply', text: 'Stop' },
    ]);
    expect(back.variables).toEqual([{ name: '1', example: 'Maria' }, { name: '2', example: 'NL-1' }]);
  });

  it('named: names and examples as body_text_named_params and header_text_named_params', () => {
    const t = caseTemplate(
      caseYaml((r) => {
        r.category = 'marketing';
        r.header = 'For {{first_name}}';
        r.body = 'Hi {{first_name}}, your code {{code}} gives 10% on order {{order_number}} today.';
        r.variables = [
          { name: 'first_name', source: 'customer.first_name', maxLength: 30, example: 'Maria' },
          { name: 'code', source: 'campaign.code', maxLength: 8, example: 'SAVE10' },
          { name: 'order_number', source: 'order.number', maxLength: 12, example: 'NL-1' },
        ];
      }),
    );
    const meta = toMeta(t, undefined);
    expect(meta.parameter_format).toBe('NAMED');
    expect(meta.category).toBe('MARKETING');
    expect(meta.components).toEqual([
      { type: 'HEADER', format: 'TEXT', text: 'For {{first_name}}', example: { header_text_named_params: [{ param_name: 'first_name', example: 'Maria' }] } },
      {
        type: 'BODY',
        text: 'Hi {{first_name}}, your code {{code}} gives 10% on order {{order_number}} today.',
        example: { body_text_named_params: [{ param_name: 'first_name', example: 'Maria' }, { param_name: 'code', example: 'SAVE10' }, { param_name: 'order_number', example: 'NL-1' }] },
      },
    ]);
    const back = fromMeta(meta).template;
    expect(back.variables.map((v) => v.name)).toEqual(['first_name', 'code', 'order_number']);
    expect(back.header).toBe('For {{first_name}}');
  });

  it('text between braces that is no placeholder Meta accepts stays as written, unnumbered', () => {
    const t = caseTemplate(
      caseYaml((r) => {
        r.header = 'Order {{#each x}}';
        r.body = 'Hello {{1}}, {{> partial}} {{constructor.constructor}} {{ }} {{Bad Name}} order {{2}} has shipped.';
      }),
    );
    const meta = toMeta(t, undefined);
    expect(meta.parameter_format).toBe('POSITIONAL');
    expect(meta.components).toEqual([
      { type: 'HEADER', format: 'TEXT', text: 'Order {{#each x}}' },
      { type: 'BODY', text: 'Hello {{1}}, {{> partial}} {{constructor.constructor}} {{ }} {{Bad Name}} order {{2}} has shipped.', example: { body_text: [['Maria', 'NL-1']] } },
    ]);
  });
});

describe('fromMeta', () => {
  it('a button parameter whose example matches no body variable becomes a new variable', () => {
    const { template } = fromMeta({
      name: 'track',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'BODY', text: 'Hello {{1}}, your parcel is on its way.', example: { body_text: [['Maria']] } },
        { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Track', url: 'https://t.example/{{1}}', example: ['https://t.example/SW1'] }] },
      ],
    });
    expect(template.language).toBe('en-US');
    expect(template.buttons).toEqual([{ type: 'url', text: 'Track', url: 'https://t.example/{{2}}' }]);
    expect(template.variables).toEqual([{ name: '1', example: 'Maria' }, { name: '2', example: 'SW1' }]);
  });
  it('says what it leaves to the user', () => {
    const { notes } = fromMeta({ name: 'x', language: 'en', category: 'UTILITY', components: [{ type: 'BODY', text: 'Hi.' }] });
    expect(notes.map((n) => n.code)).toEqual(['import-needs-purpose', 'import-needs-flows']);
  });
  it.each([
    [{ name: 'Bad Name', language: 'en', category: 'UTILITY', components: [] }, /name/],
    [{ name: 'x', language: 'en', category: 'PROMO', components: [] }, /category/],
    [{ name: 'x', language: 'en', category: 'UTILITY', components: [] }, /no BODY/],
    [[], /expected an object/],
  ])('refuses a JSON that is no template (%#)', (json, message) => {
    expect(() => fromMeta(json, 'in.json')).toThrow(message);
  });
});
