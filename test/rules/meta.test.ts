import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/examples.js';

describe('every rule is a module with an id, docs citing its source, and messages', () => {
  it('ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });
  for (const rule of RULES) {
    it(rule.meta.id, () => {
      expect(existsSync(path.join(ROOT, 'src', 'rules', `${rule.meta.id}.ts`))).toBe(true);
      const doc = path.join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`);
      expect(existsSync(doc), doc).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text).toMatch(new RegExp(`^# ${rule.meta.id}$`, 'm'));
      expect(text).toMatch(/Source/);
      expect(rule.meta.source.length).toBeGreaterThan(10);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
  }
});
