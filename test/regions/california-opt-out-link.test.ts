/**
 * Review 5 CA-B (MAJOR, /work/notes/review-5-eu-ca.md): a business that sells or shares personal
 * information gives its opt-out link in every California notice at collection, not only in the clause
 * whose own flow sells (Cal. Civ. Code §1798.135(a); 11 CCR §7012(e)): the condition is project-wide
 * (`businessSellsOrShares`). Without the link's address, rule ccpa-opt-out-link (error) instead of a
 * line with a placeholder; a business that neither sells nor shares gets neither. Also CA-n1 (the
 * footers' policy link), CA-n4 (CCPA's "service provider", not the GDPR's sub-processor) and CA-n5
 * (es: the inferred preferences' source). In-process, through a Project as every command opens it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/api/load-project.js';
import { render } from '../../src/api/render.js';
import { check } from '../../src/api/check.js';
import { DiscloseError } from '../../src/errors.js';
import { copyExamples } from '../helpers/tree.js';

const TEMPLATES = ['appointment_reminder', 'marketing_promotion', 'one_time_passcode', 'order_shipped', 'payment_receipt', 'service_hours_notice', 'support_followup'];
const LINK = 'https://nordlicht.example/privacy/do-not-sell';
const EN = `Do Not Sell or Share My Personal Information: ${LINK}`;
const ES = `No vender ni compartir mi información personal: ${LINK}`;

function project(dir: string) {
  return loadProject({ config: false, cwd: dir, templates: [path.join(dir, 'templates')], org: path.join(dir, 'organization.yaml') });
}
const clause = (p: ReturnType<typeof project>, t: string, locale: string) => render(p, t, { region: 'california', locale }).clause.text;
const footer = (p: ReturnType<typeof project>, t: string, locale: string) => render(p, t, { region: 'california', locale }).footer;

function editFile(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(full, text.replace(from, to));
}

/** The copied marketing_promotion's AdReach flow neither sold nor shared: no flow of the project sells or shares. */
function noSale(dir: string): void {
  editFile(dir, 'templates/marketing_promotion.yaml', '    shared: true\n', '    shared: false\n');
  editFile(dir, 'templates/marketing_promotion.yaml', '        sold: true\n', '        sold: false\n');
}

