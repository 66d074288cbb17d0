import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, globToRegExp, hasGlob } from '../../src/config/glob.js';
import { tmp } from '../helpers/tree.js';

describe('globToRegExp', () => {
  const cases: Array<[pattern: string, file: string, matches: boolean]> = [
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'sub/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'sub/deeper/a.yaml', true],
    ['templates/**', 'templates/a/b.yaml', true],
    ['templates/**/x.yaml', 'templates/x.yaml', true],
    ['templates/**/x.yaml', 'templates/a/x.yaml', true],
    ['templates/**/x.yaml', 'templatesx.yaml', false],
    ['?.yaml', 'a.yaml', true],
    ['?.yaml', 'ab.yaml', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['order_[ab].yaml', 'order_b.yaml', true],
    ['order_[!ab].yaml', 'order_b.yaml', false],
    ['a+b.yaml', 'a+b.yaml', true],
    ['a.yaml', 'aXyaml', false],
  ];
  for (const [pattern, file, matches] of cases) {
    it(`${pattern} ${matches ? 'matches' : 'does not match'} ${file}`, () => {
      expect(globToRegExp(pattern).test(file)).toBe(matches);
    });
  }
  it('tells patterns from paths', () => {
    expect(hasGlob('templates/*.yaml')).toBe(true);
    expect(hasGlob('templates/order.yaml')).toBe(false);
  });
});

describe('expandGlob', () => {
  it('walks from the pattern\'s fixed folder, skipping hidden folders and node_modules', () => {
    const dir = tmp();
    for (const f of ['t/a.yaml', 't/sub/b.yaml', 't/.hidden/c.yaml', 't/node_modules/d.yaml', 't/e.md']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), '');
    }
    const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(rel(expandGlob(path.join(dir, 't', '**', '*.yaml')))).toEqual(['t/a.yaml', 't/sub/b.yaml']);
    expect(rel(expandGlob(path.join(dir, 't', '*.yaml')))).toEqual(['t/a.yaml']);
    expect(expandGlob(path.join(dir, 'nowhere', '*.yaml'))).toEqual([]);
  });
});
