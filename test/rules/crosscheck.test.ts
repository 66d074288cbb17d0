import { describe, expect, it } from 'vitest';
import { caseProject, findings, generatedBody, template } from '../helpers/check-case.js';

const EN_REGIONS = ['eu', 'california', 'sea', 'sg', 'ph'];
const messageIds = (f: ReturnType<typeof findings>) => f.map((x) => x.messageId).sort();

/** Replaces one line of the generated clause body. */
function edit(body: string, find: RegExp, replace: string | null): string {
  const lines = body.split('\n');
  const i = lines.findIndex((l) => find.test(l));
  if (i < 0) throw new Error(`no line matches ${find}`);
  if (replace === null) lines.splice(i, 1);
  else lines[i] = replace;
  return lines.join('\n');
}

describe('the seed case: footer names the courier, policy says "partners"', () => {
  const footer = (t: Record<string, unknown>) => {
    t['footer'] = 'We share your phone number with the courier. Privacy §5.2';
  };
  for (const region of EN_REGIONS) {
    it(`${region}: "information with partners" is vague`, () => {
      const policy = edit(generatedBody({ region }), /^We disclose your name/, 'We share information with partners for order delivery.');
      const f = findings('disclosure-vague', { region, change: footer, policy });
      expect(f.length).toBeGreaterThan(0);
      expect(f.some((x) => x.data['source'] === 'footer' && /recipient/.test(String(x.data['broader'])))).toBe(true);
      expect(f[0]!.file).toBe('policy.md');
    });
    it(`${region}: "name, phone number and address, shared with delivery staff" fixes it`, () => {
      const policy = edit(generatedBody({ region }), /^We disclose your name/, 'We share your name, phone number and address with delivery staff for order delivery.');
      expect(findings('disclosure-vague', { region, change: footer, policy })).toEqual([]);
      expect(findings('disclosure-omitted', { region, change: footer, policy })).toEqual([]);
    });
  }
});

describe('disclosure-omitted', () => {
  it('valid: the generated clause covers every flow', () => {
    for (const region of EN_REGIONS) expect(findings('disclosure-omitted', { region, policy: generatedBody({ region }) })).toEqual([]);
  });
  it('invalid: a lawyer dropped the courier sentence', () => {
    const policy = edit(generatedBody(), /^We disclose your name/, null);
    const f = findings('disclosure-omitted', { policy });
    expect(f.map((x) => x.data['claim']).join('\n')).toMatch(/share user.contact.phone_number → recipient.service_provider.courier "SwiftShip Logistics"/);
    expect(f.filter((x) => x.messageId === 'flow').every((x) => x.file === 'case.yaml')).toBe(true);
    // The generated footer names the courier too, so the footer's claim is also unmatched.
    expect(new Set(f.map((x) => x.messageId))).toEqual(new Set(['flow', 'footer']));
  });
  it('invalid: the footer claims something the clause does not say', () => {
    const f = findings('disclosure-omitted', { change: (t) => void (t['footer'] = 'We share your phone number with an advertising partner. Privacy §5.2') });
    expect(messageIds(f)).toEqual(['footer']);
  });
  it('invalid: the footer names data no flow declares: remove it from the footer or declare the flow', () => {
    const f = findings('disclosure-omitted', { change: (t) => void (t['footer'] = 'We share your email address with the courier. Privacy §5.2') });
    expect(messageIds(f)).toEqual(['footerUndeclared']);
    expect(f[0]!.message).toBe('the footer says "share your email address with courier", which no flow declares');
    expect(f[0]!.fix).toMatch(/Remove it from the footer, or declare the flow/);
    expect(f[0]!.data['claim']).toBe('share user.contact.email → recipient.service_provider.courier');
  });
});

describe('disclosure-incorrect', () => {
  const sells = (t: Record<string, unknown>) => {
    (t['flows'] as Array<Record<string, unknown>>)[0]!['sold'] = true;
  };
  it('valid: "we do not sell" when nothing is sold', () => {
    expect(findings('disclosure-incorrect', { region: 'california', policy: generatedBody({ region: 'california' }) })).toEqual([]);
  });
  it('invalid: "we do not sell your personal information" with a flow that sells', () => {
    const policy = `${generatedBody({ region: 'california', change: sells })}\nWe do not sell your personal information.`;
    const f = findings('disclosure-incorrect', { region: 'california', change: sells, policy });
    expect(messageIds(f)).toEqual(['denied']);
    expect(f[0]!.line).toBe(policy.split('\n').length);
  });
  it('invalid: "we never sell or share" with a flow that shares for cross-context advertising, in every region', () => {
    const change = (t: Record<string, unknown>) => void ((t['flows'] as Array<Record<string, unknown>>)[0]!['shared'] = true);
    for (const region of EN_REGIONS) {
      const body = generatedBody({ region, change });
      expect(findings('disclosure-incorrect', { region, policy: body, change }), region).toEqual([]);
      const f = findings('disclosure-incorrect', { region, policy: `${body}\nWe never sell or share your data.`, change });
      expect(f.length, region).toBe(1);
      // Denying only the sale is true of a flow that shares but does not sell.
      expect(findings('disclosure-incorrect', { region, policy: `${body}\nWe never sell your data.`, change }), region).toEqual([]);
    }
  });
});

