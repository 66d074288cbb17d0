/**
 * The legal-obligation requirement sentences (statement.requiredByLaw, obligedToProvide*,
 * notObligedToProvide; 26e28b3) read back as the claims the renderer records, in every region and
 * locale, whether the flow declares that the person must provide the data, must not, or says
 * nothing. The example templates never print them, so the round-trip over the examples does not
 * reach them; the renderer fuzz found two that did not read back (2026-12-07): Thai
 * "เรามีหน้าที่ตามกฎหมาย…" read "หน้าที่ตามกฎหมาย" as the purpose legal obligation, and Dutch
 * "… niet verplicht … te verstrekken" as "we do not share".
 *
 * The same sentences state whether the person must provide the data, the element each region asks for
 * (GDPR Art. 13(2)(e), PDPA s.23(2) of Thailand, Act 709 s.7(1)(g)-(h) …): review 8 EU8-6 and TH8-4(b)
 * found region-element-missing errors on clauses that contain the line (no reader cue for it in th, ms,
 * and before ec3755b the EU locales).
 */
import { describe, expect, it } from 'vitest';
import { describeClaim, uniqueClaims, type Claim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import type { Template } from '../../src/model/types.js';
import { examples, regionLocales } from '../helpers/examples.js';
import { findings, type Raw } from '../helpers/check-case.js';

const { catalog, org, templates, renderer } = examples();
const show = (claims: Claim[]) => claims.map(describeClaim).sort();

describe('legal-obligation requirement sentences read back as recorded', () => {
  const base = templates.find((t) => t.id === 'order_shipped')!;
  for (const required of [true, false, undefined] as const) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`required: ${String(required)} × ${region} × ${locale}`, () => {
        const t: Template = { ...base, flows: base.flows.map((f, i) => (i === 0 ? { ...f, legalBasis: 'legal_obligation', required } : f)) };
        const names = t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
        const res = renderer.render(t, catalog.region(region), locale, org);
        const clause = readClaims(res.clause.text, catalog.locale(locale), { names });
        expect(show(clause.claims)).toEqual(show(uniqueClaims(res.clause.claims)));
      });
    }
  }
});

describe('the person\'s obligation, declared either way, is the region\'s requirement element', () => {
  for (const required of [true, false] as const) {
    const change = (t: Raw) => {
      t.flows = t.flows.map((f, i) => (i === 0 ? { ...f, legalBasis: 'legal_obligation', required } : f)) as Raw['flows'];
    };
    for (const { region, locale } of regionLocales(catalog)) {
      it(`required: ${String(required)} × ${region} × ${locale}: no region-element-missing`, () => {
        expect(findings('region-element-missing', { change, region, locale }).map((f) => f.message)).toEqual([]);
      });
    }
  }
});
