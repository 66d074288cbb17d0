import { describe } from 'vitest';
import { ruleTable, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-language';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'Chinese with a brand name in Latin letters', change: (t) => { t.language = 'zh-CN'; t.body = '{{1}}您好，您在Nordlicht的订单{{2}}已发货。'; }, expect: [] },
  { name: 'Hindi', change: (t) => { t.language = 'hi'; t.body = 'नमस्ते {{1}}, आपका ऑर्डर {{2}} भेज दिया गया है।'; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'an English body declared zh-CN', change: (t) => { t.language = 'zh-CN'; t.body = 'Your verification code is {{1}}, order {{2}}.'; }, expect: [['script', 'body:']] },
  { name: 'a Chinese body declared German', change: (t) => { t.language = 'de'; t.body = '您好{{1}}，您的订单{{2}}已发货，请注意查收。'; }, expect: [['latin', 'body:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
