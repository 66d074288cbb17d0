/**
 * A sentence on the right to erasure states no keeping (issue 18, held-out-5 cause C15): "Sie können …
 * Daten löschen oder sperren lassen", "U mag uw gegevens … laten verwijderen" were vague retention
 * statements for every flow, because the base reader has "löschen" and "verwijderen" as verbs of
 * keeping; in a policy people wrote a verb of deleting (reader.yaml `policy.deletion`) states keeping
 * only beside a period. Policies in our own words, checked against examples/templates/order_shipped.yaml
 * (courier flow `delivery`, 180 days from delivery).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('rights-deletion-');

describe('the right to erasure is no retention statement', () => {
  it.each([
    ['de', '## Ihre Rechte', 'Sie können Auskunft verlangen und Ihre Daten berichtigen oder löschen lassen.'],
    ['nl', '## Uw rechten', 'U mag uw gegevens opvragen, laten aanpassen of laten verwijderen.'],
  ])('%s', async (lng, heading, line) => {
    const fs = await check(`rechte-${lng}.md`, ['# Datenschutz', '', heading, '', line].join('\n'), ['--region', 'eu', '--locale', lng]);
    expect(one(fs, 'delivery', 'retention').data.class).toBe('omitted');
  });

  it('a verb of deleting beside a period still states the keeping', async () => {
    const fs = await check('frist.md', ['# Datenschutz', '', '## Speicherdauer', '', 'Name, Anschrift und Telefonnummer für den Versand löschen wir 180 Tage nach der Zustellung.'].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
