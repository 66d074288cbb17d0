import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/load-config.js';
import { FIXTURE, FIXTURE_CONFIG, lineCol } from '../helpers/project.js';
import { tmp } from '../helpers/tree.js';
import { errorOf } from '../helpers/errors.js';

function configFile(text: string): string {
  const dir = tmp();
  const file = path.join(dir, 'disclose.config.yaml');
  writeFileSync(file, text);
  return file;
}


describe('findConfig', () => {
  it('finds disclose.config.yaml in the folder or a folder above', () => {
    expect(findConfig(FIXTURE)).toBe(FIXTURE_CONFIG);
    expect(findConfig(path.join(FIXTURE, 'templates', 'drafts'))).toBe(FIXTURE_CONFIG);
  });
  it('finds nothing where there is none', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    expect(findConfig(path.join(dir, 'a', 'b'))).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('reads the fixture with positions of its values', () => {
    const c = loadConfig(FIXTURE_CONFIG);
    expect(c.dir).toBe(FIXTURE);
    expect(c.data).toMatchObject({ organization: 'organization.yaml', regions: ['eu-strict', 'br'], locales: ['en', 'de'], wording: 'approved', out: 'out/review-pack' });
    expect(c.posOf(['regions', 1])).toMatchObject({ file: FIXTURE_CONFIG, line: 8 });
  });
  it('takes an empty file as an empty configuration', () => {
    expect(loadConfig(configFile('# nothing yet\n')).data).toEqual({});
  });
  const cases: Array<[name: string, text: string, message: RegExp, at: string]> = [
    ['unknown field', 'organisation: org.yaml\n', /unknown field "organisation"/, 'organisation'],
    ['severity value', 'severity:\n  vague-purpose: fatal\n', /severity.vague-purpose: value is not accepted/, 'fatal'],
    ['a list expected', 'templates: templates/*.yaml\n', /templates: expected array/, 'templates/*.yaml'],
    ['regions neither a list nor all', 'regions: some\n', /regions/, 'some'],
    ['duplicate key', 'out: a\nout: b\n', /duplicate key/, 'out: b'],
  ];
  for (const [name, text, message, at] of cases) {
    it(`${name}: an error at the value's line and column`, () => {
      const file = configFile(text);
      const e = errorOf(() => loadConfig(file));
      expect(e.message).toMatch(message);
      expect({ file: e.file, line: e.line, column: e.column }).toEqual({ file, ...lineCol(text, at) });
    });
  }
});
