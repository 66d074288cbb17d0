import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-length';
const long = (n: number) => 'x'.repeat(n);

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'a body of exactly 1024 characters', change: (t) => { t.body = `Hello {{1}}, ${long(1024 - 'Hello , '.length - 30 - 1)}.`; t.variables = [t.variables[0]!]; }, expect: [] },
  { name: 'header and footer of 60 characters', change: (t) => { t.header = long(60); t.footer = `${long(47)} Privacy §5.2`; }, expect: [] },
  { name: 'ten buttons of 25 characters', change: (t) => { t.buttons = Array.from({ length: 10 }, () => ({ type: 'quick_reply', text: long(25) })); }, expect: [] },
  { name: 'an e-mail body over 1024 characters (the e-mail limit is its own)', change: (t) => { t.channel = 'email'; t.body = `Hello {{1}}, ${long(2000)} {{2}}.`; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'variables counted at maxLength push the body over 1024', change: (t) => { t.body = `Hello {{1}}, ${long(990)}.`; t.variables = [t.variables[0]!]; }, expect: [['body', 'body:']] },
  { name: 'a header of 61 characters', change: (t) => { t.header = long(61); }, expect: [['header', 'header:']] },
  { name: 'a footer of 61 characters', change: (t) => { t.footer = long(61); }, expect: [['footer', 'footer:']] },
  { name: 'a button text of 26 characters', change: (t) => { t.buttons = [{ type: 'quick_reply', text: 'Reopen my request please!' + 'x' }]; }, expect: [['buttonText', 'Reopen my request']] },
  { name: 'eleven buttons', change: (t) => { t.buttons = Array.from({ length: 11 }, (_, i) => ({ type: 'quick_reply', text: `Option ${i}` })); }, expect: [['buttons', 'buttons:']] },
  { name: 'an SMS body over 10 GSM-7 segments', change: (t) => { t.channel = 'sms'; t.body = `Hello {{1}}, ${long(1500)} {{2}}.`; }, expect: [['bodySegments', 'body:']] },
  { name: 'an SMS body over 10 UCS-2 segments', change: (t) => { t.channel = 'sms'; t.body = `Hello {{1}}, ${'ü'.repeat(10)}${'ł'.repeat(640)} {{2}}.`; }, expect: [['bodySegments', 'body:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
  it('reads the limits from the channel profile, not from code', async () => {
    const { caseProject } = await import('../helpers/check-case.js');
    const whatsapp = caseProject().catalog.channels.get('whatsapp')!;
    const before = whatsapp.limits['header'];
    whatsapp.limits['header'] = 10;
    try {
      const yaml = caseYaml((t) => { t.header = 'Eleven char'; });
      expect(lintFindings(RULE, yaml)).toEqual(expected(yaml, { name: '', change: () => {}, expect: [['header', 'header:']] }));
    } finally {
      whatsapp.limits['header'] = before!;
    }
  });
});
