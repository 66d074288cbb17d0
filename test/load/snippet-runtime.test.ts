/**
 * Issue 21, item 7: an approved snippet that parses but cannot run is E_SCHEMA at its file, line
 * and column when the catalog loads (any command), not an internal error at the first render.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';
import { checkSnippet } from '../../src/load/check-snippet.js';
import { snippetFiles } from '../../src/load/overrides.js';
import { ROOT } from '../helpers/examples.js';

function project(snippet: string): { dir: string; file: string } {
  const dir = copyExamples();
  writeFileSync(path.join(dir, 'package.json'), '{}\n');
  mkdirSync(path.join(dir, 'approved', 'snippets', 'clause'), { recursive: true });
  const file = path.join(dir, 'approved', 'snippets', 'clause', 'dpo.hbs');
  writeFileSync(file, snippet);
  writeFileSync(path.join(dir, 'disclose.config.yaml'), 'wording: approved\n');
  return { dir, file };
}

describe('approved snippets that parse but cannot run', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['a partial', 'Our DPO:\n  {{> controller}}\n', '2:3', /includes the partial "controller"; snippets include no partials/],
    ['an unknown helper', 'Our DPO: {{unknownHelper 1}}\n', '1:10', /"unknownHelper" is not a helper snippets can call/],
    ['#if without its argument', '{{#if}}x{{/if}}\n', '1:1', /\{\{#if\}\} takes 1 argument, not 0/],
    ['t without a key', 'x {{t}}\n', '1:3', /\{\{t\}\} takes 1 argument, not 0/],
    ['a call inside a sub-expression', '{{t (nope 1)}}\n', '1:5', /"nope" is not a helper/],
    ['a block over a value given arguments', '{{#org x}}y{{/org}}\n', '1:1', /"org" is not a helper/],
  ];
  for (const [name, text, at, message] of cases) {
    it(`${name}: E_SCHEMA at ${at}, exit 2, for render and check alike`, async () => {
      const { dir } = project(text);
      for (const cmd of [['render', 'templates/order_shipped.yaml', '--region', 'sg'], ['check', 'templates/order_shipped.yaml', '--region', 'sg'], ['regions']]) {
        const r = await cli(cmd, dir);
        expect(r.code, cmd[0]).toBe(2);
        expect(r.err, cmd[0]).toMatch(new RegExp(`approved/snippets/clause/dpo\\.hbs:${at}: error: snippet cannot run: `));
        expect(r.err, cmd[0]).toMatch(message);
        expect(r.err, cmd[0]).toMatch(/\[E_SCHEMA\]/);
        expect(r.err, cmd[0]).not.toMatch(/internal error/);
      }
    });
  }
  it('accepts what our snippets use: values, t with a hash, if/else, each, sub-expressions of helpers', async () => {
    const { dir } = project('{{#if org.dpo}}{{{t "clause.dpo" email=org.dpo.email}}}{{else}}{{{t "clause.dpo" email=(lookup org.controller "email")}}}{{/if}}{{#each flows}}{{this.id}}{{/each}}{{#org}}{{/org}}\n');
    const r = await cli(['render', 'templates/order_shipped.yaml', '--region', 'sg'], dir);
    expect(r.err).not.toMatch(/E_SCHEMA|internal error/);
  });
  it('every snippet of ours passes the check', () => {
    for (const s of snippetFiles(path.join(ROOT, 'snippets'))) expect(() => checkSnippet(s.file), s.file).not.toThrow();
  });
});
