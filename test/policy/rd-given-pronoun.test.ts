/**
 * Issue 18 (RD, stop 26): the recipient as a pronoun for the one given the data. "SwiftShip Logistics, un
 * transporteur … Nous lui transmettons votre nom …": the sentence's subject is "we", the recipient a dative
 * pronoun beside the verb (reader.yaml `policy.givenPronouns`), standing for the recipient the sentence before
 * in the same paragraph named. Our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rd-given-pronoun-');

async function check(name: string, text: string, args: string[]) {
  const { code, findings, err } = await checkText(name, text, args);
  expect(code, err).toBeLessThan(2);
  return findings;
}

describe('a pronoun for the one given the data', () => {
  it('French: "Nos colis partent avec SwiftShip Logistics … Nous lui transmettons votre nom …"', async () => {
    const fs = await check('verrerie.md', [
      '# Verrerie du Port : confidentialité', // 1
      '', // 2
      '## Livraison', // 3
      '', // 4
      'Nos colis partent avec SwiftShip Logistics, un transporteur établi aux États-Unis. Nous lui transmettons votre nom, votre numéro de téléphone et votre adresse.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'fr']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('German: "Unsere Pakete bringt SwiftShip Logistics. Wir geben ihm Ihren Namen …"', async () => {
    const fs = await check('glaserei.md', [
      '# Glaserei am Hafen: Datenschutz', // 1
      '', // 2
      '## Versand', // 3
      '', // 4
      'Unsere Pakete bringt der Paketdienst SwiftShip Logistics. Wir geben ihm Ihren Namen, Ihre Telefonnummer und Ihre Anschrift.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a pronoun in another paragraph stands for no one', async () => {
    const fs = await check('verrerie-2.md', [
      '# Verrerie du Port : confidentialité', // 1
      '', // 2
      'Nos colis partent avec SwiftShip Logistics.', // 3
      '', // 4
      '## Notre atelier', // 5
      '', // 6
      'Nous lui transmettons votre nom, votre numéro de téléphone et votre adresse.', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'fr']);
    expect(one(fs, 'delivery', 'recipients')?.data.class).not.toBe('clear');
  });
});
