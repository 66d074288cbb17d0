/**
 * The notes the review pack shows with a clause (clause.unsettled in data/<template>.json and the page), from
 * the elements the clause is rendered with (review 7):
 * - CA7-3: California's payment_receipt shows Stripe, Inc.'s own note on the sub-processor element, not the
 *   region's Meta note (California restricts no transfers, so "outside the region" never held there).
 * - CN7-4: China's sensitive-data element carries the Art. 13(2) / Art. 29 separate-consent question.
 * - ID7-1: the articles beside the notes are cited as the clause cites them, in the text's language
 *   ("Pasal 56 ayat (3) UU PDP"), not in English form.
 */
import { describe, expect, it } from 'vitest';
import { unsettledOf } from '../../src/export/write-template.js';
import { examples } from '../helpers/examples.js';

function render(template: string, region: string, locale: string) {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  return renderer.render(t, catalog.region(region), locale, org);
}

describe('review pack notes (review 7)', () => {
  it("CA7-3: California payment_receipt carries Stripe, Inc.'s note, not Meta's", () => {
    for (const locale of ['en', 'es']) {
      const el = render('payment_receipt', 'california', locale).clause.elements.find((e) => e.id === 'sub_processors')!;
      expect(el.written, locale).toBe(true);
      expect(el.unsettled, locale).toMatch(/^Stripe, Inc\.: /);
      // The region's fixed note on Meta's US storage (regions/california.yaml sub_processors) is not there.
      expect(el.unsettled, locale).not.toContain("as the sub-processor behind Meta Platforms Ireland Limited's default US storage");
    }
    // A WhatsApp clause still shows the note on Meta Platforms, Inc.
    const wa = render('order_shipped', 'california', 'en').clause.elements.find((e) => e.id === 'sub_processors')!;
    expect(wa.unsettled).toContain("as the sub-processor behind Meta Platforms Ireland Limited's default US storage");
  });

  it('CN7-4: the sensitive-data element of payment_receipt shows the Art. 13(2) / Art. 29 question', () => {
    const res = render('payment_receipt', 'china', 'zh-CN');
    const el = res.clause.elements.find((e) => e.id === 'sensitive_necessity')!;
    expect(el.written).toBe(true);
    expect(el.unsettled).toMatch(/Art\. 29.*separate consent.*Art\. 13\(2\)/);
    expect(unsettledOf(res.clause.elements).unsettled!.map((u) => u.id)).toContain('sensitive_necessity');
  });

  it('ID7-1: the pack cites Indonesian provisions as the clause does (Pasal …)', () => {
    const res = render('order_shipped', 'id', 'id');
    const notes = unsettledOf(res.clause.elements).unsettled!;
    const contract = notes.find((n) => n.id === 'transfer: mechanism.contract')!;
    expect(contract.article).toBe('Pasal 56 ayat (3) UU PDP');
    for (const n of notes) expect(n.article, n.id).not.toMatch(/\bArt\. \d/);
  });
});
