/**
 * Issue 18, held-out-5 cause C5 (part): a recipient's or a server's place said by its state or city
 * ("headquartered in Austin, Texas", "seinen Sitz in Delaware", "hosted on servers in Frankfurt,
 * Germany"). reader.yaml `policy.localPlaces` (states and cities by country) are read as the country
 * only after a word of `policy.localPlaceAfter` ("in", "from"), alone or after a town and a comma: in a
 * California policy "California residents" and "California law" name the law's reach, not a place.
 * "Town, Country" is an address, not a company name (src/policy/names.ts). Policies in our own words,
 * checked against examples/templates/order_shipped.yaml (courier SwiftShip Logistics in the US, the
 * shop's storage in Germany).
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('local-places-');
const places = (text: string, lng: string) =>
  readClaims(text, catalog.locale(lng), { policy: true })
    .sentences.flatMap((s) => s.mentions)
    .filter((m) => m.kind === 'place')
    .map((m) => m.value);

describe('states and cities as places', () => {
  it('a town and its state, and a town and its country, name where the data goes and where it is kept', async () => {
    const fs = await check('juniper.md', [
      '# Juniper Kites privacy notice', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Our courier SwiftShip Logistics receives your name, postal address and phone number so it can bring you the parcel.', // 5
      'SwiftShip Logistics is a carrier headquartered in Tulsa, Oklahoma.', // 6
      '', // 7
      '## Where your data is', // 8
      '', // 9
      'Our web shop is hosted on servers in Frankfurt, Germany.', // 10
    ].join('\n'), ['--region', 'sg']);
    expect(one(fs, 'delivery', 'transfers').data.class).toBe('clear');
  });

  it('German: a seat given as a US state', async () => {
    const fs = await check('drachen.txt', [
      'DATENSCHUTZ BEI DRACHENBAU ERLE', // 1
      '', // 2
      '§ 1 Versand', // 3
      '', // 4
      'Der Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer. SwiftShip Logistics hat seinen Sitz in Delaware; die Übermittlung stützen wir auf die Standardvertragsklauseln.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a state is a place only where it is said as one', () => {
    expect(places('Our support desk is run from Portland, Oregon.', 'en')).toEqual(['US']);
    expect(places('Our payment partner is based in Virginia.', 'en')).toEqual(['US']);
    // The law's reach and the law's name are no place.
    expect(places('California residents may ask us which personal information we share with service providers.', 'en')).toEqual([]);
    expect(places('Under California law we must tell you what we share.', 'en')).toEqual([]);
    expect(places('Texas customers get their parcels by courier.', 'en')).toEqual([]);
    // Outside the policy reader (text disclose writes and reads back) states are not read at all.
    expect(readClaims('Our support desk is run from Portland, Oregon.', catalog.locale('en')).sentences.flatMap((s) => s.mentions).filter((m) => m.kind === 'place')).toEqual([]);
  });
});