describe('exclusivity-contradicted', () => {
  const fraud = (t: Record<string, unknown>) => {
    (t['flows'] as unknown[]).push({ id: 'fraud', data: ['user.contact.phone_number'], purpose: 'essential.fraud_detection', legalBasis: 'legitimate_interests', legitimateInterest: 'preventing fraudulent orders', storage: ['DE'] });
  };
  it('valid: "only for order delivery" when every flow is for delivery', () => {
    expect(findings('exclusivity-contradicted', { change: (t) => void (t['footer'] = 'We use your phone number only for order delivery. Privacy §5.2') })).toEqual([]);
  });
  for (const region of EN_REGIONS) {
    it(`invalid (${region}): footer "only for delivery", flows also check fraud`, () => {
      const f = findings('exclusivity-contradicted', {
        region,
        change: (t) => {
          fraud(t);
          t['footer'] = 'We use your phone number only for order delivery. Privacy §5.2';
        },
      });
      expect(f.map((x) => x.data['other'])).toEqual(['essential.fraud_detection']);
    });
  }
});

describe('attribute contradictions', () => {
  it('retention-mismatch: 30 days in the policy, 180 in the flows', () => {
    for (const region of EN_REGIONS) {
      const body = generatedBody({ region });
      const policy = body.replace('for 180 days from delivery of the order', 'for 30 days from delivery of the order');
      expect(policy).not.toBe(body);
      expect(findings('retention-mismatch', { region, policy }).length, region).toBeGreaterThan(0);
      expect(findings('retention-mismatch', { region, policy: body })).toEqual([]);
    }
  });
  it('storage-location-mismatch: Singapore in the policy, Germany in the flows', () => {
    const body = generatedBody({ region: 'sg' });
    // Storage at our own establishment abroad is stated as such (issue 16), not as a place list.
    const policy = body.replace('at our own establishment in Germany', 'at our own establishment in Singapore');
    expect(policy).not.toBe(body);
    expect(findings('storage-location-mismatch', { region: 'sg', policy }).length).toBeGreaterThan(0);
    expect(findings('storage-location-mismatch', { region: 'sg', policy: body })).toEqual([]);
  });
  it('transfer-mechanism-mismatch: binding corporate rules in the policy, SCCs in the flows', () => {
    const body = generatedBody({ region: 'eu' });
    const policy = body.replace('the standard contractual clauses adopted by the European Commission', 'binding corporate rules');
    expect(policy).not.toBe(body);
    expect(findings('transfer-mechanism-mismatch', { region: 'eu', policy }).length).toBeGreaterThan(0);
    expect(findings('transfer-mechanism-mismatch', { region: 'eu', policy: body })).toEqual([]);
  });
});

describe('transfer-mechanism-missing', () => {
  it('valid: every transfer has an accepted mechanism', () => {
    for (const region of EN_REGIONS) expect(findings('transfer-mechanism-missing', { region })).toEqual([]);
  });
  it('invalid: no mechanism for the courier outside the EEA', () => {
    const f = findings('transfer-mechanism-missing', {
      change: (t) => {
        delete (t.flows[0]!.recipients[0] as Record<string, unknown>)['transfer'];
        delete (t.flows[0] as Record<string, unknown>)['transfer'];
      },
    });
    expect(messageIds(f)).toEqual(['missing']);
  });
  it('invalid: a mechanism the law does not accept (EU SCCs named for China)', () => {
    const f = findings('transfer-mechanism-missing', { region: 'sg', change: (t) => void ((t.flows[0]!.recipients[0] as Record<string, unknown>)['transfer'] = 'scc') });
    expect(messageIds(f)).toEqual(['notAccepted']);
  });
});

describe('clause-reference-mismatch', () => {
  it('valid: footer cites the clause number', () => {
    expect(findings('clause-reference-mismatch', { change: (t) => void (t['footer'] = 'Delivery data: Privacy §5.2') })).toEqual([]);
  });
  it('invalid: footer cites §4.1, the clause is §5.2', () => {
    for (const region of EN_REGIONS) {
      const f = findings('clause-reference-mismatch', { region, change: (t) => void (t['footer'] = 'Delivery data: Privacy §4.1') });
      expect(messageIds(f), region).toEqual(['stale']);
    }
  });
  it('invalid: the policy renumbered the clause to 6.3', () => {
    const f = findings('clause-reference-mismatch', { change: (t) => void (t['footer'] = 'Delivery data: Privacy §5.2'), policy: generatedBody(), number: '6.3' });
    expect(f[0]!.data).toMatchObject({ cited: '5.2', actual: '6.3' });
  });
});

