import { describe, expect, it } from 'vitest';
import { groupByClause, mergeTemplates } from '../../src/policy/merge-templates.js';
import { Renderer } from '../../src/render/renderer.js';
import { examples } from '../helpers/examples.js';
import { template } from '../helpers/check-case.js';

describe('mergeTemplates', () => {
  const a = template((t) => {
    t.id = 'a';
    t.channel = 'whatsapp';
  });
  const b = template((t) => {
    t.id = 'b';
    t.channel = 'whatsapp';
    t.clause = { id: 'delivery', number: '7.1', title: 'Other' } as typeof t.clause;
    (t.flows as unknown[]).push({ id: 'returns', data: ['user.contact.email'], purpose: 'essential.service.order_delivery', legalBasis: 'contract', storage: ['DE'], retention: { value: 30, unit: 'day', from: 'delivery' } });
  });

  it('returns a single template as it is', () => {
    expect(mergeTemplates([a])).toBe(a);
  });
  it('takes the union of the declared flows, one copy of a flow both declare, and each implied flow once', () => {
    const m = mergeTemplates([a, b]);
    const ids = m.flows.map((f) => `${f.id}${f.implied ? ` (${f.implied})` : ''}`);
    expect(ids.filter((i) => i === 'delivery')).toHaveLength(1);
    expect(ids).toContain('returns');
    const implied = m.flows.filter((f) => f.implied);
    expect(implied.length).toBeGreaterThan(0);
    expect(new Set(implied.map((f) => f.id)).size).toBe(implied.length);
    // Declared flows first, then the channels' implied ones.
    expect(m.flows.findIndex((f) => f.implied)).toBeGreaterThan(m.flows.findIndex((f) => f.id === 'returns'));
  });
  it('keeps two different flows that share an id', () => {
    const c = template((t) => {
      t.id = 'c';
      t.flows[0]!.retention = { value: 90, unit: 'day', from: 'delivery' };
    });
    expect(mergeTemplates([a, c]).flows.filter((f) => f.id === 'delivery')).toHaveLength(2);
  });
  it('takes the first clause number and title given', () => {
    expect(mergeTemplates([a, b]).clause).toEqual({ id: 'delivery', number: '5.2', title: 'Order delivery' });
  });
  it('renders one statement set for the group', () => {
    const { catalog, org } = examples();
    const r = new Renderer(catalog);
    const body = r.render(mergeTemplates([a, b]), catalog.region('eu'), 'en', org).clause.body;
    expect(body).toMatch(/email address/);
    expect(body).toMatch(/SwiftShip Logistics/);
    expect(body.split('\n').filter((l) => /Meta Platforms/.test(l) && /^We disclose/.test(l))).toHaveLength(1);
  });
  it('groups templates by clause id in the order given', () => {
    const other = template((t) => {
      t.id = 'x';
      t.clause = { id: 'payments', number: '5.3', title: 'Payments' } as typeof t.clause;
    });
    const groups = groupByClause([a, other, b]);
    expect([...groups.keys()]).toEqual(['delivery', 'payments']);
    expect(groups.get('delivery')!.map((t) => t.id)).toEqual(['a', 'b']);
  });
});
