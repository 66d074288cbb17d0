/**
 * Issue 18, held-out-5 causes C4 and C5 (part): "Uw gegevens blijven altijd binnen de Europese Unie"
 * (the data stay within a place) denies a transfer anywhere else: against a flow whose data go
 * outside that place it is a contradiction, against one whose every place lies inside it nothing
 * (reader.yaml `policy.remainWithin`). A company's nationality with a noun for a company ("een
 * Amerikaans bedrijf", "an American company") is where it is established (`policy.nationalities`).
 * Policies in our own words, checked against examples/templates/order_shipped.yaml (courier
 * SwiftShip Logistics in the US; Meta keeps WhatsApp messages in the US) and appointment_reminder.yaml
 * (Sinch in Sweden, storage in Germany).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one } = policyChecker('remain-within-');

describe('data that stay within a place', () => {
  it('Dutch: a recipient seated elsewhere by its nationality, and the data kept within the EU', async () => {
    const fs = await check('vlieger.md', [
      '# Privacyverklaring Vliegerwinkel Duin', // 1
      '', // 2
      '## Wie uw gegevens krijgt', // 3
      '', // 4
      'Onze bezorger SwiftShip Logistics, een Amerikaans bedrijf, ontvangt uw naam, adres en telefoonnummer om uw pakket te bezorgen.', // 5
      '', // 6
      '## Waar uw gegevens staan', // 7
      '', // 8
      'Uw gegevens blijven altijd binnen de Europese Unie.', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'nl']);
    // The courier's seat in the US is stated, and denied by line 9.
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'ambiguous' } });
    // Meta keeps the messages in the US, which nothing states: the denial stands alone.
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 9, data: { class: 'incorrect' } });
  });

  it('English: against a flow whose data go outside the place named, and one whose every place lies within it', async () => {
    const text = [
      '# Privacy at Clearview Lenses', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Our courier SwiftShip Logistics receives your name, postal address and phone number, and Sinch Sweden sends our text messages.', // 5
      '', // 6
      '## Where your data is', // 7
      '', // 8
      'Your data remain within the European Union at all times.', // 9
    ].join('\n');
    // Meta keeps WhatsApp messages in the US: the sentence denies it.
    // One finding for the flows the sentence denies (data.flows): the courier's in the US too.
    const shipped = await check('lenses.md', text, ['--region', 'eu']);
    const denied = shipped.filter((f) => f.data.aspect === 'transfers' && f.data.class === 'incorrect' && f.line === 9);
    expect(denied.flatMap((f) => (f.data as { flows?: string[] }).flows ?? [f.data.flow])).toEqual(expect.arrayContaining(['delivery', 'whatsapp_cloud_api']));
    // Sinch in Sweden and storage in Germany: inside the Union, no contradiction.
    const { code, findings, err } = await checkText('lenses-reminder.md', text, ['--region', 'eu'], 'templates/appointment_reminder.yaml');
    expect(code, err).toBeLessThan(2);
    expect(one(findings, 'reminder', 'transfers').data.class).not.toMatch(/incorrect|ambiguous/);
  });
});
