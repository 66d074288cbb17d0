/**
 * Issue 18, held-out-9 (RE-T7): a recipient's seat said in the next sentence by a subject that refers back to it
 * ("… receives your name. The company is based in the United States.", held-out-9 schirmmacherei "Das Unternehmen
 * sitzt in den USA", vishandel "Het bureau zit in New York"): that recipient's seat, where what it gets goes
 * (src/policy/recipient-seat.ts). A subject in the first person ("Our company is based in …") is the business,
 * not the recipient. Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('seat-referring-');

const delivery = async (name: string, seat: string) => {
  const text = ['# Privacy', '', '## Delivery', '', `Parcels are carried by SwiftShip Logistics, which receives your name, phone number and delivery address. ${seat}`, '', '## Hosting', '', 'Our shop runs on servers in Germany.'].join('\n');
  const { code, findings, err } = await checkText(name, text, ['--region', 'sg', '--locale', 'en']);
  expect(code, err).toBeLessThan(2);
  return onFlow(findings, 'delivery', 'transfers');
};

describe("a recipient's seat said by a subject referring back to it", () => {
  it('"The company is based in the United States" after the courier is named places the courier there', async () => {
    const fs = await delivery('company.md', 'The company is based in the United States.');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });

  it('nl "Het bedrijf zit in de Verenigde Staten" (zit in: is located in) places the courier there', async () => {
    const text = ['# Privacy', '', '## Bezorging', '', 'Pakketten worden bezorgd door SwiftShip Logistics, dat uw naam, telefoonnummer en bezorgadres ontvangt. Het bedrijf zit in de Verenigde Staten; voor de doorgifte gelden de standaardcontractbepalingen van de Europese Commissie.', '', '## Hosting', '', 'Onze webwinkel draait op servers in Duitsland.'].join('\n');
    const { code, findings, err } = await checkText('nl.md', text, ['--region', 'eu', '--locale', 'nl']);
    expect(code, err).toBeLessThan(2);
    const fs = onFlow(findings, 'delivery', 'transfers');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });

  it('"Our company is based in the United States" is the business, not the courier', async () => {
    const fs = await delivery('ours.md', 'Our company is based in the United States.');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.data).not.toMatchObject({ class: 'clear' });
  });
});
