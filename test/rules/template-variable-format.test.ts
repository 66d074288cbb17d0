import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-variable-format';
const v = (name: string) => ({ name, source: `order.f${name}`, maxLength: 10, example: `ex-${name}` });

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'a variable used twice', change: (t) => { t.body = 'Hello {{1}}, order {{2}} is ready, {{1}}. Thanks.'; }, expect: [] },
  { name: 'a leading variable in an authentication template (Meta\'s own preset text)', change: (t) => { t.category = 'authentication'; t.body = '{{1}} is your code for order {{2}}.'; }, expect: [] },
  { name: 'a trailing variable in an SMS (no placement rule on the channel)', change: (t) => { t.channel = 'sms'; t.body = 'Hello {{1}}, your order is {{2}}'; }, expect: [] },
  { name: 'named variables', change: (t) => { t.body = 'Hello {{first_name}}, order {{order_id}} ships.'; t.variables = [v('first_name'), v('order_id')]; }, expect: [] },
  { name: 'one variable in the header', change: (t) => { t.header = 'Order {{2}}'; }, expect: [] },
  // Issue 19: punctuation after the last parameter is text (Meta approved "… on {{3}}."), consistently with or without formatting marks.
  { name: 'a body ending with a variable before a full stop', change: (t) => { t.body = 'Hello {{1}}, your order is {{2}}.'; }, expect: [] },
  { name: 'a bold variable before a full stop inside the marks', change: (t) => { t.body = 'Hello {{1}}, your order is *{{2}}.*'; }, expect: [] },
  { name: 'two variables joined by a dash', change: (t) => { t.body = 'Hello, your flight {{1}}-{{2}} is confirmed.'; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'a gap in the numbering', change: (t) => { t.body = 'Hello {{1}}, your order {{3}} has shipped.'; t.variables = [v('1'), v('3')]; }, expect: [['gap', 'body:']] },
  { name: 'numbers out of order', change: (t) => { t.body = 'Hello {{2}}, your order {{1}} has shipped.'; }, expect: [['order', 'body:']] },
  { name: 'positional and named mixed', change: (t) => { t.body = 'Hello {{1}}, your order {{order_id}} has shipped.'; t.variables = [v('1'), v('order_id')]; }, expect: [['mixed', 'body:']] },
  { name: 'a name that is neither a number nor lowercase', change: (t) => { t.body = 'Hello {{1}}, your order {{Order ID}} has shipped.'; }, expect: [['invalidName', 'body:']] },
  { name: 'a body starting with a variable', change: (t) => { t.body = '{{1}}, your order {{2}} has shipped.'; }, expect: [['leading', 'body:']] },
  { name: 'a body ending with a variable', change: (t) => { t.body = 'Hello {{1}}, your order is {{2}}'; }, expect: [['trailing', 'body:']] },
  // WhatsApp's formatting marks are no text: *{{2}}* at the end is still the last token.
  { name: 'a body ending with a bold variable', change: (t) => { t.body = 'Hello {{1}}, your order is *{{2}}*'; }, expect: [['trailing', 'body:']] },
  { name: 'a body starting with an italic variable', change: (t) => { t.body = '_{{1}}_, your order {{2}} has shipped.'; }, expect: [['leading', 'body:']] },
  { name: 'a placeholder in a quick-reply button', change: (t) => { t.buttons = [{ type: 'quick_reply', text: 'Yes {{1}}' }]; }, expect: [['buttonText', 'Yes {{1}}']] },
  { name: 'two variables side by side', change: (t) => { t.body = 'Hello {{1}} {{2}}, your order has shipped.'; }, expect: [['adjacent', 'body:']] },
  { name: 'two variables in the header', change: (t) => { t.header = 'Order {{1}} {{2}}'; }, expect: [['headerVariables', 'header:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
