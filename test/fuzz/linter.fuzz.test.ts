/**
 * Fuzzing the pre-submission lint: templates whose body, header, footer, buttons and variables
 * are built from what the lint rules look for (variables in every form, links of every kind,
 * emoji and symbols, blank lines and indentation, promotional words in several languages) and
 * arbitrary unicode. Every template lints without an exception, and every finding is well-formed
 * and points at a line and column inside the template's file.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/load/template.js';
import { Project } from '../../src/project.js';
import { RULES } from '../../src/rules/index.js';
import { ruleById } from '../../src/rules/index.js';
import { examples, regionLocales } from '../helpers/examples.js';
import { FUZZ_TIMEOUT, fuzzParams, prototypeGuard, RUNS, typedOutcome } from './fuzz-helpers.js';

const guard = prototypeGuard();
afterAll(() => guard.check());

const { catalog, org } = examples();
const project = new Project(catalog, org);
const ruleIds = new Set(RULES.map((r) => r.meta.id));
// consent-evidence depends on the region: it runs on a render, for the regions' own demands.
const consentProject = new Project(catalog, org, { rules: [ruleById('consent-evidence')!] });
const targets = regionLocales(catalog).map(({ region, locale }) => ({ region: catalog.region(region), locale }));

const PIECES = [
  'Hello', 'your order', 'ships today.', 'Ihre Bestellung', '您的订单已发货', 'คำสั่งซื้อของคุณ', 'Pesanan anda', '\n', '\n\n', '\n\n\n', '  ', '   indented', 'trailing ', '\t',
  '{{1}}', '{{2}}', '{{3}}', '{{4}}', '{{5}}', '{{6}}', '{{7}}', '{{order_id}}', '{{random_user}}', '{{unknown_item}}', '{{1}}{{2}}', '{{ 1 }}', '{{}}', '{{', '}}', '{{{1}}}',
  'https://shop.example/o', 'http://shop.example', 'www.shop.example', 'https://shop.example//x', 'https://{{1}}.example/x', 'https://x.example/{{2}}', 'ftp://x.example', 'javascript:alert(1)',
  '★', '🔥', '✔️', '→', '❗', '♪', '👍🏽', '🇩🇪', '+', '-', '/', '(', ')', ':', ',', '.', '%', '€5', 'FREE', 'free', 'discount', 'Rabatt', 'gratuit', 'oferta', 'promo', 'sale', '免费', 'ลดราคา', 'diskon',
];

const pieceArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });
const textArb = (max: number) => fc.array(pieceArb, { minLength: 1, maxLength: max }).map((p) => p.join(' '));

const lintTemplateArb = fc
  .record({
    channel: fc.constantFrom('whatsapp', 'sms', 'email'),
    category: fc.constantFrom('utility', 'marketing', 'authentication'),
    language: fc.constantFrom('en', 'de', 'fr', 'es', 'zh-CN', 'th', 'id', 'ms'),
    purpose: fc.oneof(fc.constant('When a parcel ships, send the buyer the tracking link within 2 hours.'), textArb(8)),
    body: textArb(20),
    header: fc.option(textArb(5), { nil: undefined }),
    footer: fc.option(textArb(5), { nil: undefined }),
    buttons: fc.array(fc.record({ type: fc.constantFrom('url', 'quick_reply', 'phone_number', 'copy_code'), text: textArb(4), url: fc.constantFrom('https://x.example/{{1}}', 'http://x.example', 'www.x.example') }, { requiredKeys: ['type', 'text'] }), { maxLength: 3 }),
    variables: fc.uniqueArray(
      fc.record({ name: fc.constantFrom('1', '2', '3', '4', '6', 'order_id', 'random_user', 'unknown_item'), source: fc.constantFrom('order.number', 'customer.first_name'), maxLength: fc.integer({ min: 1, max: 2000 }), example: fc.constantFrom('Maria', 'NL-1', '') }, { requiredKeys: ['name'] }),
      { maxLength: 8, selector: (v) => v.name },
    ),
    consent: fc.option(
      fc.record(
        { userIdentifier: fc.constantFrom('phone_number', ''), timestamp: fc.constantFrom('2026-03-01T10:15Z', '2026-03-01', 'yesterday'), scope: fc.subarray(['utility', 'marketing', 'authentication', 'order_updates']), path: fc.constantFrom('checkout > box (unticked) > Place order', 'x'), preTicked: fc.boolean(), specific: fc.boolean(), withdrawalRecorded: fc.boolean(), separate: fc.subarray(['cross_border', 'sensitive', 'third_party'] as const) },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .map((g) => {
    const raw: Record<string, unknown> = {
      id: 'fuzzed_template',
      ...g,
      flows: [{ id: 'delivery', data: ['user.contact.phone_number'], purpose: 'essential.service.order_delivery', legalBasis: 'contract' }],
    };
    for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
    return stringify(raw);
  });

describe('fuzz: linter', () => {
  it(`${RUNS} generated templates lint with well-formed findings inside the file`, () => {
    let linted = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(lintTemplateArb, fc.nat({ max: targets.length - 1 }), (yaml, ti) => {
        const file = 'fuzzed_template.yaml';
        const loaded = typedOutcome(() => parseTemplate(yaml, file, catalog.taxonomy, catalog.channels), file, { text: yaml });
        if (!loaded.ok) return;
        linted++;
        const lines = yaml.split('\n');
        const findings = project.lint(loaded.value);
        if (loaded.value.consent) findings.push(...consentProject.render(loaded.value, targets[ti]!).findings);
        for (const f of findings) {
          seen.add(f.ruleId);
          expect(ruleIds.has(f.ruleId), f.ruleId).toBe(true);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.file).toBe(file);
          expect(f.line, `${f.ruleId} ${f.messageId}`).toBeGreaterThanOrEqual(1);
          expect(f.line, `${f.ruleId} ${f.messageId}`).toBeLessThanOrEqual(lines.length);
          expect(f.column, `${f.ruleId} ${f.messageId}`).toBeGreaterThanOrEqual(1);
          // A column may point just past the last character of its line (an end-of-line finding).
          expect(f.column, `${f.ruleId} ${f.messageId} at ${f.line}`).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
          expect(f.message).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      fuzzParams(30),
    );
    guard.check();
    expect(linted).toBeGreaterThan(RUNS / 2);
    // The generator reaches every lint family.
    expect([...seen]).toEqual(expect.arrayContaining(['template-length', 'template-whitespace', 'template-decorative-symbols', 'template-links', 'template-variables', 'template-variable-format', 'promotional-wording', 'purpose-description', 'consent-evidence']));
  }, FUZZ_TIMEOUT);
});
