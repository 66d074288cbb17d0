/**
 * eval:policies scores region-element-missing against the element annotations (elements.yaml): a
 * reported element annotated present is a false positive, annotated absent a true positive, an
 * absent one the rule looked for and did not report a false negative; `unsure` is not scored. The
 * blind sets' annotations (held-out-9 on) are read only with --elements-blind. The annotations of
 * the sets tuned on are checked for form here (the blind ones are not opened).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, examples } from '../helpers/examples.js';
// @ts-expect-error: a script of the project, plain JavaScript without types.
import { elementTotals, loadElementAnnotations, readsElements, reportedElements, scoreWith } from '../../scripts/eval-policies-elements.mjs';
import { elementPlan } from '../../src/rules/region-element-missing.js';

type Entry = { region: string; status: Map<string, string> };
const entry = (region: string, present: string[], absent: string[], unsure: string[] = []): Entry => ({
  region,
  status: new Map([...present.map((id) => [id, 'present'] as const), ...absent.map((id) => [id, 'absent'] as const), ...unsure.map((id) => [id, 'unsure'] as const)]),
});

describe('eval:policies element scoring', () => {
  it('scores reported against annotated elements, only for those the rule looks for', () => {
    const ann = entry('eu', ['controller_identity', 'recipients'], ['dpo_contact', 'withdraw_consent'], ['purposes_and_legal_basis']);
    // Reported: controller_identity (present: fp), dpo_contact (absent: tp), purposes_and_legal_basis (unsure: not scored).
    const s = scoreWith(['controller_identity', 'recipients', 'dpo_contact', 'withdraw_consent', 'purposes_and_legal_basis', 'retention_period'], new Set(['controller_identity', 'dpo_contact', 'purposes_and_legal_basis']), ann, 'eu', ['sub_processors']);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 1, unsure: 1, unannotated: 1, fpIds: ['controller_identity'], fnIds: ['withdraw_consent'] });
    expect(s.perElement['withdraw_consent']).toMatchObject({ fn: 1 });
    // Not looked for: counted apart, by its annotation, never in the score.
    expect(s.notLookedFor).toEqual({ sub_processors: { present: 0, absent: 0, unsure: 0, unannotated: 1 } });
    const t = elementTotals([s, s]);
    expect(t).toMatchObject({ tp: 2, fp: 2, fn: 2, runs: 2, precision: 0.5, recall: 0.5 });
  });

  it('an annotation for another region than the run is not scored', () => {
    const s = scoreWith(['controller_identity'], new Set(['controller_identity']), entry('sg', ['controller_identity'], []), 'eu');
    expect(s).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 0 });
    expect(s.errors[0]).toMatch(/annotated for region sg, run for eu/);
  });

  it('reads the reported elements from the root finding, a clause finding and a missing language, not from missing organization fields', () => {
    const got = reportedElements([
      { ruleId: 'region-element-missing', messageId: 'absentPolicy', data: { elements: ['controller_identity', 'retention'] } },
      { ruleId: 'region-element-missing', messageId: 'companionPolicy', data: { element: 'bilingual_notice' } },
      { ruleId: 'region-element-missing', messageId: 'needs', data: { element: 'dpo_contact' } },
      { ruleId: 'disclosure-omitted', data: { elements: ['x'] } },
    ]);
    expect([...got].sort()).toEqual(['bilingual_notice', 'controller_identity', 'retention']);
  });

  it('reads the blind sets\' element annotations only with --elements-blind', () => {
    expect(readsElements(4, [])).toBe(true);
    expect(readsElements(8, ['--held-out-8'])).toBe(true);
    expect(readsElements(9, ['--held-out-9'])).toBe(false);
    expect(readsElements(13, ['--held-out-13'])).toBe(false);
    expect(readsElements(12, ['--held-out-12', '--elements-blind'])).toBe(true);
  });

  it('a malformed elements.yaml names the file and the policy; an element in two lists is refused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eval-elements-'));
    writeFileSync(path.join(dir, 'elements.yaml'), 'policies:\n  shop.md:\n    region: eu\n    present: { recipients: [3] }\n    absent: [recipients]\n');
    expect(() => loadElementAnnotations(dir)).toThrow(/elements\.yaml: shop\.md: element recipients is both present and absent/);
    expect(loadElementAnnotations(path.join(dir, 'none'))).toBeUndefined();
  });

  it('an element with no detect: is not looked for in a text, so it is not scored (sub_processors)', () => {
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'order_shipped')!;
    const region = catalog.region('eu');
    const plan = elementPlan(region, renderer.render(t, region, 'en', org), org);
    expect(plan.find((p) => p.el.id === 'sub_processors')?.how).toBe('none');
    expect(plan.find((p) => p.el.id === 'controller_identity')?.how).toBe('text');
  });
});

// The element annotations of the sets the rule is tuned on: every id one of the run region's
// elements, in one list only, for a policy of the set. (held-out-9 on are blind: not opened.)
describe('element annotations', () => {
  const { catalog } = examples();
  const sets = [['corpus', path.join(ROOT, 'eval', 'policies')], ...['dev', 'held-out-2', 'held-out-3', 'held-out-4'].map((s) => [s, path.join(ROOT, 'eval', 'policies', s)])] as const;
  for (const [name, dir] of sets) {
    it(`${name}: elements.yaml is well-formed`, () => {
      const file = path.join(dir, 'elements.yaml');
      const doc = parse(readFileSync(file, 'utf8')) as { policies: Record<string, { region: string; present?: Record<string, unknown>; absent?: string[]; unsure?: Record<string, string> }> };
      expect(loadElementAnnotations(dir)).toBeTypeOf('function');
      for (const [policy, e] of Object.entries(doc.policies)) {
        const ids = new Set(catalog.region(e.region).elements.map((el) => el.id));
        for (const id of [...Object.keys(e.present ?? {}), ...(e.absent ?? []), ...Object.keys(e.unsure ?? {})]) expect(ids.has(id), `${policy}: ${id} is no element of ${e.region}`).toBe(true);
      }
    });
  }
});