describe('CA-B: the opt-out link in every California clause of a business that sells or shares', () => {
  const p = project(copyExamples());

  it('every template, en and es, gives the link once, also where its own data are not sold', () => {
    for (const t of TEMPLATES) {
      const en = clause(p, t, 'en');
      const es = clause(p, t, 'es');
      expect(en.split('\n').filter((l) => l.trim() === EN), `${t} en`).toHaveLength(1);
      expect(es.split('\n').filter((l) => l.trim() === ES), `${t} es`).toHaveLength(1);
    }
    // A template whose own data are not sold says so, and still gives the link.
    const order = clause(p, 'order_shipped', 'en');
    expect(order).toMatch(/^We do not sell or share your name, phone number, postal address, or message content\.$/m);
    expect(render(p, 'order_shipped', { region: 'california', locale: 'en' }).clause.elements.find((e) => e.id === 'opt_out_link')).toMatchObject({ written: true, missing: [] });
  });

  it('the element cites §1798.135(a)(1) and §7012(e), with the unsettled note on §7012(e) for the reviewer', () => {
    const el = render(p, 'support_followup', { region: 'california', locale: 'en' }).clause.elements.find((e) => e.id === 'opt_out_link')!;
    expect(el.article).toContain('1798.135(a)(1)');
    expect(el.article).toContain('7012(e)');
    expect(el.unsettled).toMatch(/§7012\(e\)/);
  });

  it('check finds nothing for the examples in California', () => {
    expect(check(p, { regions: ['california'], locales: 'all' }).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a business that neither sells nor shares: no link, no sentence, and no finding without the address', () => {
    const dir = copyExamples();
    noSale(dir);
    editFile(dir, 'organization.yaml', `  optOutUrl: ${LINK}\n`, '');
    const q = project(dir);
    for (const t of TEMPLATES) {
      for (const lng of ['en', 'es']) {
        const text = clause(q, t, lng);
        expect(text, `${t} ${lng}`).not.toContain('Do Not Sell or Share My Personal Information');
        expect(text, `${t} ${lng}`).not.toContain('No vender ni compartir mi información personal');
      }
    }
    expect(check(q, { regions: ['california'] }).filter((f) => f.ruleId === 'ccpa-opt-out-link' || f.ruleId === 'region-element-missing')).toEqual([]);
  });

  it('the organization declares that it sells or shares elsewhere (california.sellsOrShares): the link in every clause', () => {
    const dir = copyExamples();
    noSale(dir);
    editFile(dir, 'organization.yaml', `  optOutUrl: ${LINK}\n`, `  optOutUrl: ${LINK}\n  sellsOrShares: true\n`);
    const q = project(dir);
    for (const t of TEMPLATES) expect(clause(q, t, 'en'), t).toContain(EN);
  });

  it('sells without the address: one ccpa-opt-out-link error per locale at the california section, naming the flow; no placeholder', () => {
    const dir = copyExamples();
    editFile(dir, 'organization.yaml', `  optOutUrl: ${LINK}\n`, '');
    const q = project(dir);
    const findings = check(q, { regions: ['california'], locales: 'all' }).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.locale}`)).toEqual(['ccpa-opt-out-link error en', 'ccpa-opt-out-link error es']);
    const org = readFileSync(path.join(dir, 'organization.yaml'), 'utf8').split('\n');
    expect(findings[0]!.line).toBe(org.indexOf('california:') + 1);
    expect(findings[0]!.file).toBe(path.join(dir, 'organization.yaml'));
    expect(findings[0]!.message).toContain('template marketing_promotion, flow ad_audiences');
    expect(findings[0]!.message).toContain('11 CCR §7012(e)');
    for (const t of TEMPLATES) expect(clause(q, t, 'en'), t).not.toMatch(/Do Not Sell or Share My Personal Information:|\{\{|undefined/);
  });

  it('the Alternative Opt-out Link (11 CCR §7015) under its own title', () => {
    const dir = copyExamples();
    editFile(dir, 'organization.yaml', `  optOutUrl: ${LINK}\n`, `  optOutUrl: ${LINK}\n  alternativeOptOutLink: your_privacy_choices\n`);
    const q = project(dir);
    expect(clause(q, 'order_shipped', 'en')).toContain(`Your Privacy Choices: ${LINK}`);
    expect(clause(q, 'order_shipped', 'es')).toContain(`Sus opciones de privacidad: ${LINK}`);
    expect(clause(q, 'order_shipped', 'en')).not.toContain(EN);
  });

  it('an alternative link title the schema does not know is E_SCHEMA at its line and column', () => {
    const dir = copyExamples();
    editFile(dir, 'organization.yaml', `  optOutUrl: ${LINK}\n`, `  optOutUrl: ${LINK}\n  alternativeOptOutLink: privacy_choices\n`);
    const org = readFileSync(path.join(dir, 'organization.yaml'), 'utf8').split('\n');
    let error: unknown;
    try {
      project(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiscloseError);
    expect(error).toMatchObject({ code: 'E_SCHEMA', line: org.indexOf('  alternativeOptOutLink: privacy_choices') + 1 });
    expect((error as DiscloseError).column).toBeGreaterThan(0);
  });
});

describe('California minors of review 5', () => {
  const p = project(copyExamples());

  it('CA-n1: the summary footers give the policy link, within the channel limit', () => {
    for (const [t, lng] of [['appointment_reminder', 'en'], ['payment_receipt', 'en'], ['payment_receipt', 'es']] as const) {
      const f = footer(p, t, lng);
      expect(f.text, `${t} ${lng}`).toMatch(/ https:\/\/nrdl\.example\/p$/);
      expect(f.fits, `${t} ${lng}`).toBe(true);
    }
    expect(footer(p, 'appointment_reminder', 'en').text).toBe('Name, phone number, appointment details disclosed to messaging provider Sinch Sweden. Privacy §5.5 https://nrdl.example/p');
    expect(footer(p, 'appointment_reminder', 'en').length).toBe(1);
  });

  it('CA-n4: Meta Platforms, Inc. is the provider\'s own service provider, not a GDPR sub-processor', () => {
    expect(clause(p, 'order_shipped', 'es')).toContain('El proveedor de mensajería Meta Platforms Ireland Limited recurre para ello a su propio proveedor de servicios, Meta Platforms, Inc. (Estados Unidos).');
    expect(clause(p, 'order_shipped', 'en')).toContain('Messaging provider Meta Platforms Ireland Limited engages its own service provider Meta Platforms, Inc. (United States) for this storage.');
    for (const t of TEMPLATES) {
      expect(clause(p, t, 'es'), t).not.toMatch(/subencargado|encargado del tratamiento/);
      expect(clause(p, t, 'en'), t).not.toContain('sub-processor');
    }
  });

  it('CA-n5: es names the inferred preferences and their source in its own words, not labels in brackets', () => {
    const es = clause(p, 'marketing_promotion', 'es');
    expect(es).toContain('Deducimos sus preferencias de compra de su historial de pedidos; no le pedimos a usted estos datos.');
    expect(es).not.toContain('Los datos (preferencias de compra) los deducimos');
  });
});
