/**
 * Issue 18 (RD, stop 26): when an appointment is, said as policies say it ("den Zeitpunkt des Termins",
 * "รายละเอียดนัดหมาย", "datę i godzinę wizyty"), is the appointment details, in every reader language as in
 * English ("the date and time of your appointment"); and a Polish "partner" in any case is a recipient named
 * broadly, as "partnerom" already was. Our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rd-appointment-words-');

async function check(name: string, text: string, args: string[]) {
  const { code, findings, err } = await checkText(name, text, args, 'templates/appointment_reminder.yaml');
  expect(code, err).toBeLessThan(2);
  return findings;
}

describe('the time of the appointment is the appointment details', () => {
  it('German: "Ihren Namen, Ihre Handynummer und den Zeitpunkt des Termins an Sinch Sweden AB"', async () => {
    const fs = await check('zahnarzt.md', [
      '# Zahnarztpraxis am Markt: Datenschutz', // 1
      '', // 2
      '## Terminerinnerung', // 3
      '', // 4
      'Für die Erinnerung per SMS übermitteln wir Ihren Namen, Ihre Handynummer und den Zeitpunkt des Termins an Sinch Sweden AB in Stockholm.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'reminder', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Polish: "imię, numer telefonu oraz datę i godzinę wizyty otrzymuje nasz partner technologiczny": the data all read, the recipient broadly', async () => {
    const fs = await check('fizjoterapia.md', [
      '# Fizjoterapia Na Skarpie: prywatność', // 1
      '', // 2
      '## Przypomnienia SMS', // 3
      '', // 4
      'Imię, numer telefonu oraz datę i godzinę wizyty otrzymuje nasz partner technologiczny ze Szwecji.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'pl']);
    const f = one(fs, 'reminder', 'recipients');
    expect(f).toMatchObject({ line: 5, data: { class: 'vague' } });
    // Vague for the recipient only: no datum is left out.
    expect(f.message).not.toMatch(/says nothing of/);
  });
});
