/**
 * Review 8 (EU and California; /work/notes/review-8-eu-ca.md), issue 17, rendered in-process (library calls only):
 * - EU8-6: the general legal-obligation line. The de and nl frames of statement.obligedToProvide take the
 *   consequence as the region's own consequences are written ("Ohne diese Daten können wir …", "Zonder deze
 *   gegevens kunnen wij …", as statement.required), and the person's obligation, declared either way, counts as
 *   the Art. 13(2)(e) element (no false region-element-missing).
 */
import { describe, expect, it } from 'vitest';
import { caseProject, findings, template, type Raw } from '../helpers/check-case.js';

const EU = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];

/** The consequence in each EU locale, worded as the region's requirementConsequence.* (the frame of statement.required). */
const AGE_CONSEQUENCE: Record<string, string> = {
  en: 'we cannot deliver age-restricted goods to you',
  de: 'können wir Ihnen keine altersbeschränkten Waren liefern',
  fr: 'nous ne pouvons pas vous livrer de produits soumis à une limite d’âge',
  es: 'no podemos entregarle productos con restricción de edad',
  it: 'non possiamo consegnarLe prodotti soggetti a limiti di età',
  nl: 'kunnen wij u geen goederen met een leeftijdsgrens leveren',
  pl: 'nie możemy dostarczyć Ci towarów z ograniczeniem wiekowym',
};

/** A template whose only flow is a legal obligation with no records (the reviewer's throw-away template). */
function onlyDuty(extra: Record<string, unknown>) {
  return (t: Raw) => {
    t.flows = [
      {
        id: 'age_check',
        data: ['user.name', 'user.contact.address'],
        purpose: 'essential.legal_obligation',
        legalBasis: 'legal_obligation',
        storage: ['DE'],
        retention: { value: 180, unit: 'day', from: 'delivery' },
        ...extra,
      },
    ] as unknown as Raw['flows'];
  };
}

describe('EU8-6: the general legal-obligation line', () => {
  const p = caseProject();
  const eu = p.catalog.region('eu');

  it('de and nl: the consequence follows "Ohne diese Daten" / "Zonder deze gegevens", as in statement.required', () => {
    const change = onlyDuty({ required: true, consequence: AGE_CONSEQUENCE });
    const text = (locale: string) => p.render(template(change), { region: eu, locale }).clause.text;
    expect(text('de')).toContain('bereitzustellen: Name und Postanschrift. Ohne diese Daten können wir Ihnen keine altersbeschränkten Waren liefern.');
    expect(text('nl')).toContain('te verstrekken voor het doel “nakoming van een wettelijke verplichting”: naam en postadres. Zonder deze gegevens kunnen wij u geen goederen met een leeftijdsgrens leveren.');
    expect(text('de')).not.toMatch(/Folge der Nichtbereitstellung/);
    expect(text('nl')).not.toMatch(/Gevolg als u ze niet verstrekt/);
    // The one consequence fits both frames: the same words after "Ohne diese Daten" in the contract line.
    for (const locale of EU) expect(text(locale), locale).toContain(AGE_CONSEQUENCE[locale]!);
  });

  for (const required of [true, false]) {
    it(`required: ${required}: the person's obligation is the Art. 13(2)(e) element in every EU locale (no region-element-missing)`, () => {
      const change = onlyDuty(required ? { required, consequence: AGE_CONSEQUENCE } : { required });
      for (const locale of EU) {
        const out = p.render(template(change), { region: eu, locale });
        expect(out.clause.text, locale).toMatch(required ? /./ : /No law obliges you|nicht verpflichtet|Aucune loi|Ninguna ley|Nessuna legge|niet verplicht|Żaden przepis/);
        expect(findings('region-element-missing', { change, region: 'eu', locale }).map((f) => f.message), locale).toEqual([]);
        expect(out.clause.elements.find((e) => e.id === 'statutory_or_contractual'), locale).toBeDefined();
      }
    });
  }
});
