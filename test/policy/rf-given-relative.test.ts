/**
 * Issue 18 (RF, stop 27): a relative pronoun for the one given the data, right after the recipient it names
 * ("Sinch Sweden AB of Stockholm, to whom we pass your name …", "…, któremu przekazujemy …", "…, dem wir …
 * übermitteln", "…, a cui trasmettiamo …"; reader.yaml `policy.givenRelatives`): the recipient before the comma
 * gets the data its clause names. The reader read the verb of giving with no recipient after it, so the flow's
 * recipient named by its name got nothing (held-out-14 warsztat, a shape no earlier set used). Our own words.
 * The Polish case fails without the change; the German, English and Italian ones were read before by other readings
 * (a verb of giving before its recipient, a passive's agent) and guard them with the new words in place.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rf-given-relative-');

async function check(name: string, text: string, args: string[], template?: string) {
  const { code, findings, err } = await checkText(name, text, args, template);
  expect(code, err).toBeLessThan(2);
  return findings;
}

const REMINDER = 'templates/appointment_reminder.yaml';

describe('a relative pronoun for the one given the data', () => {
  it('Polish: "… wysyła Sinch Sweden AB ze Sztokholmu, któremu przekazujemy imię, numer komórki oraz …"', async () => {
    const fs = await check('salon-fryzjerski-iga.txt', [
      'SALON FRYZJERSKI IGA - POLITYKA PRYWATNOŚCI', // 1
      '', // 2
      '3. Przypomnienia SMS', // 3
      'Dzień przed umówioną wizytą przypominamy o niej SMS-em. Przypomnienie wysyła firma Sinch Sweden AB ze Sztokholmu, któremu przekazujemy imię,', // 4
      'numer komórki oraz datę i godzinę wizyty.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'pl'], REMINDER);
    expect(one(fs, 'reminder', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });

  it('German, the verb last: "… Sinch Sweden AB in Stockholm, dem wir Ihren Namen, Ihre Mobilnummer und den Termin übermitteln"', async () => {
    const fs = await check('friseur-ahorn.txt', [
      'FRISEUR AHORN - DATENSCHUTZ', // 1
      '', // 2
      '3. Terminerinnerung per SMS', // 3
      'Die Erinnerung verschickt Sinch Sweden AB in Stockholm, dem wir Ihren Namen, Ihre Mobilnummer sowie Datum und Uhrzeit des Termins übermitteln.', // 4
    ].join('\n'), ['--region', 'eu', '--locale', 'de'], REMINDER);
    expect(one(fs, 'reminder', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });

  it('English: "… Sinch Sweden AB of Stockholm, to whom we pass your name, mobile number and the time of the appointment"', async () => {
    const fs = await check('elm-street-barbers.md', [
      '# Elm Street Barbers: privacy', // 1
      '', // 2
      '## Reminders', // 3
      '', // 4
      'The day before your visit a text reminds you of it. It is sent by Sinch Sweden AB of Stockholm, to whom we pass your name, your mobile number and the date and time of the appointment.', // 5
    ].join('\n'), ['--region', 'eu'], REMINDER);
    expect(one(fs, 'reminder', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Italian: "… Sinch Sweden AB di Stoccolma, a cui trasmettiamo il nome, il numero di cellulare …"', async () => {
    const fs = await check('barbiere-tiglio.txt', [
      'BARBIERE DEL TIGLIO - PRIVACY', // 1
      '', // 2
      '3. Promemoria via SMS', // 3
      'Il giorno prima della visita ti ricordiamo l\'appuntamento con un SMS. Se ne occupa Sinch Sweden AB di Stoccolma, a cui trasmettiamo', // 4
      'il nome, il numero di cellulare e la data e l\'ora dell\'appuntamento.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'it'], REMINDER);
    expect(one(fs, 'reminder', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });

  it('a clause that denies giving gives nothing: "…, to whom we never pass your name …"', async () => {
    const fs = await check('elm-street-barbers-2.md', [
      '# Elm Street Barbers: privacy', // 1
      '', // 2
      '## Reminders', // 3
      '', // 4
      'Our booking tool comes from Sinch Sweden AB of Stockholm, to whom we never pass your name, your mobile number or the date and time of the appointment.', // 5
    ].join('\n'), ['--region', 'eu'], REMINDER);
    expect(one(fs, 'reminder', 'recipients').data.class).not.toBe('clear');
  });
});
