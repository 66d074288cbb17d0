/**
 * Grouped findings in SARIF (issue 18: one root finding per conflict, related findings grouped
 * under it): a root finding's `data.related` are the result's `relatedLocations` (SARIF 2.1.0
 * §3.27.22), each with its own line, column and message, in `check --format sarif` and in the
 * export pack's findings.sarif; both validate against the SARIF 2.1.0 schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/format/findings-sarif.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/check/finding.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';
import { copyExamples } from '../helpers/tree.js';

const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const Ajv04 = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };
// The official schema has a pattern that is invalid with the u flag: compile without it (as test/export/export.test.ts).
const validate = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
const valid = (sarif: unknown) => expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

interface Loc {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
  message?: { text: string };
}
interface Result {
  ruleId: string;
  message: { text: string };
  locations: Loc[];
  relatedLocations?: Loc[];
  properties: { data: Record<string, unknown> };
}
const results = (sarif: unknown) => (sarif as { runs: Array<{ results: Result[] }> }).runs[0]!.results;
const place = (l: Loc) => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn}`;

const root = (data: Record<string, unknown>, over: Partial<Finding> = {}): Finding => ({
  ruleId: 'region-element-missing',
  severity: 'error',
  messageId: 'absentPolicy',
  message: 'eu requires 2 elements for these flows that the policy does not contain',
  data,
  file: '/proj/policies/our-notice.md',
  line: 1,
  column: 3,
  region: 'eu',
  locale: 'en',
  template: 'order_shipped',
  ...over,
});

describe('toSarif: related findings as relatedLocations', () => {
  it('gives each grouped finding its own place and message, numbered from 1', () => {
    const f = root({
      related: [
        { element: 'retention_period', article: 'Art. 13(2)(a) GDPR', topic: 'retention', line: 29, column: 4 },
        { element: 'complaint_to_authority', article: 'Art. 13(2)(d), Art. 77 GDPR', topic: 'rights', line: 1, column: 3 },
        { element: 'dpo_contact', article: 'Art. 13(1)(b) GDPR', line: 35 },
      ],
    });
    const sarif = toSarif([f], RULES, '/proj', '0.0.0');
    valid(sarif);
    const [r] = results(sarif);
    expect(r!.locations.map(place)).toEqual(['policies/our-notice.md:1:3']);
    expect(r!.relatedLocations!.map((l) => [l.id, place(l), l.message!.text])).toEqual([
      [1, 'policies/our-notice.md:29:4', 'missing: retention_period (Art. 13(2)(a) GDPR); it belongs in this retention section'],
      // At the document's heading: no rights section was found.
      [2, 'policies/our-notice.md:1:3', 'missing: complaint_to_authority (Art. 13(2)(d), Art. 77 GDPR); the policy has no rights section'],
      // No column: 1.
      [3, 'policies/our-notice.md:35:1', 'missing: dpo_contact (Art. 13(1)(b) GDPR)'],
    ]);
    // Code scanning shows related locations the message links to (§3.11.6 embedded links).
    expect(r!.message.text).toBe('eu requires 2 elements for these flows that the policy does not contain (order_shipped · eu · en) Related: [line 29](1), [line 1](2), [line 35](3).');
  });

  it('escapes brackets in link text, and in a message that quotes something read as a link', () => {
    const f = root(
      { related: [{ file: '/proj/policies/[draft].md', line: 3, column: 1, message: 'the draft' }, { line: 4, column: 1, message: 'here' }] },
      { message: 'the policy says "see [our partners](2)"' },
    );
    const sarif = toSarif([f], RULES, '/proj', '0.0.0');
    valid(sarif);
    expect(results(sarif)[0]!.message.text).toBe('the policy says "see \\[our partners\\](2)" (order_shipped · eu · en) Related: [policies/\\[draft\\].md:3](1), [line 4](2).');
  });

  it('says what a related statement does to the flow, and takes a file or message the rule names', () => {
    const f = root(
      {
        flow: 'delivery',
        aspect: 'recipients',
        class: 'ambiguous',
        related: [
          { class: 'vague', line: 14, column: 5, statement: 'Delivery partners bring your parcel.' },
          { class: 'incorrect', line: 40, column: 1, statement: 'We never hand your details to anyone.' },
          { file: '/proj/policies/annex 1.md', line: 3, column: 2, message: 'the annex names the courier' },
          { class: 'vague', statement: 'no line: not a place' },
        ],
      },
      { ruleId: 'disclosure-ambiguous', messageId: 'policy', line: 17, column: 1 },
    );
    const [r] = results(toSarif([f], RULES, '/proj', '0.0.0'));
    expect(r!.relatedLocations!.map((l) => [place(l), l.message!.text])).toEqual([
      ['policies/our-notice.md:14:5', 'discloses flow "delivery" (recipients, vague): "Delivery partners bring your parcel."'],
      ['policies/our-notice.md:40:1', 'denies flow "delivery" (recipients): "We never hand your details to anyone."'],
      // A path as a URI reference: the space percent-encoded.
      ['policies/annex%201.md:3:2', 'the annex names the courier'],
    ]);
  });

  it('leaves relatedLocations out when nothing is grouped under a finding', () => {
    const sarif = toSarif([root({}), root({ related: [] }, { line: 2 })], RULES, '/proj', '0.0.0');
    valid(sarif);
    expect(results(sarif).map((r) => 'relatedLocations' in r)).toEqual([false, false]);
    expect(results(sarif)[0]!.message.text).toBe('eu requires 2 elements for these flows that the policy does not contain (order_shipped · eu · en)');
  });
});

describe('check --format sarif and the export pack: grouped findings in the log', () => {
  const policy = path.join(EXAMPLES, 'broken', 'policies', 'shop-written.eu.en.md');
  const template = path.join(EXAMPLES, 'templates', 'order_shipped.yaml');
  const org = path.join(EXAMPLES, 'organization.yaml');

  it('check: every data.related entry of the JSON output is a relatedLocation at its line and column', async () => {
    const args = ['check', template, '--org', org, '--policy', policy, '--region', 'eu'];
    const sarifRun = await cli([...args, '--format', 'sarif']);
    const jsonRun = await cli([...args, '--format', 'json']);
    expect(sarifRun.code).toBe(1);
    const sarif = JSON.parse(sarifRun.out);
    valid(sarif);
    const findings = JSON.parse(jsonRun.out) as Finding[];
    const grouped = findings.filter((f) => Array.isArray(f.data['related']) && (f.data['related'] as unknown[]).length);
    // The policy lacks elements the EU requires (one root, each element under it) and one line
    // denies what a list item discloses (one root, the item under it).
    expect(grouped.map((f) => f.ruleId).sort()).toEqual(['disclosure-ambiguous', 'region-element-missing']);
    const withRelated = results(sarif).filter((r) => r.relatedLocations);
    expect(withRelated.map((r) => r.ruleId).sort()).toEqual(['disclosure-ambiguous', 'region-element-missing']);
    for (const f of grouped) {
      const r = withRelated.find((x) => x.ruleId === f.ruleId && x.locations[0]!.physicalLocation.region.startLine === f.line)!;
      const want = (f.data['related'] as Array<{ line: number; column: number }>).map((e) => `examples/broken/policies/shop-written.eu.en.md:${e.line}:${e.column}`);
      expect(r.relatedLocations!.map(place)).toEqual(want);
      for (const l of r.relatedLocations!) expect(l.message!.text.length).toBeGreaterThan(10);
    }
    // The ambiguous root (line 17: "never … pass on … to any third party") has the list item that discloses delivery partners under it.
    const amb = withRelated.find((r) => r.ruleId === 'disclosure-ambiguous')!;
    expect(amb.locations.map(place)).toEqual(['examples/broken/policies/shop-written.eu.en.md:17:1']);
    expect(amb.message.text).toMatch(/ Related: \[line 14\]\(1\)\.$/);
    expect(amb.relatedLocations!.map((l) => [place(l), l.message!.text])).toEqual([
      ['examples/broken/policies/shop-written.eu.en.md:14:5', 'discloses flow "delivery" (recipients, vague): "Delivery partners — to bring your parcel to your door."'],
    ]);
  });

  it('export: findings.sarif carries the same relatedLocations and validates', async () => {
    const dir = copyExamples();
    // export reads a policy's region from the document (it has no --region): front matter added.
    writeFileSync(path.join(dir, 'shop-written.eu.en.md'), `---\nregion: eu\nlocale: en\n---\n${readFileSync(policy, 'utf8')}`);
    const r = await cli(['export', 'templates/order_shipped.yaml', '--out', 'pack', '--regions', 'eu', '--policy', 'shop-written.eu.en.md', '--quiet', '--sarif'], dir);
    // Errors in the policy: exit 1, the pack written.
    expect(r.code, r.err).toBe(1);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'pack', 'findings.sarif'), 'utf8'));
    valid(sarif);
    const checked = await cli(['check', 'templates/order_shipped.yaml', '--policy', 'shop-written.eu.en.md', '--format', 'sarif'], dir);
    const related = (log: unknown) =>
      results(log)
        .filter((x) => x.relatedLocations)
        .map((x) => `${x.ruleId} ${place(x.locations[0]!)} → ${x.relatedLocations!.map((l) => `${place(l)} ${l.message!.text}`).join(' | ')}`)
        .sort();
    expect(related(sarif).length).toBe(2);
    expect(related(sarif)).toEqual(related(JSON.parse(checked.out)));
  });
});
