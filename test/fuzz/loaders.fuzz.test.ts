/**
 * Fuzzing the loaders: YAML text built from hostile fragments, and the shipped example files
 * (templates, broken templates, the organization, Meta's JSON) changed by random mutations. Every
 * input either loads or fails with a typed error at a line and column of its file; nothing else
 * is thrown and no built-in prototype gains a property.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml-file.js';
import { parseTemplate } from '../../src/load/template.js';
import { parseOrganization } from '../../src/load/organization.js';
import { parseJson } from '../../src/load/json-file.js';
import { fromMeta } from '../../src/meta/from-meta.js';
import { toMeta } from '../../src/meta/to-meta.js';
import { examples, EXAMPLES } from '../helpers/examples.js';
import { FUZZ_TIMEOUT, fuzzParams, hostileTextArb, mutatedArb, prototypeGuard, RUNS, typedOutcome } from './fuzz-helpers.js';

const guard = prototypeGuard();
afterAll(() => guard.check());

const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));

describe('fuzz: loaders', () => {
  it(`parseYaml: ${RUNS} texts of hostile fragments load or fail with a positioned typed error`, () => {
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(hostileTextArb, (text) => {
        const r = typedOutcome(() => parseYaml(text, 'fuzz.yaml'), 'fuzz.yaml', { text });
        if (!r.ok) codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
        else expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      }),
      fuzzParams(1),
    );
    guard.check();
    // The generator reaches the loader's own checks, not only the parser's syntax errors.
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['E_YAML_SYNTAX', 'E_YAML_FORBIDDEN_KEY', 'E_YAML_DUPLICATE_KEY', 'E_YAML_KEY_TYPE']));
  }, FUZZ_TIMEOUT);

  it(`parseYaml: ${RUNS} arbitrary unicode texts`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        typedOutcome(() => parseYaml(text, 'any.yaml'), 'any.yaml', { text });
      }),
      fuzzParams(2),
    );
    guard.check();
  }, FUZZ_TIMEOUT);

  it(`templates, the organization and Meta JSON: ${RUNS} mutated example files`, () => {
    const { catalog, templates } = examples();
    const templateTexts = [...yamlIn(path.join(EXAMPLES, 'templates')), ...yamlIn(path.join(EXAMPLES, 'broken'))];
    const orgText = readFileSync(path.join(EXAMPLES, 'organization.yaml'), 'utf8');
    const metaTexts = templates.filter((t) => t.channel === 'whatsapp').map((t) => JSON.stringify(toMeta(t, 'Privacy §1 https://x.example/p'), null, 2));
    const sources = [...templateTexts, orgText, ...metaTexts];
    const kinds = sources.map((_, i) => (i < templateTexts.length ? 'template' : i === templateTexts.length ? 'organization' : 'meta'));
    const outcomes = { loaded: 0, failed: 0 };
    fc.assert(
      fc.property(mutatedArb(sources), ({ source, text }) => {
        const kind = kinds[source]!;
        const file = `${kind}.${kind === 'meta' ? 'json' : 'yaml'}`;
        const r = typedOutcome(
          () => {
            if (kind === 'template') return parseTemplate(text, file, catalog.taxonomy, catalog.channels);
            if (kind === 'organization') return parseOrganization(text, file);
            return fromMeta(parseJson(text, file), file);
          },
          file,
          // Meta's JSON is checked as a value: its shape errors name the field, not a position.
          { text, positioned: kind !== 'meta' },
        );
        outcomes[r.ok ? 'loaded' : 'failed']++;
      }),
      fuzzParams(3),
    );
    guard.check();
    // Some mutations keep the file valid and some break it: both paths are exercised.
    expect(outcomes.loaded).toBeGreaterThan(RUNS / 50);
    expect(outcomes.failed).toBeGreaterThan(RUNS / 50);
  }, FUZZ_TIMEOUT);
});
