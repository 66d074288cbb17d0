/**
 * Soundness: every sentence the renderer writes is entailed by the project's declared flows. For
 * every example template × region × locale, each recorded assertion (who holds the data, where, on
 * what basis and mechanism, with whose contact, "only", from which source) is checked against the
 * template's flows and the project's uses of data. The second block feeds the checker the false
 * sentences of issue 16 and expects each to be refused, so the check cannot pass vacuously.
 */
import { describe, expect, it } from 'vitest';
import { effectiveFlows } from '../../src/render/facts.js';
import { ProjectUses } from '../../src/render/project-uses.js';
import type { Assertion } from '../../src/render/statements.js';
import { examples, regionLocales } from '../helpers/examples.js';
import { unsupported, type World } from './entailment.js';

const { catalog, org, templates, renderer } = examples();
const uses = ProjectUses.of(templates);

describe('every claim the renderer records is entailed by the declared flows', () => {
  for (const t of templates) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`${t.id} × ${region} × ${locale}`, () => {
        const profile = catalog.region(region);
        const res = renderer.render(t, profile, locale, org, { uses });
        const world: World = { tax: catalog.taxonomy, org, region: profile, flows: effectiveFlows(t.flows, org, profile), uses };
        expect(res.clause.assertions.length).toBeGreaterThan(0);
        const problems = res.clause.assertions.flatMap((a) => unsupported(a, world).map((w) => `${a.kind} [${a.flows.join(',')}]: ${w}`));
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('the checker refuses each false sentence of issue 16', () => {
  const byId = (id: string) => templates.find((x) => x.id === id)!;
  const world = (id: string, region: string): World => {
    const profile = catalog.region(region);
    return { tax: catalog.taxonomy, org, region: profile, flows: effectiveFlows(byId(id).flows, org, profile), uses };
  };
  const meta = (region: string) => world('order_shipped', region).flows.find((f) => f.id === 'whatsapp_cloud_api')!.recipients[0]!;

  it('1. the organization\'s e-mail as Meta\'s contact', () => {
    const r = meta('china');
    const a: Assertion = { kind: 'overseas', flows: ['whatsapp_cloud_api'], data: ['user.contact.phone_number'], party: { kind: 'recipient', type: r.type, name: r.name, country: r.country }, contact: org.controller.email };
    expect(unsupported(a, world('order_shipped', 'china')).join('\n')).toMatch(/not Meta Platforms Ireland Limited's own|our own contact/);
  });
  it('1. the organization named as the overseas recipient of data Meta stores', () => {
    const a: Assertion = { kind: 'overseas', flows: ['whatsapp_cloud_api'], data: ['user.contact.phone_number'], party: { kind: 'organization', name: org.controller.name }, contact: org.controller.email };
    expect(unsupported(a, world('order_shipped', 'china')).join('\n')).toMatch(/organization is named as an overseas recipient/);
  });
  it('1. we are said to store what Meta stores', () => {
    const a: Assertion = { kind: 'store', flows: ['whatsapp_cloud_api'], data: ['user.content.message'], party: { kind: 'organization', name: org.controller.name }, place: 'US,EU' };
    expect(unsupported(a, world('order_shipped', 'eu')).join('\n')).toMatch(/no flow declares as our storage/);
  });
  it('2. "only for order delivery" for the phone number Meta carries', () => {
    const a: Assertion = { kind: 'exclusive', flows: ['delivery'], data: ['user.name', 'user.contact.phone_number', 'user.contact.address'], purpose: 'essential.service.order_delivery', exclusive: true, party: { kind: 'organization', name: org.controller.name } };
    const why = unsupported(a, world('order_shipped', 'eu')).join('\n');
    expect(why).toMatch(/user\.contact\.phone_number, but/);
    expect(why).toMatch(/user\.name, but/);
    // The invoice we keep for tax carries the postal address (payment_receipt/accounting; review 3 EU-m9).
    expect(why).toMatch(/user\.contact\.address, but payment_receipt\/accounting uses it for essential\.legal_obligation\.accounting/);
  });
  it('3. a contract with ourselves for storage at our own establishment', () => {
    const a: Assertion = { kind: 'transfer', flows: ['delivery'], data: ['user.name'], party: { kind: 'organization', name: org.controller.name }, place: 'DE', mechanism: 'contract' };
    const why = unsupported(a, world('order_shipped', 'sg')).join('\n');
    expect(why).toMatch(/own establishment in DE is stated as a transfer/);
    expect(why).toMatch(/needs another party/);
  });
  it('4. adequacy for a recipient in the United States that is not DPF-certified', () => {
    const f = world('order_shipped', 'eu').flows.find((x) => x.id === 'delivery')!;
    const r = f.recipients[0]!;
    const a: Assertion = { kind: 'transfer', flows: ['delivery'], data: ['user.name'], party: { kind: 'recipient', type: r.type, name: r.name, country: r.country }, place: 'US', mechanism: 'adequacy' };
    expect(unsupported(a, world('order_shipped', 'eu')).join('\n')).toMatch(/only DPF-certified/);
  });
  it('4. dpf for a recipient that is not DPF-certified', () => {
    const f = world('support_followup', 'eu').flows.find((x) => x.id === 'support')!;
    const r = { ...f.recipients[0]!, dpfCertified: false };
    const w = world('support_followup', 'eu');
    w.flows = w.flows.map((x) => (x.id === 'support' ? { ...x, recipients: [r] } : x));
    const a: Assertion = { kind: 'transfer', flows: ['support'], data: ['user.name'], party: { kind: 'recipient', type: r.type, name: r.name, country: r.country }, place: 'US', mechanism: 'dpf' };
    expect(unsupported(a, w).join('\n')).toMatch(/DPF covers only a DPF-certified recipient/);
  });
  it('7. "directly from you" for inferred data', () => {
    const w = world('marketing_promotion', 'california');
    const derived = w.flows.find((f) => f.source?.from === 'derived')!;
    expect(derived).toBeDefined();
    const a: Assertion = { kind: 'source', flows: [derived.id], data: derived.data, source: 'user' };
    expect(unsupported(a, w).join('\n')).toMatch(/stated as user, but flow .* gets it derived/);
  });
});
