import { describe } from 'vitest';
import { ruleTable, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-category';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'a discount code in a marketing template is no verification code', change: (t) => { t.category = 'marketing'; t.body = 'Hello {{1}}, use code {{2}} for 10% off.'; }, expect: [] },
  { name: 'a placeholder named after a code is no word', change: (t) => { t.body = 'Hello {{1}}, your parcel {{verification_code}} has shipped.'; t.variables = [{ name: '1', source: 'a.b', maxLength: 9, example: 'x' }, { name: 'verification_code', source: 'a.c', maxLength: 9, example: 'y' }]; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'a verification code sent as utility', change: (t) => { t.body = 'Hello {{1}}, your verification code is {{2}}. It expires soon.'; }, expect: [['codeOutsideAuthentication', 'body:']] },
  { name: 'an OTP button on a utility template', change: (t) => { t.buttons = [{ type: 'otp', text: 'Copy' }]; }, expect: [['codeOutsideAuthentication', 'Copy']] },
  { name: 'a Portuguese verification code', change: (t) => { t.language = 'pt-BR'; t.body = 'Olá {{1}}, seu código de verificação é {{2}}. Não compartilhe.'; }, expect: [['codeOutsideAuthentication', 'body:']] },
  { name: 'a Chinese verification code', change: (t) => { t.language = 'zh-CN'; t.body = '您好{{1}}，您的验证码是{{2}}，请勿泄露。'; }, expect: [['codeOutsideAuthentication', 'body:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
