/**
 * California edits before publication (/work/notes/review-china-eu-ca.md §3): CA-5 payment card as
 * sensitive personal information only with its security code, CA-8 "or" in a denial, CA-9 the
 * log-in credential named as the phone number with the passcode, CA-10 the CCPA's verbs in Spanish
 * (not the GDPR's "tratar", which the EU Spanish text keeps). Law: Cal. Civ. Code §1798.140(ae)(1)(B),
 * §1798.100(a)(1) (https://leginfo.legislature.ca.gov, checked 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { Renderer } from '../../src/render/renderer.js';
import type { Template } from '../../src/model/types.js';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (id: string, lng: string, region = 'california') => renderer.render(tpl(id), catalog.region(region), lng, org);

describe('CA-5: a payment card is sensitive personal information only with its security code', () => {
  it('the example (no security code passes through us): a customer record, no SPI line', () => {
    const en = render('payment_receipt', 'en').clause.text;
    expect(en).toContain('Categories of personal information (Cal. Civ. Code §1798.140(v)): identifiers (name, email address, and postal address); customer records (payment card details and your card brand and the last four digits of your card); commercial information (transaction details).');
    // Stripe collects the card; we keep its brand and last four digits only (review 3 EU-m14).
    expect(en).not.toMatch(/We (store|keep) your [^.]*payment card details/);
    expect(en).not.toContain('Sensitive personal information');
    expect(en).not.toMatch(/sensitive personal information/i);
    const es = render('payment_receipt', 'es').clause.text;
    expect(es).not.toMatch(/información personal sensible/i);
  });

  it('a flow that carries the security code: the categories line and the SPI line agree', () => {
    const base = tpl('payment_receipt');
    const withCode: Template = { ...base, flows: base.flows.map((f) => (f.id === 'payment' ? { ...f, data: [...f.data, 'user.financial.credit_card.security_code'] } : f)) };
    const en = renderer.render(withCode, catalog.region('california'), 'en', org).clause.text;
    expect(en).toContain('sensitive personal information: financial account information (your payment card details with the card security code)');
    // Both SPI lines name the category with the data that make it one, as the categories line does (review 3 CA-m1).
    expect(en).toContain('Sensitive personal information in this section: financial account information (your payment card details with the card security code).');
    expect(en).toContain('Sensitive personal information (financial account information: your payment card details with the card security code) serves only purposes permitted by 11 CCR §7027(m)(1) and (m)(6), so a request to limit does not apply to it.');
  });

  it('the card stays sensitive where the region\'s own list says so (PIPL)', () => {
    expect(render('payment_receipt', 'zh-CN', 'china').clause.text).toContain('银行卡信息');
    expect(catalog.taxonomy.data.get('user.financial.credit_card')!.sensitive).toEqual(expect.arrayContaining(['pipl']));
    expect(catalog.taxonomy.data.get('user.financial.credit_card')!.sensitive).not.toContain('ccpa');
  });
});

describe('CA-8: a denial lists its data with "or"', () => {
  it('en and es', () => {
    expect(render('appointment_reminder', 'en').clause.text).toContain('We do not sell or share your name, phone number, or appointment details.');
    // marketing_promotion sells to AdReach Media (review CA-A): it denies only what is neither sold nor shared.
    expect(render('marketing_promotion', 'en').clause.text).toContain('We do not sell or share your name, shopping preferences, or message content.');
    expect(render('appointment_reminder', 'es').clause.text).toContain('No vendemos ni compartimos los siguientes datos: nombre, número de teléfono o datos de la cita.');
    for (const t of templates) expect(render(t.id, 'en').clause.text).not.toMatch(/We do not sell[^.]*, and /);
  });
  it('the reader reads every item of the "or" list as denied', () => {
    const claims = readClaims('We do not sell or share your name, phone number, or appointment details.', catalog.locale('en')).claims.map(describeClaim);
    expect(claims.filter((c) => c.startsWith('not sell'))).toHaveLength(3);
  });
});

describe('CA-9: the log-in credential is the phone number with the passcode', () => {
  it('en and es categories line', () => {
    expect(render('one_time_passcode', 'en').clause.text).toContain('sensitive personal information: account log-in credentials (your phone number with the one-time passcode)');
    expect(render('one_time_passcode', 'es').clause.text).toContain('información personal sensible: credenciales de acceso a una cuenta (número de teléfono junto con código de un solo uso)');
  });
  it('the taxonomy decides (ccpaWith): without it the passcode stands alone', () => {
    const own = loadCatalog();
    delete own.taxonomy.data.get('user.authorization.one_time_code')!.ccpaWith;
    const text = new Renderer(own).render(tpl('one_time_passcode'), own.region('california'), 'en', org).clause.text;
    expect(text).toContain('account log-in credentials (one-time passcode)');
  });
});

describe('CA-10: California Spanish uses the CCPA\'s verbs', () => {
  it('"recopilamos y usamos" in California, "tratamos" in the EU', () => {
    const ca = render('order_shipped', 'es').clause.text;
    expect(ca).toContain('Para la finalidad «entrega de pedidos», recopilamos y usamos los siguientes datos: nombre, número de teléfono y dirección postal.');
    expect(ca).not.toContain('tratamos');
    const eu = render('order_shipped', 'es', 'eu').clause.text;
    expect(eu).toContain('tratamos los siguientes datos');
    expect(eu).not.toContain('recopilamos y usamos');
  });
  it('the reader reads "recopilamos y usamos" as one collect, not as a use', () => {
    const claims = readClaims('Para la finalidad «entrega del pedido», recopilamos y usamos los siguientes datos: nombre.', catalog.locale('es')).claims.map(describeClaim);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.startsWith('collect'))).toBe(true);
  });
});
