/**
 * One group of data named by the purpose it serves is that purpose's data (issue 18, held-out-4 C1 rest):
 * "Appointment details kept for text reminders are erased 30 days after the appointment" keeps what the
 * reminders use (the name and number too), not only the appointment its name also means; a list of
 * data narrows ("your phone number and name for reminders"). "Reminders" and nl "herinneringen" are
 * appointment reminders, the one kind of reminder there is. Policies in our own words, checked against
 * examples/templates/appointment_reminder.yaml (flow `reminder`: name, phone number, appointment; 30
 * days from the appointment).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('data-group-by-purpose-');
const check = async (name: string, text: string, args: string[]): Promise<PolicyFinding[]> => {
  const { code, findings, err } = await checkText(name, text, args, 'templates/appointment_reminder.yaml');
  expect(code, err).toBeLessThan(2);
  return findings;
};

describe('a group of data named by the purpose it serves', () => {
  it('English: "Appointment details kept for text reminders are erased 30 days after the appointment"', async () => {
    const fs = await check('en.md', ['# Privacy', '', '## How long we keep data', '', 'Appointment details kept for text reminders are erased 30 days after the appointment.'].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Dutch: "Afspraakgegevens voor herinneringen per sms verwijderen wij 30 dagen na de afspraak"', async () => {
    const fs = await check('nl.md', ['# Privacyverklaring', '', '## Hoe lang bewaren wij uw gegevens', '', 'Afspraakgegevens voor herinneringen per sms verwijderen wij 30 dagen na de afspraak.'].join('\n'), ['--region', 'eu', '--locale', 'nl']);
    expect(one(fs, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a list of data for the purpose narrows: "Your phone number and name for reminders …" leaves the appointment out', async () => {
    const fs = await check('list.md', ['# Privacy', '', '## How long we keep data', '', 'Your phone number and name for reminders are erased 30 days after the appointment.'].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'reminder', 'retention').data.class).not.toBe('clear');
  });
});
