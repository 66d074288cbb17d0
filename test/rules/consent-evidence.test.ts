import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../src/check/rule.js';
import { computeFacts } from '../../src/render/facts.js';
import type { RenderResult } from '../../src/render/renderer.js';
import { rule } from '../../src/rules/consent-evidence.js';
import { caseProject } from '../helpers/check-case.js';
import { caseTemplate, caseYaml, lineOf, renderFindings, type LintRaw } from '../helpers/lint-case.js';

const RULE = 'consent-evidence';

/** A marketing template on consent, with a record that satisfies every region. */
function onConsent(t: LintRaw): void {
  t.category = 'marketing';
  t.flows = t.flows.map((f) => ({ ...f, legalBasis: 'consent', consent: { explicit: true, withdrawal: 'reply STOP' } }));
  t['consent'] = {
    userIdentifier: 'customer.phone_number',
    timestamp: '2026-02-03T10:41+01:00',
    scope: ['marketing'],
    path: 'Account > Notifications > WhatsApp offers (unticked box) > Save',
    specific: true,
    withdrawalRecorded: true,
    doubleOptIn: { codeSentAt: '2026-02-03T10:41+01:00', confirmedAt: '2026-02-03T10:43+01:00' },
    separate: ['cross_border', 'sensitive', 'third_party'],
  };
}

const record = (t: LintRaw) => t['consent'] as Record<string, unknown>;

/** Findings of the rule for one region, from the facts the renderer would compute (every region, whatever locales ship). */
function findingsFor(yaml: string, regionId: string): string[] {
  const p = caseProject();
  const template = caseTemplate(yaml);
  const region = p.catalog.region(regionId);
  const out: string[] = [];
  const ctx = {
    template,
    catalog: p.catalog,
    org: p.org,
    region,
    render: { facts: computeFacts(template.flows, region, p.org, p.catalog.taxonomy) } as RenderResult,
    clausePos: () => template.positions['id']!,
    report: (r) => out.push(`${r.messageId}@${(r.pos ?? template.positions['id']!).line}`),
  } as RuleContext;
  rule.check(ctx);
  return out.sort();
}

interface ConsentCase {
  name: string;
  change: (t: LintRaw) => void;
  region: string;
  expect: Array<[string, string]>;
}

const valid: ConsentCase[] = [
  { name: 'a utility template on contract needs no record', change: () => {}, region: 'eu', expect: [] },
  ...['eu', 'california', 'china', 'sea', 'sg', 'my', 'th', 'id', 'ph', 'vn'].map((region) => ({ name: `a complete record in ${region}`, change: onConsent, region, expect: [] })),
  { name: 'seconds and a zone in the timestamp', change: (t: LintRaw) => { onConsent(t); record(t)['timestamp'] = '2026-02-03T10:41:07Z'; }, region: 'eu', expect: [] },
  { name: 'no double opt-in outside Indonesia and Malaysia', change: (t: LintRaw) => { onConsent(t); delete record(t)['doubleOptIn']; }, region: 'sg', expect: [] },
  { name: 'no separate consents outside China', change: (t: LintRaw) => { onConsent(t); delete record(t)['separate']; }, region: 'eu', expect: [] },
  // WhatsApp itself receives the phone number in its own right (channels/whatsapp.yaml), so a
  // WhatsApp template in China also needs the separate consent for another handler (PIPL Art. 23).
  { name: 'no separate consent for sensitive data when the flows carry none', change: (t: LintRaw) => { onConsent(t); record(t)['separate'] = ['cross_border', 'third_party']; }, region: 'china', expect: [] },
];

