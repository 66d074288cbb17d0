/**
 * Issue 18, held-out-12 (RB, stop 25): no `incorrect` or `ambiguous` at a line that denies nothing the
 * flows do.
 *
 * - "Darüber hinaus geben wir keine Daten weiter" ("beyond that, we pass on no data"), "beyond that",
 *   "poza tym": a denial that refers to the recipients just described is qualified as "except as described"
 *   is (`policy.exceptions`): a contradiction only where nothing describes the flow.
 * - "Lo que declaras en el formulario de salud solo lo ve el artista. No lo compartimos con nadie.": a
 *   denial whose object is a pronoun and that names no data speaks of what the sentence before names; where
 *   that is no data the reader knows, it is weighed against no flow (`policy.objectPronouns`). One whose
 *   sentence before names personal data ("Tus datos personales son tuyos. No los vendemos …") still denies.
 * - "nie przekazujemy ich reklamodawcom": the advertisers, in the dative, are a recipient of their own, not
 *   WhatsApp's provider.
 *
 * Policies in our own words, checked against examples/templates.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rb-denial-');

async function check(name: string, text: string, locale: string, template: string) {
  const { code, findings, err } = await checkText(name, text, ['--region', 'eu', '--locale', locale], template);
  expect(code, err).toBeLessThan(2);
  return findings;
}

describe('a denial that refers back', () => {
  it('German "Darüber hinaus geben wir keine Daten weiter" after the payment processor is described', async () => {
    const fs = await check('hutladen.md', [
      '# Datenschutz im Hutladen', // 1
      '', // 2
      '## Zahlung', // 3
      '', // 4
      'Kartenzahlungen wickelt Stripe Payments Europe, Limited in Dublin ab. Stripe erhält Ihren Namen, Ihre E-Mail-Adresse, Ihre Kartendaten und den Betrag.', // 5
      '', // 6
      '## Empfänger', // 7
      '', // 8
      'Darüber hinaus geben wir keine Daten weiter.', // 9
    ].join('\n'), 'de', 'templates/payment_receipt.yaml');
    const f = one(fs, 'payment', 'recipients');
    expect(f.data.class).not.toBe('ambiguous');
    expect(f.line).toBe(5);
  });

  it('Spanish: "No lo compartimos con nadie" after a sentence on what the health form says is weighed against no flow', async () => {
    const text = (before: string) =>
      [
        '# Privacidad en el Estudio', // 1
        '', // 2
        '## Recordatorios', // 3
        '', // 4
        'Para recordarte la cita enviamos tu nombre, tu número de móvil y la fecha de la cita a Sinch Sweden AB, con sede en Estocolmo.', // 5
        '', // 6
        '## Salud', // 7
        '', // 8
        `${before} No lo compartimos con nadie.`, // 9
      ].join('\n');
    const scoped = one(await check('estudio-a.md', text('Lo que declaras en el formulario de salud solo lo ve el artista.'), 'es', 'templates/appointment_reminder.yaml'), 'reminder', 'recipients');
    expect(scoped).toMatchObject({ line: 5, data: { class: 'clear' } });
    // The sentence before names personal data: the pronoun is them, and the denial stands.
    const denied = one(await check('estudio-b.md', text('Tus datos personales son tuyos.'), 'es', 'templates/appointment_reminder.yaml'), 'reminder', 'recipients');
    expect(denied).toMatchObject({ line: 9, data: { class: 'ambiguous' } });
  });

  it('Polish: a denial of passing data to advertisers ("reklamodawcom") is not one of the WhatsApp flow', async () => {
    const fs = await check('myjnia.md', [
      '# Prywatność w Myjni', // 1
      '', // 2
      '## Powiadomienia', // 3
      '', // 4
      'Powiadomienia wysyłamy przez WhatsApp Business, obsługiwany przez Meta Platforms Ireland Limited z siedzibą w Dublinie. Meta otrzymuje Twój numer telefonu i treść powiadomienia i przechowuje wiadomości na serwerach w Stanach Zjednoczonych.', // 5
      '', // 6
      'Nie sprzedajemy danych klientów i nie przekazujemy ich reklamodawcom.', // 7
    ].join('\n'), 'pl', 'templates/service_hours_notice.yaml');
    const f = one(fs, 'whatsapp_cloud_api', 'transfers');
    expect(f.data.class).not.toBe('ambiguous');
    expect(f.data.class).not.toBe('incorrect');
  });
});
