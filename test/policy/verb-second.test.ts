/**
 * German puts the verb of a main clause before its negation: "Wir übermitteln keine Daten in Länder
 * außerhalb der EU" denies transfers as "we transfer no data outside the EU" does (issue 18; cause
 * A7 of eval/policies/held-out-3/ANALYSIS.md). de reader.yaml policy.verbSecond. Our own words;
 * checked against examples/templates/order_shipped.yaml, whose courier SwiftShip Logistics is in the
 * US: the denial contradicts that transfer (incorrect), where it was read as a vague disclosure.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('verb-second-');

const policy = (sentence: string) =>
  [
    '# Datenschutz bei Birkenweg Leuchten', // 1
    '', // 2
    '## Empfänger', // 3
    '', // 4
    'Der Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Telefonnummer und Ihre Anschrift, um Ihnen die Lieferung zu bringen.', // 5
    '', // 6
    '## Übermittlung in Drittländer', // 7
    '', // 8
    sentence, // 9
  ].join('\n');

describe('a German denial with the verb before the negation', () => {
  it('"Wir übermitteln keine … in Länder außerhalb der EU" contradicts the transfer to the US', async () => {
    const fs = await check('birkenweg.md', policy('Wir übermitteln keine personenbezogenen Daten in Staaten außerhalb der Europäischen Union.'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'incorrect' } });
  });

  it('a negation further on in the sentence is not a denial of the verb', async () => {
    const fs = await check('birkenweg-2.md', policy('Wir übermitteln Ihre Anschrift an den Paketdienst in den USA, der sie nicht länger als nötig speichert.'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'transfers').data.class).not.toBe('incorrect');
  });
});
