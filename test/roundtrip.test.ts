import { describe, expect, it } from 'vitest';
import { claimKey, describeClaim, uniqueClaims } from '../src/claims/claim.js';
import { readClaims } from '../src/claims/read-claims.js';
import { examples, regionLocales } from './helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const names = (t: (typeof templates)[number]) => t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
const show = (claims: ReturnType<typeof uniqueClaims>) => claims.map(describeClaim).sort();

describe('claims read back from rendered text equal the claims the renderer wrote', () => {
  for (const t of templates) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`${t.id} × ${region} × ${locale}`, () => {
        const res = renderer.render(t, catalog.region(region), locale, org);
        const loc = catalog.locale(locale);
        const footer = readClaims(res.footer.text, loc, { names: names(t) });
        expect(show(footer.claims)).toEqual(show(uniqueClaims(res.footer.claims)));
        const clause = readClaims(res.clause.text, loc, { names: names(t) });
        expect(show(clause.claims)).toEqual(show(uniqueClaims(res.clause.claims)));
        expect(clause.claims.map(claimKey)).toEqual(uniqueClaims(res.clause.claims).map(claimKey));
      });
    }
  }
});