describe('region-element-missing', () => {
  it('valid: generated clauses have every element, in every region', () => {
    for (const region of EN_REGIONS) expect(findings('region-element-missing', { region })).toEqual([]);
  });
  it('invalid: EU clause without the supervisory authority and transfer safeguards', () => {
    let policy = edit(generatedBody(), /lodge a complaint/, null);
    policy = edit(policy, /^We transfer/, null);
    const f = findings('region-element-missing', { policy });
    expect(f.map((x) => x.data['element']).sort()).toEqual(['complaint_to_authority', 'transfer_safeguards']);
  });
  it('invalid: California clause without the opt-out link while data is shared', () => {
    const change = (t: Record<string, unknown>) => void ((t['flows'] as Array<Record<string, unknown>>)[0]!['shared'] = true);
    const policy = edit(generatedBody({ region: 'california', change }), /Do Not Sell or Share/, null);
    expect(findings('region-element-missing', { region: 'california', change, policy }).map((x) => x.data['element'])).toEqual(['opt_out_link']);
  });
  it('invalid: Southeast Asia clause without a local-storage statement', () => {
    for (const region of ['sea', 'sg', 'ph']) {
      const policy = edit(generatedBody({ region }), /^We store/, null);
      expect(findings('region-element-missing', { region, policy }).map((x) => x.data['element']), region).toContain('local_storage');
    }
  });
  it('invalid: statutory retention without naming the law', () => {
    const change = (t: Record<string, unknown>) => void ((t['flows'] as Array<Record<string, unknown>>)[0]!['retention'] = { value: 7, unit: 'year', from: 'transaction', statutory: { law: 'Indonesian tax law (UU KUP Art. 28)' } });
    const body = generatedBody({ region: 'sea', change });
    const policy = body.replace(/, as required by .*\./, '.');
    expect(findings('region-element-missing', { region: 'sea', change, policy: body })).toEqual([]);
    expect(findings('region-element-missing', { region: 'sea', change, policy }).map((x) => x.data['element'])).toContain('statutory_retention');
  });
});

describe('vague-purpose', () => {
  it('valid: specific purposes', () => {
    for (const region of EN_REGIONS) expect(findings('vague-purpose', { region, policy: generatedBody({ region }) })).toEqual([]);
  });
  it('invalid: "to improve our services" in the policy and a flow with purpose improve', () => {
    const policy = `${generatedBody()}\nWe also use your data to improve our services.`;
    expect(messageIds(findings('vague-purpose', { policy }))).toEqual(['phrase']);
    const f = findings('vague-purpose', { change: (t) => void (t.flows[0]!.purpose = 'improve') });
    // The flow, and the generated clause that has to repeat its purpose.
    expect(messageIds(f)).toContain('flow');
    expect(f.filter((x) => x.messageId === 'phrase').every((x) => x.data['phrase'] === 'improving our services')).toBe(true);
  });
});

describe('footer-overflow', () => {
  it('valid: generated footers always fit', () => {
    expect(findings('footer-overflow', { change: (t) => void (t['channel'] = 'whatsapp') })).toEqual([]);
  });
  it('invalid: a hand-written WhatsApp footer over 60 characters, and one with a variable', () => {
    const long = findings('footer-overflow', { change: (t) => { t['channel'] = 'whatsapp'; t['footer'] = 'We share your name, phone number and postal address with our courier. Privacy §5.2'; } });
    expect(messageIds(long)).toEqual(['long']);
    const variable = findings('footer-overflow', { change: (t) => { t['channel'] = 'whatsapp'; t['footer'] = 'Order {{1}}: Privacy §5.2'; } });
    expect(messageIds(variable)).toEqual(['variable']);
  });
});

describe('wording-roundtrip', () => {
  it('valid: our wording reads back in every region', () => {
    for (const region of EN_REGIONS) expect(findings('wording-roundtrip', { region })).toEqual([]);
  });
});

describe('a short footer may generalise what the clause says, never add to it', () => {
  const many = (t: Record<string, unknown>) => {
    const flow = (t['flows'] as Array<Record<string, unknown>>)[0]!;
    flow['data'] = ['user.name', 'user.contact.phone_number', 'user.contact.address', 'user.contact.email', 'user.unique_id', 'user.behavior.purchase_history', 'user.behavior.browsing_history', 'user.financial.transaction', 'user.device.device_id', 'user.device.ip_address'];
    (flow['recipients'] as Array<Record<string, unknown>>)[0]!['name'] = 'SwiftShip Logistics International Parcel Services';
  };
  it('a grouped footer ("contact details shared with service providers") is covered by the clause', () => {
    const proj = caseProject();
    const region = proj.catalog.region('eu');
    expect(proj.render(template(many), { region, locale: 'en' }).footer.variant).toBe('grouped');
    expect(findings('disclosure-omitted', { change: many })).toEqual([]);
  });
  it('a footer naming data the clause never mentions is still omitted', () => {
    const f = findings('disclosure-omitted', { change: (t) => void (t['footer'] = 'Your health data is shared with service providers. Privacy §5.2') });
    // No flow declares health data: the footer is what is wrong (issue 16).
    expect(f.map((x) => x.messageId)).toEqual(['footerUndeclared']);
  });
});
