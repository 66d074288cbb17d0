import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLintWords } from '../../src/load/lint-words.js';
import { packagePath } from '../../src/load/package-root.js';

const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'zh-CN', 'ms', 'id', 'th', 'vi'];

describe('locales/<lng>/lint.yaml', () => {
  for (const lng of LOCALES) {
    it(`${lng} has promotional words and purpose heuristics`, () => {
      const words = loadLintWords(lng, [packagePath('locales')])!;
      expect(words.promotional!.length).toBeGreaterThan(15);
      for (const key of ['generic', 'trigger', 'recipient', 'content', 'parameter'] as const) expect(words.purpose![key]!.length, key).toBeGreaterThan(3);
      expect(words.purpose!.minLength).toBeGreaterThan(0);
    });
  }
  it('every file validates against schemas/locale-lint.schema.json', () => {
    const Ajv = AjvModule as unknown as typeof AjvModule.default;
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(packagePath('schemas', 'locale-lint.schema.json'), 'utf8')) as object);
    for (const lng of LOCALES) {
      const data = parse(readFileSync(packagePath('locales', lng, 'lint.yaml'), 'utf8')) as unknown;
      expect(validate(data), `${lng}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
  it('Chinese and Thai match without word boundaries', () => {
    expect(loadLintWords('zh-CN', [packagePath('locales')])!.wordBoundaries).toBe(false);
    expect(loadLintWords('th', [packagePath('locales')])!.wordBoundaries).toBe(false);
    expect(loadLintWords('de', [packagePath('locales')])!.wordBoundaries).toBe(true);
  });
  it('a project folder replaces a list; a language without a file has none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-lint-'));
    mkdirSync(path.join(dir, 'en'));
    writeFileSync(path.join(dir, 'en', 'lint.yaml'), 'promotional: [bargain bin]\n');
    const words = loadLintWords('en', [packagePath('locales'), dir])!;
    expect(words.promotional).toEqual(['bargain bin']);
    expect(words.purpose!.trigger).toContain('when');
    expect(loadLintWords('pt', [packagePath('locales')])).toBeUndefined();
  });
  it('refuses unknown fields and non-lists with a position', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-lint-'));
    mkdirSync(path.join(dir, 'en'));
    writeFileSync(path.join(dir, 'en', 'lint.yaml'), 'promotional: [a]\npurpose:\n  trigers: [when]\n');
    expect(() => loadLintWords('en', [dir])).toThrow(/unknown field "purpose.trigers"/);
    writeFileSync(path.join(dir, 'en', 'lint.yaml'), 'promotional: free\n');
    expect(() => loadLintWords('en', [dir])).toThrow(/expected a list of words/);
  });
});
