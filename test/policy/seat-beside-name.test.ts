/**
 * Issue 18, held-out-8 RB-T3: a recipient's seat said after a town, in brackets or with the seat word's
 * own preposition again ("établi à New York (États-Unis)", "z siedzibą w Seattle w Stanach Zjednoczonych"),
 * or as an address right after its name ("SwiftShip Logistics (Seattle, United States)"); the flow's data
 * the seat sentence names are what the recipient it places gets, whatever the verb (src/policy/recipient-seat.ts).
 * Policies in our own words, checked against examples/templates/order_shipped.yaml (courier SwiftShip
 * Logistics in the US) and support_followup.yaml (Zendesk in the US).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('seat-beside-name-');

const transfers = async (name: string, lines: string[], flow: string, locale: string, template?: string) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', ...lines].join('\n'), ['--region', 'eu', '--locale', locale], template);
  expect(code, err).toBeLessThan(2);
  return onFlow(findings, flow, 'transfers');
};

describe('a seat after a town or beside the name', () => {
  it('fr: "établi à Seattle (États-Unis)": the courier\'s transfer to the United States is clear', async () => {
    const fs = await transfers('bracket.fr.md', ['## Destinataires', '', 'Notre transporteur SwiftShip Logistics, établi à Seattle (États-Unis), reçoit votre nom, votre numéro de téléphone et votre adresse.'], 'delivery', 'fr');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('pl: "z siedzibą w Seattle w Stanach Zjednoczonych" with a verb the reader does not know: clear', async () => {
    const fs = await transfers(
      'preposition.pl.md',
      ['## Odbiorcy', '', 'Zendesk, Inc., firma z siedzibą w Seattle w Stanach Zjednoczonych, dostaje od nas Twoje imię, telefon, e-mail, numer klienta i treść wiadomości.'],
      'support',
      'pl',
      'templates/support_followup.yaml',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: "SwiftShip Logistics (Seattle, United States)" as the courier\'s address: clear', async () => {
    const fs = await transfers('address.md', ['## Who receives your data', '', 'Our courier SwiftShip Logistics (Seattle, United States) receives your name, phone number and postal address.'], 'delivery', 'en');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: a place after a comma in a list of recipients is no address: "SwiftShip Logistics, the United States and …" is not read as a seat', async () => {
    const fs = await transfers('list.md', ['## Who receives your data', '', 'Our courier SwiftShip Logistics, the United States Postal Service and local drivers receive your name, phone number and postal address.'], 'delivery', 'en');
    expect(fs.map((f) => f.data.class)).not.toContain('clear');
  });
});

/**
 * RW1's open ottica-ferri row, held-out-8 physiopraxis: "I dati non vengono trasferiti al di fuori dello Spazio
 * economico europeo", "Eine Übermittlung … in Länder außerhalb der EU findet nicht statt" are kept by a flow whose
 * every place lies in the region's area (Sinch Sweden in Stockholm, storage in Germany): no contradiction.
 */
describe('a denial of transfers to other countries in general', () => {
  const denial = 'Eine Übermittlung Ihrer Daten in Länder außerhalb der EU findet nicht statt.';

  it('de: is kept by a flow whose places all lie in the EU (appointment reminders by Sinch in Sweden)', async () => {
    const fs = await transfers(
      'inside.de.md',
      ['## Empfänger', '', 'Sinch Sweden AB mit Sitz in Schweden erhält Ihren Namen, Ihre Mobilnummer und Datum und Uhrzeit Ihres Termins. Unsere Terminverwaltung läuft auf Servern in Frankfurt.', '', '## Übermittlung in Drittländer', '', denial],
      'reminder',
      'de',
      'templates/appointment_reminder.yaml',
    );
    expect(fs.map((f) => f.data.class)).not.toContain('incorrect');
  });

  it('de: still contradicts a flow whose data go to the United States (WhatsApp messages Meta keeps there)', async () => {
    const fs = await transfers('outside.de.md', ['## Empfänger', '', 'SwiftShip Logistics hat seinen Sitz in den USA und erhält Ihren Namen, Ihre Telefonnummer und Ihre Anschrift.', '', '## Übermittlung in Drittländer', '', denial], 'whatsapp_cloud_api', 'de');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 9, data: { class: 'incorrect' } });
  });
});
