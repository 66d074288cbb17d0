/**
 * California review findings (/work/notes/review-china-eu-ca.md §3) held against the rendered examples:
 * the CCPA's own term only in California text, the right to limit only where it is owed (CA-3), the
 * request methods the organization's data make owed (CA-4). Each renders the examples and asserts the
 * sentence. Law: Cal. Civ. Code §§1798.121, 1798.130(a)(1), 1798.140(k); 11 CCR §§7020, 7027(m).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';

type Finding = { ruleId: string; severity: string; message: string };
const ORG_TEXT = readFileSync(path.join(EXAMPLES, 'organization.yaml'), 'utf8');
/** check for one template and region with an organization file written from `text`. */
async function checkWith(text: string, template: string, region: string): Promise<{ code: number; findings: Finding[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclose-ca-review-'));
  const file = path.join(dir, 'organization.yaml');
  writeFileSync(file, text);
  const res = await cli(['check', path.join(EXAMPLES, 'templates', `${template}.yaml`), '--region', region, '--org', file, '--format', 'json']);
  return { code: res.code, findings: JSON.parse(res.out) as Finding[] };
}

const { catalog, org, templates, renderer } = examples();
const ca = catalog.region('california');
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (id: string, lng: string, region = 'california', o = org) => renderer.render(tpl(id), catalog.region(region), lng, o);

describe('"cross-context behavioral advertising" (Cal. Civ. Code §1798.140(k)) is California\'s term only', () => {
  it('California writes the statute\'s term, spelt as the statute spells it', () => {
    const en = render('marketing_promotion', 'en').clause.text;
    expect(en).toContain('For cross-context behavioral advertising we collect and use your phone number, device identifier, and order history.');
    // Sold as well as shared (the example's AdReach Media declares sold: true; review CA-A).
    expect(en).toContain('We sell and share your phone number, device identifier, and order history with advertising partner AdReach Media (United States) for cross-context behavioral advertising.');
    expect(en).not.toContain('behavioural');
    const es = render('marketing_promotion', 'es').clause.text;
    expect(es).toContain('Para la finalidad «publicidad conductual de contexto cruzado»');
  });

  it('every other region writes its own notion: personalised advertising', () => {
    for (const { region, lng } of [{ region: 'eu', lng: 'en' }, { region: 'sg', lng: 'en' }, { region: 'my', lng: 'en' }, { region: 'ph', lng: 'en' }, { region: 'sea', lng: 'en' }, { region: 'eu', lng: 'es' }]) {
      const text = render('marketing_promotion', lng, region).clause.text;
      expect(text, `${region} ${lng}`).not.toMatch(/cross-context|contexto cruzado/i);
    }
    const eu = render('marketing_promotion', 'en', 'eu').clause.text;
    expect(eu).toContain('For personalised advertising we process your phone number, device identifier, and order history.');
    expect(eu).toContain('Legal basis for personalised advertising: your consent (Art. 6(1)(a) GDPR).');
    expect(render('marketing_promotion', 'es', 'eu').clause.text).toContain('Para la finalidad «publicidad personalizada»');
    expect(render('marketing_promotion', 'en', 'sg').clause.text).toContain('for personalised advertising.');
  });

  it('the term is region data (vocabulary: ccpa), and the claim reader reads both wordings as the same purpose', async () => {
    expect(ca.vocabulary).toBe('ccpa');
    expect(catalog.region('eu').vocabulary).toBeUndefined();
    const { code, findings } = await checkWith(ORG_TEXT, 'marketing_promotion', 'california,eu');
    // Review 9 EU9-1: the examples record no check of the DPF List entries their EU clauses rely on (dpf-list-check warns).
    expect(findings.filter((f) => f.severity !== 'info' && f.ruleId !== 'dpf-list-check'), JSON.stringify(findings, null, 1)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('the right to limit the use of sensitive personal information (review CA-3)', () => {
  it('is not offered where every use of sensitive personal information is within 11 CCR §7027(m)', () => {
    for (const t of templates) {
      for (const lng of ca.locales) {
        const res = render(t.id, lng);
        expect(res.clause.text, `${t.id} ${lng}`).not.toMatch(/to limit the use|a limitar el uso|Limit the Use|Limitar el uso/);
        expect(res.clause.text, `${t.id} ${lng}`).not.toMatch(/1798\.121/);
      }
    }
    expect(render('appointment_reminder', 'en').clause.text).toContain('You have the right to know, delete and correct your personal information, to opt out of its sale or sharing and not to be discriminated against for exercising these rights (Cal. Civ. Code §§1798.105, 1798.106, 1798.110, 1798.115, 1798.120, 1798.125).');
  });

  it('is offered, with the Limit link, where a flow uses sensitive personal information beyond §7027(m)', () => {
    const t = tpl('appointment_reminder');
    const beyond = { ...t, flows: t.flows.map((f) => (f.sensitive ? { ...f, sensitive: { ...f.sensitive, ccpaPermitted: [] } } : f)) };
    const res = renderer.render(beyond, ca, 'en', org);
    expect(res.clause.text).toContain('to limit the use and disclosure of your sensitive personal information and not to be discriminated against for exercising these rights (Cal. Civ. Code §§1798.105, 1798.106, 1798.110, 1798.115, 1798.120, 1798.121, 1798.125).');
    expect(res.clause.text).toContain('Limit the Use of My Sensitive Personal Information: https://nordlicht.example/privacy/limit-sensitive');
    expect(renderer.render(beyond, ca, 'es', org).clause.text).toContain('a limitar el uso y la divulgación de su información personal sensible');
  });
});

describe('request methods (review CA-4; §1798.130(a)(1), 11 CCR §7020)', () => {
  it('the rights sentence no longer repeats the e-mail address the request line gives', () => {
    const en = render('order_shipped', 'en').clause.text;
    expect(en).not.toContain('; write to dpo@nordlicht.example');
    expect(render('order_shipped', 'es').clause.text).not.toContain('; escríbanos a');
  });

  it('without a request form on the website the element is reported, not silently dropped', async () => {
    const text = ORG_TEXT.replace(/\n  requestWebform: .*\n/, '\n');
    expect(text).not.toContain('requestWebform');
    const { requestWebform: _dropped, ...rest } = org.california!;
    const res = render('order_shipped', 'en', 'california', { ...org, california: rest } as typeof org);
    expect(res.clause.text).not.toContain('You can submit requests');
    expect(res.clause.elements.find((e) => e.id === 'request_methods')).toMatchObject({ written: false, missing: ['california.requestWebform'] });
    const { code, findings } = await checkWith(text, 'order_shipped', 'california');
    expect(code).toBe(1);
    expect(findings.some((f) => f.ruleId === 'region-element-missing' && f.message.includes('california.requestWebform')), JSON.stringify(findings, null, 1)).toBe(true);
  });

  it('without a toll-free number a business that is not exclusively online gets a finding; one that is, none', async () => {
    const text = ORG_TEXT.replace(/\n  tollFreeNumber: .*\n/, '\n');
    expect(text).not.toContain('tollFreeNumber');
    const missing = await checkWith(text, 'order_shipped', 'california');
    expect(missing.findings.some((f) => f.ruleId === 'region-element-missing' && f.message.includes('california.tollFreeNumber')), JSON.stringify(missing.findings, null, 1)).toBe(true);
    const online = await checkWith(text.replace('\ncalifornia:\n', '\ncalifornia:\n  exclusivelyOnline: true\n'), 'order_shipped', 'california');
    expect(online.findings.filter((f) => f.ruleId === 'region-element-missing'), JSON.stringify(online.findings, null, 1)).toEqual([]);
    expect(online.code).toBe(0);
  });
});