const invalid: ConsentCase[] = [
  { name: 'a marketing template without a record', change: (t) => { t.category = 'marketing'; }, region: 'eu', expect: [['missing', 'category:']] },
  { name: 'a utility template on consent without a record', change: (t) => { t.flows = t.flows.map((f) => ({ ...f, legalBasis: 'consent' })); }, region: 'california', expect: [['missing', 'category:']] },
  { name: 'no user, no time, no path', change: (t) => { onConsent(t); delete record(t)['userIdentifier']; delete record(t)['timestamp']; delete record(t)['path']; }, region: 'sg', expect: [['noUser', 'consent:'], ['noTime', 'consent:'], ['noPath', 'consent:']] },
  { name: '"at sign-up" instead of a time', change: (t) => { onConsent(t); record(t)['timestamp'] = 'at sign-up'; }, region: 'sg', expect: [['timeNotMinute', 'timestamp:']] },
  { name: 'a date without the time', change: (t) => { onConsent(t); record(t)['timestamp'] = '2026-02-03'; }, region: 'sg', expect: [['timeNotMinute', 'timestamp:']] },
  { name: 'marketing consent for a utility template', change: (t) => { onConsent(t); t.category = 'utility'; }, region: 'sg', expect: [['scopeMismatch', 'scope:']] },
  { name: 'utility consent for a marketing template', change: (t) => { onConsent(t); record(t)['scope'] = ['utility']; }, region: 'sg', expect: [['scopeMismatch', 'scope:']] },
  { name: 'no scope', change: (t) => { onConsent(t); record(t)['scope'] = []; }, region: 'sg', expect: [['noScope', 'scope:']] },
  { name: 'a pre-ticked box', change: (t) => { onConsent(t); record(t)['preTicked'] = true; }, region: 'sg', expect: [['preTicked', 'preTicked:']] },
  { name: 'EU: neither specific nor withdrawal recorded', change: (t) => { onConsent(t); delete record(t)['specific']; record(t)['withdrawalRecorded'] = false; }, region: 'eu', expect: [['notSpecific', 'consent:'], ['noWithdrawal', 'withdrawalRecorded:']] },
  { name: 'Indonesia: no double opt-in', change: (t) => { onConsent(t); delete record(t)['doubleOptIn']; }, region: 'id', expect: [['noDoubleOptIn', 'consent:']] },
  { name: 'Malaysia: confirmation before the code', change: (t) => { onConsent(t); record(t)['doubleOptIn'] = { codeSentAt: '2026-02-03T10:43+01:00', confirmedAt: '2026-02-03T10:41+01:00' }; }, region: 'my', expect: [['doubleOptInOrder', 'confirmedAt:']] },
  { name: 'Malaysia: times to the day only', change: (t) => { onConsent(t); record(t)['doubleOptIn'] = { codeSentAt: '2026-02-03', confirmedAt: '2026-02-04' }; }, region: 'my', expect: [['doubleOptInTime', 'doubleOptIn:']] },
  { name: 'China: no separate consent for the transfer abroad', change: (t) => { onConsent(t); record(t)['separate'] = ['third_party']; }, region: 'china', expect: [['noSeparate', 'separate:']] },
  { name: 'China: no separate consent for the transfer abroad nor for WhatsApp as another handler', change: (t) => { onConsent(t); record(t)['separate'] = []; }, region: 'china', expect: [['noSeparate', 'separate:'], ['noSeparate', 'separate:']] },
  {
    name: 'China: no separate consent for sensitive data or for other handlers',
    change: (t) => {
      onConsent(t);
      record(t)['separate'] = ['cross_border'];
      t.flows = [{ ...t.flows[0]!, data: ['user.name', 'user.health_and_medical.appointment'], recipients: [{ type: 'recipient.third_party.advertising', name: 'AdReach Media', country: 'US' }] }] as LintRaw['flows'];
    },
    region: 'china',
    expect: [['noSeparate', 'separate:'], ['noSeparate', 'separate:']],
  },
];

describe(RULE, () => {
  for (const c of valid) it(`valid: ${c.name} (${c.region})`, () => expect(findingsFor(caseYaml(c.change), c.region)).toEqual([]));
  for (const c of invalid) {
    it(`invalid: ${c.name} (${c.region})`, () => {
      const yaml = caseYaml(c.change);
      expect(findingsFor(yaml, c.region)).toEqual(c.expect.map(([id, needle]) => `${id}@${lineOf(yaml, needle)}`).sort());
    });
  }
  it('runs per region through Project.render', () => {
    const yaml = caseYaml((t) => { onConsent(t); delete record(t)['specific']; });
    expect(renderFindings(RULE, yaml, 'eu')).toEqual([`notSpecific@${lineOf(yaml, 'consent:')}`]);
    expect(renderFindings(RULE, yaml, 'california')).toEqual([]);
  });
  it('takes what each region needs from the region profiles', () => {
    const { catalog } = caseProject();
    expect(catalog.region('eu').consent?.map((n) => n.id)).toEqual(['specific', 'withdrawal_recorded']);
    expect(catalog.region('my').consent?.map((n) => n.id)).toEqual(['double_opt_in']);
    expect(catalog.region('sg').consent).toEqual([]);
    // In the order of the articles the separate-consent sentence cites (Art. 23, 29, 39; review N1).
    expect(catalog.region('china').consent?.map((n) => n.id)).toEqual(['separate_third_party', 'separate_sensitive', 'separate_cross_border']);
  });
});
