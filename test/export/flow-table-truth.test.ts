/**
 * The review pack's flows table (data/<template>.json `flowTable`, the page's table) is built from the facts
 * the clause is rendered from, so the signing lawyer reads no gap the clause does not have (review 7):
 * - TH7-4(a) / VN7-4: the basis is the one the clause states (basisIn: a foreign tax duty on the region's
 *   foreignObligationBasis), with its gloss where the clause has one;
 * - TH7-4(b) / VN7-4: our own storage abroad is shown as the clause states it, never "no transfer out of
 *   the region";
 * - TH7-4(c) / CN7-3: the recipients' retention criteria the clause states, never "not declared";
 * - TH7-4(d) / SEA7-6: an unsettled route names its note, never "see the findings" where there is none;
 * - SG7-1: Singapore's s.15 is deemed consent, not "performance of a contract";
 * - ID7-1: citations in the language of the region's text ("Pasal … UU PDP"), as the clause cites.
 * In-process (flowViews), from the examples.
 */
import { describe, expect, it } from 'vitest';
import { flowViews, type FlowView } from '../../src/export/flow-view.js';
import type { Project, Target } from '../../src/project.js';
import { examples } from '../helpers/examples.js';

function table(template: string, regions: string[]): FlowView[] {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  const project = { catalog, org, renderer } as unknown as Project;
  const targets: Target[] = regions.map((id) => ({ region: catalog.region(id), locale: catalog.region(id).locales[0]! }));
  return flowViews(project, t, targets);
}

const REGIONS = ['eu', 'california', 'china', 'th', 'vn', 'sg', 'id', 'my', 'ph'];
const rows = table('payment_receipt', REGIONS);
const row = (id: string) => rows.find((r) => r.id === id)!;
const of = (list: Array<{ region: string; text: string }>, region: string) => list.find((x) => x.region === region)!.text;

describe('review pack flows table: the facts the clause states (review 7)', () => {
  it('TH7-4(a), VN7-4: accounting shows the basis the clause uses (Thailand s.24(5), Vietnam điểm d), cited as the clause cites', () => {
    const a = row('accounting');
    expect(of(a.basis, 'th')).toMatch(/^our legitimate interests \(มาตรา 24 \(5\)/);
    expect(of(a.basis, 'th')).not.toMatch(/24 \(6\)|24\(6\)/);
    expect(of(a.basis, 'vn')).toMatch(/^performance of the sale contract with you, including issuing and keeping invoices under the tax law of Germany .*\(điểm d khoản 1 Điều 19 /);
    expect(of(a.basis, 'vn')).not.toMatch(/đ\)|điểm đ/);
    // The EU states its own legal obligation.
    expect(of(a.basis, 'eu')).toMatch(/^compliance with a legal obligation \(Art\. 6\(1\)\(c\) GDPR\)$/);
  });

  it('TH7-4(b), VN7-4: data we store in Germany are shown as stored there, as the clause says (Vietnam: a transfer under Điều 20)', () => {
    for (const id of ['payment_records', 'card_receipt', 'accounting']) {
      for (const region of ['th', 'vn', 'sg', 'id', 'my', 'ph', 'china']) {
        const text = of(row(id).transfer, region);
        expect(text, `${id} ${region}`).not.toBe('no transfer out of the region');
        expect(text, `${id} ${region}`).toMatch(/^our own establishment in Germany \(DE\): stored there by us/);
      }
      expect(of(row(id).transfer, 'vn')).toContain('chuyển dữ liệu cá nhân xuyên biên giới theo điểm c khoản 1 Điều 20');
      // Inside the EEA and in California, no transfer out of the region.
      expect(of(row(id).transfer, 'eu')).toBe('no transfer out of the region');
    }
    const offers = table('marketing_promotion', ['th']).filter((r) => /offers|preferences/.test(r.id));
    expect(offers.length).toBeGreaterThan(0);
    for (const r of offers) expect(of(r.transfer, 'th'), r.id).not.toBe('no transfer out of the region');
  });

  it("TH7-4(c), CN7-3: the payment flow shows Stripe's retention criteria, not 'not declared'", () => {
    const ret = row('payment').retention;
    expect(ret).not.toBe('not declared');
    expect(ret).toMatch(/^kept by Stripe Payments Europe: for as long as it needs them to complete the payment/);
  });

  it("TH7-4(d), SEA7-6: an unsettled route names the note that exists, never 'see the findings'", () => {
    for (const template of ['payment_receipt', 'order_shipped', 'marketing_promotion']) {
      for (const r of table(template, REGIONS)) for (const t of r.transfer) expect(t.text, `${template} ${r.id} ${t.region}`).not.toMatch(/see the findings/);
    }
    const stripeUs = of(row('payment').transfer, 'th');
    expect(stripeUs).toContain("Stripe Payments Europe, stored in United States (US): the recipient's own transfer to where it stores the data");
    expect(stripeUs).toContain('(see the sub-processor note on the clause)');
  });

  it('SG7-1: Singapore glosses s.15 as deemed consent', () => {
    const sg = of(row('payment').basis, 'sg');
    expect(sg).toMatch(/^deemed consent .*\(section 15 of the PDPA 2012\)$/);
    expect(sg).not.toMatch(/performance of a contract/);
  });

  it('ID7-1: Indonesian citations in Indonesian form', () => {
    expect(of(row('payment').basis, 'id')).toMatch(/\(Pasal 20 ayat \(2\) huruf b UU PDP\)$/);
    expect(of(row('accounting').basis, 'id')).toMatch(/\(Pasal 20 ayat \(2\) huruf f UU PDP\)$/);
    for (const r of rows) for (const x of [...r.basis, ...r.transfer].filter((y) => y.region === 'id')) expect(x.text).not.toMatch(/Art\. \d/);
    expect(of(row('payment').transfer, 'id')).toContain('(Pasal 56 ayat (3) UU PDP)');
  });
});
