/**
 * Fuzzing the renderer and the cross-check: generated templates (any taxonomy level, any region
 * and locale, odd recipient names) load, render and check without an exception; footers fit their
 * channel; nothing of ours leaks into the text (`{{`, `undefined`, `[object Object]`); findings
 * point into the template's file. With plain names, the claims read back from the generated
 * footer and clause equal the claims the renderer wrote.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { describeClaim, uniqueClaims } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { parseTemplate } from '../../src/load/template.js';
import { Project } from '../../src/project.js';
import { RULES } from '../../src/rules/index.js';
import { examples, regionLocales } from '../helpers/examples.js';
import { FUZZ_TIMEOUT, fuzzParams, prototypeGuard, RUNS, typedOutcome } from './fuzz-helpers.js';
import { templateArb } from './template-arb.js';

const guard = prototypeGuard();
afterAll(() => guard.check());

const { catalog, org } = examples();
const project = new Project(catalog, org);
const targets = regionLocales(catalog).map(({ region, locale }) => ({ region: catalog.region(region), locale }));
const ruleIds = new Set(RULES.map((r) => r.meta.id));

/** The text with every user-supplied string taken out, so what remains is ours. */
function ours(text: string, raw: Record<string, unknown>): string {
  const user = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && v.length > 1) user.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(raw);
  let out = text;
  for (const s of [...user].sort((a, b) => b.length - a.length)) out = out.split(s).join(' ');
  return out;
}

describe('fuzz: renderer and cross-check', () => {
  it(`${RUNS} generated templates render in a random region and locale`, () => {
    let rendered = 0;
    fc.assert(
      fc.property(templateArb(catalog), fc.nat({ max: targets.length - 1 }), ({ yaml, raw }, ti) => {
        const file = `${String(raw['id'])}.yaml`;
        const loaded = typedOutcome(() => parseTemplate(yaml, file, catalog.taxonomy, catalog.channels), file, { text: yaml });
        if (!loaded.ok) return;
        const { region, locale } = targets[ti]!;
        const out = typedOutcome(() => project.renderer.render(loaded.value, region, locale, org), file, { positioned: false });
        if (!out.ok) return;
        rendered++;
        const r = out.value;
        // No footer only where the channel takes none of ours for the category (WhatsApp authentication).
        if (r.footer.variant === 'none') expect(`${loaded.value.channel}/${loaded.value.category}`).toBe('whatsapp/authentication');
        for (const text of [...(r.footer.variant === 'none' ? [] : [r.footer.text]), r.clause.text, ...r.clause.companions.map((c) => c.text)]) {
          expect(ours(text, raw)).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]|NaN/);
          expect(text.trim()).not.toBe('');
        }
        if (r.footer.variant !== 'own' && r.footer.limit !== undefined) expect(r.footer.length).toBeLessThanOrEqual(r.footer.limit);
      }),
      fuzzParams(10),
    );
    guard.check();
    // Most generated templates are valid: the renderer, not the loader, is what is fuzzed here.
    expect(rendered).toBeGreaterThan(RUNS * 0.8);
  }, FUZZ_TIMEOUT);

  it('generated templates check with every rule: findings are well-formed and point into the file', () => {
    fc.assert(
      fc.property(templateArb(catalog), fc.nat({ max: targets.length - 1 }), ({ yaml, raw }, ti) => {
        const file = `${String(raw['id'])}.yaml`;
        const loaded = typedOutcome(() => parseTemplate(yaml, file, catalog.taxonomy, catalog.channels), file, { text: yaml });
        if (!loaded.ok) return;
        const target = targets[ti]!;
        const out = typedOutcome(() => project.render(loaded.value, target), file, { positioned: false });
        if (!out.ok) return;
        const lines = yaml.split('\n').length;
        for (const f of out.value.findings) {
          expect(ruleIds.has(f.ruleId), f.ruleId).toBe(true);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.file).toBe(file);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(ours(f.message, raw)).not.toMatch(/undefined|\[object Object\]|\{\{\w+\}\}/);
          expect(f.region).toBe(target.region.id);
        }
      }),
      fuzzParams(12, Math.ceil(RUNS / 10)),
    );
  }, FUZZ_TIMEOUT);

  it('with plain names, the claims read back from generated wording equal the claims written', () => {
    const runs = Math.ceil(RUNS / 5);
    fc.assert(
      fc.property(templateArb(catalog, { plainNames: true }), fc.nat({ max: targets.length - 1 }), ({ yaml, raw }, ti) => {
        const file = `${String(raw['id'])}.yaml`;
        const template = parseTemplate(yaml, file, catalog.taxonomy, catalog.channels);
        const { region, locale } = targets[ti]!;
        const r = project.renderer.render(template, region, locale, org);
        const names = template.flows.flatMap((f) => f.recipients.flatMap((x) => (x.name ? [x.name] : [])));
        const data = catalog.locale(locale);
        const show = (claims: Parameters<typeof uniqueClaims>[0]) => uniqueClaims(claims).map(describeClaim).sort();
        expect(show(readClaims(r.clause.text, data, { names }).claims), `${region.id}/${locale}\n${r.clause.text}`).toEqual(show(r.clause.claims));
        if (r.footer.variant !== 'own') expect(show(readClaims(r.footer.text, data, { names }).claims), `${region.id}/${locale}: ${r.footer.text}`).toEqual(show(r.footer.claims));
      }),
      fuzzParams(11, runs),
    );
  }, FUZZ_TIMEOUT);
});
