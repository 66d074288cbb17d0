import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-variables';
const v = (name: string, extra: Record<string, unknown> = {}) => ({ name, source: `order.${name}`, maxLength: 10, example: `ex-${name}`, ...extra });

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'named variables, declared and used', change: (t) => { t.body = 'Hello {{first_name}}, your order {{order_number}} has shipped.'; t.variables = [v('first_name'), v('order_number')]; }, expect: [] },
  { name: 'a header and a button using declared variables', change: (t) => { t.header = 'Order {{2}}'; t.buttons = [{ type: 'url', text: 'Track', url: 'https://t.example/{{2}}' }]; }, expect: [] },
  { name: 'five variables', change: (t) => { t.body = 'Hi {{1}}, order {{2}} of {{3}} leaves {{4}} via {{5}} today.'; t.variables = ['1', '2', '3', '4', '5'].map((n) => v(n)); }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'a variable used but not declared', change: (t) => { t.body = 'Hello {{1}}, your order {{2}} ships on {{3}} as planned.'; }, expect: [['undeclared', 'body:']] },
  { name: 'an undeclared variable in a button URL', change: (t) => { t.buttons = [{ type: 'url', text: 'Track', url: 'https://t.example/{{tracking}}' }]; }, expect: [['undeclared', 'Track']] },
  { name: 'a variable declared but not used (warning)', change: (t) => { t.variables.push(v('3')); }, expect: [['unused', 'name: "3"']] },
  { name: 'a variable without an example', change: (t) => { delete t.variables[1]!['example']; }, expect: [['noExample', 'name: "2"']] },
  { name: 'a variable without a source (warning)', change: (t) => { delete t.variables[1]!['source']; }, expect: [['noSource', 'name: "2"']] },
  { name: 'generic names', change: (t) => { t.body = 'Hello {{random_user}}, item {{unknown_item}} of {{var1}} is {{x}} now.'; t.variables = ['random_user', 'unknown_item', 'var1', 'x'].map((n) => v(n, { source: 'order.number' })); }, expect: [['genericName', 'name: random_user'], ['genericName', 'name: unknown_item'], ['genericName', 'name: var1'], ['genericName', 'name: x']] },
  { name: 'a generic source binding', change: (t) => { t.variables[1]!['source'] = 'random.value'; }, expect: [['genericSource', 'name: "2"']] },
  { name: 'six variables (warning; the limit comes from the channel)', change: (t) => { t.body = 'Hi {{1}}, order {{2}} of {{3}} leaves {{4}} via {{5}} at {{6}} today.'; t.variables = ['1', '2', '3', '4', '5', '6'].map((n) => v(n)); }, expect: [['tooMany', 'body:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
