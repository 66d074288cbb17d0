/**
 * Issue 18, held-out set 3 causes A14 and A12: where the business keeps data on its own systems,
 * said in any section ("Our order system is hosted in Germany", "Nuestros sistemas están alojados en
 * … Alemania"), is its storage of the flow's data there; "data pesanan" (order data) is one term, so
 * "Data pesanan Anda disimpan di server … Jerman" is no statement that every personal data — Meta's
 * phone numbers and messages included — stays in Germany. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier flow stored in Germany; WhatsApp's kept by Meta in
 * the US), in regions outside the EU, where storage in Germany is a transfer.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('own-storage-');

describe('our own systems, hosted somewhere', () => {
  it('English: "hosted in" outside a section on transfers', async () => {
    const fs = await check('pebble.md', [
      '# Pebble Lane Teas: privacy', // 1
      '', // 2
      '## Sharing', // 3
      '', // 4
      'Our courier SwiftShip Logistics receives your name, postal address and phone number. SwiftShip Logistics is located in the United States.', // 5
      '', // 6
      '## Our systems', // 7
      '', // 8
      'Our order system is hosted in Germany.', // 9
    ].join('\n'), ['--region', 'sg']);
    expect(one(fs, 'delivery', 'transfers').data.class).toBe('clear');
  });

  it('Spanish: "alojados en"', async () => {
    const fs = await check('guijarro.es.md', [
      '# Privacidad en Tés Guijarro', // 1
      '', // 2
      '## Con quién compartimos datos', // 3
      '', // 4
      'SwiftShip Logistics, nuestra empresa de mensajería, recibe tu nombre, tu dirección postal y tu teléfono. SwiftShip Logistics está en Estados Unidos.', // 5
      '', // 6
      '## Nuestros sistemas', // 7
      '', // 8
      'Nuestros sistemas están alojados en un centro de datos en Alemania.', // 9
    ].join('\n'), ['--region', 'california', '--locale', 'es']);
    expect(one(fs, 'delivery', 'transfers').data.class).toBe('clear');
  });
});

describe('order data is one term', () => {
  it('Indonesian: our order data in Germany says nothing against Meta keeping messages in the US', async () => {
    const fs = await check('kerikil.id.md', [
      '# Kebijakan Privasi Teh Kerikil', // 1
      '', // 2
      '## Penyimpanan data', // 3
      '', // 4
      'Data pesanan Anda disimpan di server yang berada di Jerman.', // 5
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('omitted');
  });
});
