/**
 * Issue 18, held-out-4 cause B3 (= held-out-3 A5), the rest: a denial scoped to a purpose in
 * Indonesian or Polish wording ("untuk keperluan iklan", "w celach marketingowych") speaks only of
 * flows for that purpose (policy.purposes); a denial that refers back to one operation ("Eine
 * Übermittlung in Drittländer findet dabei nicht statt", policy.backReferences) speaks of that
 * operation only; German with the verb before its subject ("Ihre Anschrift geben wir nie weiter")
 * is a denial, as Dutch "delen wij nooit" is. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier and WhatsApp flows, neither for advertising).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-scope-more-');

describe('denials scoped to a purpose, to one operation; German verb before subject', () => {
  it('Indonesian: "untuk keperluan iklan" does not deny the courier flow', async () => {
    const fs = await check('iklan.id.md', [
      '# Kebijakan Privasi Kopi Lereng', // 1
      '', // 2
      '## Pembagian data', // 3
      '', // 4
      'Kurir kami, SwiftShip Logistics, menerima nama, alamat dan nomor telepon Anda.', // 5
      '', // 6
      'Kami tidak membagikan data pribadi Anda kepada pihak ketiga untuk keperluan iklan.', // 7
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    const f = one(fs, 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
    expect(f.line).toBe(5);
  });

  it('Polish: "w celach marketingowych" does not deny the courier flow', async () => {
    const fs = await check('cele.pl.md', [
      '# Polityka prywatności Herbaciarni Pod Lipą', // 1
      '', // 2
      '## Odbiorcy danych', // 3
      '', // 4
      'Nasza firma kurierska SwiftShip Logistics otrzymuje Twoje imię i nazwisko, adres pocztowy i numer telefonu.', // 5
      '', // 6
      'Nie udostępniamy Twoich danych osobowych innym firmom w celach marketingowych.', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'pl']);
    const f = one(fs, 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
    expect(f.line).toBe(5);
  });

  it('German: "findet dabei nicht statt" speaks of hosting only; "geben wir nie weiter" is a denial', async () => {
    const fs = await check('dabei.de.md', [
      '# Datenschutz der Rösterei Am Hang', // 1
      '', // 2
      '## Empfänger', // 3
      '', // 4
      'Unser Versanddienstleister SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.', // 5
      '', // 6
      'Ihre Anschrift geben wir nie an Dritte weiter.', // 7
      '', // 8
      '## Hosting', // 9
      '', // 10
      'Unser Shop läuft auf Servern in Frankfurt. Eine Übermittlung in Drittländer findet dabei nicht statt.', // 11
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    const r = one(fs, 'delivery', 'recipients');
    expect(r.data.class).toBe('ambiguous');
    expect(r.line).toBe(7);
    const t = one(fs, 'whatsapp_cloud_api', 'transfers');
    expect(t.data.class).toBe('omitted');
  });
});
