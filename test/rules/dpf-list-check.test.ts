/**
 * Rule dpf-list-check (review 9 EU9-1): a clause that says an organisation is certified under the EU-U.S. Data
 * Privacy Framework needs a recorded check of its DPF List entry no older than 12 months, as of the one date a
 * run checks as of (src/check/as-of.ts). Library calls, one in-process CLI call for the flag.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../src/project.js';
import { loadProject } from '../../src/api/load-project.js';
import { runKey } from '../../src/cache/check-cache.js';
import { isIsoDate, monthsAfter, resolveAsOf } from '../../src/check/as-of.js';
import type { Organization, Template } from '../../src/model/types.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES, examples, ROOT } from '../helpers/examples.js';

const ex = examples();
const byId = (id: string) => ex.templates.find((t) => t.id === id)!;
const eu = { region: ex.catalog.region('eu'), locale: 'en' };

/** The dpf-list-check findings of one cell, for an organization and a date to check as of. */
function dpf(t: Template, asOf: string, org: Organization = ex.org, target = eu) {
  const project = new Project(ex.catalog, org, { asOf });
  return project.render(t, target).findings.filter((f) => f.ruleId === 'dpf-list-check');
}

const withChecks = (checks: NonNullable<Organization['dpfChecked']>): Organization => ({ ...ex.org, dpfChecked: checks });

describe('dpf-list-check', () => {
  it('warns for each organisation the clause says is certified while the data record "not checked" (the examples)', () => {
    const found = dpf(byId('support_followup'), '2026-12-07');
    expect(found.map((f) => [f.messageId, f.data['name'], f.severity])).toEqual([
      ['notChecked', 'Zendesk, Inc.', 'warning'],
      ['notChecked', 'Meta Platforms, Inc.', 'warning'],
    ]);
    expect(found[0]!.message).toBe('the clause says Zendesk, Inc. is certified under the EU-U.S. Data Privacy Framework, but no date on which its entry on the DPF List was checked is recorded (dpfChecked: not checked; in flow "support" or organization.yaml)');
    // Meta's record is the channel's: the fix names the organization's record, the one place a user can write it.
    expect(found[1]!.message).toContain('the whatsapp channel\'s flow "whatsapp_cloud_api"');
    expect(found[1]!.fix).toContain('organization.yaml `dpfChecked: { "Meta Platforms, Inc.": { checked: YYYY-MM-DD, due: YYYY-MM-DD } }`');
    expect(dpf(byId('payment_receipt'), '2026-12-07').map((f) => f.data['name'])).toEqual(['Stripe, Inc.']);
  });

  it('is quiet within 12 months of the recorded check, stale the day after, and the organization record counts', () => {
    const org = withChecks({ 'Stripe, Inc.': '2025-12-07' });
    expect(dpf(byId('payment_receipt'), '2026-12-07', org)).toEqual([]);
    const stale = dpf(byId('payment_receipt'), '2026-12-08', org);
    expect(stale.map((f) => f.messageId)).toEqual(['stale']);
    expect(stale[0]!.message).toBe('the clause says Stripe, Inc. is certified under the EU-U.S. Data Privacy Framework, but its entry on the DPF List was last checked active on 2025-12-07, more than 12 months ago: check it again');
    // The message names no as-of date: the same text on every later day.
    expect(dpf(byId('payment_receipt'), '2027-05-01', org)[0]!.message).toBe(stale[0]!.message);
  });

  // Review 11 L11-6: a check shows the entry active on its day only; the entry re-certifies on its own anniversary.
  it('warns once the entry\'s recorded re-certification due date has passed, well inside 12 months of the check', () => {
    const org = withChecks({ 'Stripe, Inc.': { checked: '2026-12-07', due: '2027-01-15' } });
    expect(dpf(byId('payment_receipt'), '2027-01-15', org)).toEqual([]);
    const due = dpf(byId('payment_receipt'), '2027-01-16', org);
    expect(due.map((f) => f.messageId)).toEqual(['due']);
    expect(due[0]!.message).toBe('the clause says Stripe, Inc. is certified under the EU-U.S. Data Privacy Framework, but its entry on the DPF List was due for re-certification on 2027-01-15 (last checked active on 2026-12-07): check it again');
    const note = new Project(ex.catalog, org, { asOf: '2027-01-16' }).render(byId('payment_receipt'), eu).clause.elements.flatMap((e) => e.notes ?? []).find((n) => n.key === 'mechanism.dpf')!.note;
    expect(note).toContain('Stripe, Inc.: active on 2026-12-07, re-certification due 2027-01-15.');
    // The template's own field takes the same shape.
    const base = byId('payment_receipt');
    const t: Template = { ...base, flows: base.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => (r.subProcessor ? { ...r, subProcessor: { ...r.subProcessor, dpfChecked: { checked: '2026-12-07', due: '2027-01-15' } } } : r)) })) };
    expect(dpf(t, '2027-02-01').map((f) => f.messageId)).toEqual(['due']);
  });

  it('a check recorded after the date checked as of is reported, with that date', () => {
    const found = dpf(byId('payment_receipt'), '2026-12-07', withChecks({ 'Stripe, Inc.': '2026-12-09' }));
    expect(found.map((f) => f.messageId)).toEqual(['future']);
    expect(found[0]!.message).toContain('on 2026-12-09, after the date this check is made as of (2026-12-07)');
  });

  it('the later of the template\'s and the organization\'s record counts; the notes say the same', () => {
    const org = withChecks({ 'Zendesk, Inc.': '2026-10-01', 'Meta Platforms, Inc.': '2026-11-30' });
    expect(dpf(byId('support_followup'), '2026-12-07', org)).toEqual([]);
    const note = new Project(ex.catalog, org, { asOf: '2026-12-07' }).render(byId('support_followup'), eu).clause.elements.flatMap((e) => e.notes ?? []).find((n) => n.key === 'mechanism.dpf')!.note;
    expect(note).toContain('DPF List entry checked (as the data record it, dpfChecked): Zendesk, Inc.: active on 2026-10-01; Meta Platforms, Inc.: active on 2026-11-30.');
  });

  it('no finding where no clause states a certification (california, sg)', () => {
    for (const region of ['california', 'sg']) expect(dpf(byId('support_followup'), '2026-12-07', ex.org, { region: ex.catalog.region(region), locale: 'en' }), region).toEqual([]);
  });
});

