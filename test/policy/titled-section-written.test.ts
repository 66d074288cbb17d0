/**
 * Issue 18, truth (stop 25, RA's report): a policy people wrote whose section carries the clause's own
 * title ("## Appointment reminders") was read as a clause disclose wrote, so its exact checks said
 * "eu requires retention_period … and the clause does not contain it" of a section stating "deleted 30
 * days after the appointment". Like a section found by its number, it is now read as a policy people
 * wrote: its flows classified, elements "not found" only where the text has none. Our own words, against
 * examples/templates/appointment_reminder.yaml (Sinch Sweden, stored in Germany, 30 days).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('titled-written-');

describe('a section titled as the clause, in a policy people wrote', () => {
  it('is read as a policy people wrote, not as a clause disclose wrote', async () => {
    const text = [
      '# Willow Lane Physiotherapy: privacy',
      '',
      '## Appointment reminders',
      '',
      'The day before your appointment we send you a text message. Sinch Sweden AB, based in Stockholm, receives your name, mobile number and the date and time of your appointment, and keeps them on servers in Germany. The reminder data is deleted 30 days after the appointment.',
      '',
    ].join('\n');
    const { code, findings, err } = await checkText('willow.md', text, ['--region', 'eu', '--locale', 'en'], 'templates/appointment_reminder.yaml');
    expect(code, err).toBeLessThan(2);
    // No exact clause check said of words it does not recognise.
    expect(findings.filter((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absent')).toEqual([]);
    const missing = findings.find((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absentPolicy');
    expect(String((missing?.data as { list?: string } | undefined)?.list ?? '')).not.toMatch(/retention_period|recipients|storage_location/);
    // The flow is read: all three aspects clear.
    const clear = findings.filter((f) => f.ruleId === 'disclosure-clear' && f.data.flow === 'reminder').map((f) => f.data.aspect).sort();
    expect(clear).toEqual(['recipients', 'retention', 'transfers']);
  });
});
