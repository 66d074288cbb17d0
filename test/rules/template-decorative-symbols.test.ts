import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-decorative-symbols';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'functional symbols', change: (t) => { t.body = 'Hello {{1}}, order {{2}} (2 items): EUR 59.90 + shipping - 10% / 3 parcels; call +49 30 1234567 & quote #7.'; }, expect: [] },
  { name: 'letters of other scripts and currency signs', change: (t) => { t.body = 'Hallo {{1}}, Ihre Bestellung {{2}} über 59,90 € ist unterwegs. 您的订单已发货。'; }, expect: [] },
  { name: 'a trade mark sign', change: (t) => { t.body = 'Hello {{1}}, your Nordlicht® order {{2}} has shipped.'; }, expect: [] },
  { name: 'emoji in a marketing template', change: (t) => { t.category = 'marketing'; t.body = 'Hi {{1}} 🔥 new picks for you ★ {{2}} today.'; }, expect: [] },
  // Issue 19: Meta approves utility templates with emoji (measured corpus); they were false positives.
  { name: 'an emoji in a utility body', change: (t) => { t.body = 'Hello {{1}} 🔥 your order {{2}} has shipped.'; }, expect: [] },
  { name: 'a symbol on a utility button', change: (t) => { t.buttons = [{ type: 'quick_reply', text: '✅ Got it' }]; }, expect: [] },
];
const auth = (t: Parameters<LintCase['change']>[0]) => { t.category = 'authentication'; };

const invalid: LintCase[] = [
  { name: 'an emoji in an authentication body', change: (t) => { auth(t); t.body = 'Hello {{1}} 🔥 your order {{2}} has shipped.'; }, expect: [['symbol', 'body:']] },
  { name: 'a star, a note and an arrow, each reported once per line', change: (t) => { auth(t); t.body = 'Hello {{1}} ★ your order {{2}} ♪ has shipped → track ★ it.'; }, expect: [['symbol', 'body:'], ['symbol', 'body:'], ['symbol', 'body:']] },
  { name: 'a check mark with variation selector in an authentication template', change: (t) => { t.category = 'authentication'; t.body = 'Your code is {{1}} ✔️ valid for 10 minutes, order {{2}}.'; }, expect: [['symbol', 'body:']] },
  { name: 'an exclamation emoji in the header', change: (t) => { auth(t); t.header = 'Shipped ❗'; }, expect: [['symbol', 'header:']] },
  { name: 'a symbol on a button', change: (t) => { auth(t); t.buttons = [{ type: 'quick_reply', text: '✅ Got it' }]; }, expect: [['buttonSymbol', 'Got it']] },
  { name: 'more than 10 emoji in a marketing body', change: (t) => { t.category = 'marketing'; t.body = `Hi {{1}} ${'🎉'.repeat(11)} see {{2}} now.`; }, expect: [['tooManyEmoji', 'body:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
