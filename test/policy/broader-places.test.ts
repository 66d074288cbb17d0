/**
 * Issue 18, held-out-5 causes C4 and C5 (part), German: "ablegen" (to put data on servers) is a verb of
 * storing (reader.yaml `policy.actions.store`), and a continent ("sitzt in Nordamerika") is broader than
 * any country, so a recipient placed there is placed in broader terms (`policy.outside`): vague. Policies
 * in our own words, checked against examples/templates/order_shipped.yaml (courier SwiftShip Logistics
 * in the US; Meta keeps WhatsApp messages in the US).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('broader-places-');

describe('places said in broader terms, and storing said otherwise', () => {
  it('German: a courier seated on a continent, and messages put on servers outside Europe', async () => {
    const fs = await check('papier.txt', [
      'DATENSCHUTZ IN DER PAPETERIE LINDE', // 1
      '', // 2
      '1. Wer Ihre Daten bekommt', // 3
      '', // 4
      'Der Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer. Für Versandnachrichten per WhatsApp erhält Meta Platforms Ireland Limited Ihre Telefonnummer und die Nachrichten.', // 5
      '', // 6
      '2. Unsere Partner', // 7
      '', // 8
      'SwiftShip Logistics sitzt in Nordamerika.', // 9
      'Die Nachrichten kann Meta Platforms Ireland Limited auch auf Servern außerhalb Europas ablegen.', // 10
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'vague' } });
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 10, data: { class: 'vague' } });
  });
});
