import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-links';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'an https link with a variable at the end of the path', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at https://track.example.com/t/{{2}}. Thanks.'; }, expect: [] },
  { name: 'an https link with a query string holding //', change: (t) => { t.body = 'Hello {{1}}, see https://shop.example/o?next=https://x.example/a for order {{2}} details.'; }, expect: [] },
  { name: 'an e-mail address and a decimal number', change: (t) => { t.body = 'Hello {{1}}, order {{2}} costs 3.50; write to help@shop.example with questions.'; }, expect: [] },
  { name: 'a URL button with its variable at the end', change: (t) => { t.buttons = [{ type: 'url', text: 'Track', url: 'https://track.example.com/t/{{2}}' }]; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'an http link (warning)', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at http://track.example.com/t/1 now.'; }, expect: [['http', 'body:']] },
  { name: 'a bare www. domain', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at www.track.example.com now.'; }, expect: [['bareWww', 'body:']] },
  { name: 'a domain and path without scheme', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at track.example.com/t/1 now.'; }, expect: [['noScheme', 'body:']] },
  { name: 'a doubled slash in the path', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at https://track.example.com//t/1 now.'; }, expect: [['doubleSlash', 'body:']] },
  { name: 'a variable in the host', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at https://{{1}}.example.com/t now.'; }, expect: [['variableInHost', 'body:']] },
  { name: 'a button URL without https and with a doubled slash', change: (t) => { t.buttons = [{ type: 'url', text: 'Track', url: 'http://track.example.com//t/{{2}}' }]; }, expect: [['http', 'Track'], ['doubleSlash', 'Track']] },
  { name: 'a button URL with its variable in the middle', change: (t) => { t.buttons = [{ type: 'url', text: 'Track', url: 'https://track.example.com/{{2}}/status' }]; }, expect: [['buttonVariablePosition', 'Track']] },
  { name: 'a button URL with two variables', change: (t) => { t.buttons = [{ type: 'url', text: 'Track', url: 'https://track.example.com/{{1}}/{{2}}' }]; }, expect: [['buttonVariables', 'Track']] },
  { name: 'a URL button without url', change: (t) => { t.buttons = [{ type: 'url', text: 'Track' }]; }, expect: [['buttonNoUrl', 'Track']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
