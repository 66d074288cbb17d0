import { describe } from 'vitest';
import { ruleTable, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-authentication-form';
const code = [{ name: '1', source: 'auth.code', maxLength: 6, example: '123456' }];
const auth = (t: Parameters<LintCase['change']>[0]) => {
  t.category = 'authentication';
  t.body = '{{1}} is your verification code. For your security, do not share this code.';
  t.variables = code;
  t.buttons = [{ type: 'otp', text: 'Copy code' }];
};

const valid: LintCase[] = [
  { name: 'a utility template is not checked', change: () => {}, expect: [] },
  { name: "Meta's preset form with a copy-code button", change: auth, expect: [] },
  { name: 'the preset without the security sentence, zero-tap button', change: (t) => { auth(t); t.body = '{{1}} is your verification code.'; t.buttons = [{ type: 'otp', meta: { otp_type: 'ZERO_TAP' } }]; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'a custom body and a "Not me" button', change: (t) => { auth(t); t.body = '{{1}} is your Nordlicht code. Not you? Tell us.'; t.buttons = [{ type: 'otp', text: 'Copy code' }, { type: 'quick_reply', text: 'Not me' }]; }, expect: [['customBody', 'body:'], ['extraButton', 'Not me']] },
  { name: 'a header', change: (t) => { auth(t); t.header = 'Sign-in'; }, expect: [['header', 'header:']] },
  { name: 'no OTP button', change: (t) => { auth(t); t.buttons = []; }, expect: [['noOtpButton', 'buttons:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