describe('the date a run checks as of (src/check/as-of.ts)', () => {
  it('is the one given, else today in UTC; a wrong one is a usage error', () => {
    expect(resolveAsOf('2026-12-07')).toBe('2026-12-07');
    expect(resolveAsOf(undefined, () => new Date('2027-01-02T23:59:59Z'))).toBe('2027-01-02');
    expect(() => resolveAsOf('2026-02-30')).toThrow(/not a date/);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(monthsAfter('2024-02-29', 12)).toBe('2025-02-28');
    expect(monthsAfter('2025-12-07', 12)).toBe('2026-12-07');
  });

  it('comes from the library option or the config, and is part of the cache key', () => {
    const a = loadProject({ cwd: ROOT, config: false, templates: [path.join(EXAMPLES, 'templates', 'payment_receipt.yaml')], asOf: '2026-12-07' });
    const b = loadProject({ cwd: ROOT, config: false, templates: [path.join(EXAMPLES, 'templates', 'payment_receipt.yaml')], asOf: '2027-12-08' });
    expect(a.asOf).toBe('2026-12-07');
    expect(a.config.origins.asOf?.layer).toBe('option');
    expect(runKey(a, [], [])).not.toBe(runKey(b, [], []));
    // test/fixtures/project pins `asOf: 2026-12-07` in its disclose.config.yaml.
    const fixture = loadProject({ cwd: path.join(ROOT, 'test', 'fixtures', 'project') });
    expect(fixture.asOf).toBe('2026-12-07');
    expect(fixture.config.origins.asOf?.layer).toBe('config');
  });

  it('--as-of on the command line: a wrong date exits 2 naming the flag', async () => {
    const r = await cli(['check', 'examples/templates/payment_receipt.yaml', '--region', 'eu', '--as-of', '2026-13-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of "2026-13-01" is not a date');
  });
});
