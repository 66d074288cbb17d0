/**
 * A disclosure whose last part is a relative clause with its own negation (issue 18): "We share your
 * name, postal address and phone number with SwiftShip Logistics, which does not sell it", "Wir
 * übermitteln … an SwiftShip Logistics, das sie nicht verkauft". The clause says what the recipient
 * does; the sentence still discloses the flow (it was read as negated, and the German one as a sale).
 * A denial before the comma stays a denial. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('relative-negation-');
const { catalog } = examples();
const read = (text: string, lng: string) => readClaims(text, catalog.locale(lng), { policy: true, names: ['SwiftShip Logistics'] }).claims.map(describeClaim).sort();

const policy = (lng: 'en' | 'de', line: string) =>
  (lng === 'en'
    ? ['# Privacy at the Corner Bakery', '', 'This notice tells you what happens to what you give us when you order.', '', '## Who receives your data', '', line]
    : ['# Datenschutz im Kräuterladen', '', 'Hier steht, was mit Ihren Angaben geschieht, wenn Sie bei uns bestellen.', '', '## Empfänger', '', line]
  ).join('\n');

describe('a relative clause with its own negation', () => {
  it.each([
    ['en', 'We share your name, postal address and phone number with SwiftShip Logistics, which does not sell it.'],
    ['de', 'Wir übermitteln Ihren Namen, Ihre Anschrift und Ihre Telefonnummer an SwiftShip Logistics, das sie nicht verkauft.'],
    ['de', 'Wir übermitteln Ihren Namen, Ihre Anschrift und Ihre Telefonnummer an unseren Paketdienst SwiftShip Logistics, der sie nicht an Dritte weitergibt.'],
  ] as const)('%s "%s": the courier flow is clear', async (lng, line) => {
    const f = one(await check(`${lng}${line.length}.md`, policy(lng, line), ['--region', 'eu', '--locale', lng]), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
  });

  it('the sentence is read as the disclosure it is, neither negated nor a sale', () => {
    expect(read('Wir übermitteln Ihre Anschrift an SwiftShip Logistics, das sie nicht verkauft.', 'de')).toEqual(['transfer user.contact.address → "SwiftShip Logistics"']);
    expect(read('We share your postal address with SwiftShip Logistics, which does not sell it.', 'en')).toEqual(['share user.contact.address → "SwiftShip Logistics"']);
  });

  it('a denial before the comma stays a denial', async () => {
    const f = one(await check('deny.md', policy('en', 'We do not share your data with other companies, which would sell it.'), ['--region', 'eu', '--locale', 'en']), 'delivery', 'recipients');
    expect(f.data.class).toBe('incorrect');
  });
});
