import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-links';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'an https link with a variable at the end of the path', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at https://track.example.com/t/{{2}}. Thanks.'; }, expect: [] },
  { name: 'an https link with a query string holding //', change: (t) => { t.body = 'Hello {{1}}, see https://shop.example/o?next=https://x.example/a for order {{2}} details.'; }, expect: [] },
  { name: 'an e-mail address and a decimal number', change: (t) => { t.body = 'Hello {{1}}, order {{2}} costs 3.50; write to help@shop.example with questions.'; }, expect: [] },
  { name: 'words that only look like schemes', change: (t) => { t.body = 'Hello {{1}}, your data: name/order {{2}}; the file: attached; JavaScript: not needed.'; }, expect: [] },
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
  { name: 'a javascript: link in the body, without //', change: (t) => { t.body = 'Hello {{1}}, track order {{2}} at javascript:alert(1) now.'; }, expect: [['scriptScheme', 'javascript:alert']] },
  { name: 'a Markdown link to javascript: in the footer', change: (t) => { t.footer = '[click](javascript:alert(1)) Privacy §5.2'; }, expect: [['scriptScheme', '[click]']] },
  { name: 'a data: link in the header', change: (t) => { t.header = 'See data:text/html,x'; }, expect: [['scriptScheme', 'data:text']] },
  { name: 'a button URL with a javascript: scheme (upper case)', change: (t) => { t.buttons = [{ type: 'url', text: 'Track', url: 'JavaScript:alert(1)' }]; }, expect: [['scriptScheme', 'Track']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
