/**
 * A policy people wrote whose section numbered as the template's clause (5.2 for order_shipped) is
 * about that clause (issue 18; cause A1 of eval/policies/held-out-3/ANALYSIS.md): the section is the
 * right one (no section finding), and the policy is read as a whole by the policy reader — one
 * finding per flow and aspect with its class — not claim by claim as a clause disclose wrote (which
 * gave one `disclosure-omitted` per data category, and footer findings with no flow, for statements
 * the reader reads as clear). A policy that declares its region for disclose (front matter) keeps
 * the clause reading. Our own words; order_shipped: courier SwiftShip Logistics (US), stored in
 * Germany, kept 180 days.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('numbered-section-');

const lines = [
  '# Privacy at Pebble Lane Lamps', // 1
  '', // 2
  '## 5. What we do with your data', // 3
  '', // 4
  '### 5.1 Your account', // 5
  '', // 6
  'We keep an account for you when you register.', // 7
  '', // 8
  '### 5.2 Sending your lamp', // 9
  '', // 10
  'Our courier SwiftShip Logistics receives your name, your phone number and your postal address so that it can bring you the parcel.', // 11
  '', // 12
  '## 7. How long we keep data', // 13
  '', // 14
  'We delete your name, phone number and postal address 180 days after delivery.', // 15
];

describe('a numbered section about the clause in a policy people wrote', () => {
  it('is the right section, and the policy is read as a whole, one finding per flow and aspect', async () => {
    const fs = await check('pebble.md', lines.join('\n'), ['--region', 'eu']);
    // No section finding: §5.2 is about order delivery.
    expect(fs.filter((f) => f.ruleId === 'clause-reference-mismatch' || f.ruleId === 'policy-clause-missing')).toEqual([]);
    // Every disclosure finding names its flow and aspect (no claim-by-claim findings, no footer findings without a flow).
    const disclosures = fs.filter((f) => f.ruleId.startsWith('disclosure-'));
    expect(disclosures.length).toBeGreaterThan(0);
    for (const f of disclosures) {
      expect(f.data.flow, JSON.stringify(f)).toBeTruthy();
      expect(f.data.aspect, JSON.stringify(f)).toBeTruthy();
    }
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 11, data: { class: 'clear' } });
    // The retention said outside §5.2 counts.
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 15, data: { class: 'clear' } });
  });

  it('a policy that declares its region for disclose keeps the clause reading of §5.2', async () => {
    const fs = await check('pebble-declared.md', ['---', 'region: eu', 'locale: en', '---', ...lines].join('\n'), []);
    expect(fs.filter((f) => f.ruleId === 'clause-reference-mismatch' || f.ruleId === 'policy-clause-missing')).toEqual([]);
    // Claim by claim: findings that name a claim and no aspect.
    expect(fs.some((f) => f.ruleId.startsWith('disclosure-') && !f.data?.aspect)).toBe(true);
  });
});

describe('when an appointment is, as policies say it (en reader.yaml policy.data)', () => {
  it('"the date and time of your visit" is the appointment; "the date of your order" is not', async () => {
    const { loadCatalog } = await import('../../src/load/catalog.js');
    const { readClaims } = await import('../../src/claims/read-claims.js');
    const en = loadCatalog().locale('en');
    const data = (text: string) => readClaims(text, en, { policy: true, names: ['Lakeside Reminders'] }).claims.map((c) => c.data).sort();
    expect(data('Our SMS provider Lakeside Reminders receives your mobile number and the date and time of your visit.')).toEqual(['user.contact.phone_number', 'user.health_and_medical.appointment']);
    expect(data('Our SMS provider Lakeside Reminders receives your mobile number and the date of your order.')).toEqual(['user.contact.phone_number']);
  });
});
