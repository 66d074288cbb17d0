/**
 * Issue 18, held-out-5 cause C19: a recipient named as declared with a broader category beside it
 * ("Our service provider, Sinch Sweden AB, …") is disclosed by its name: clear, not vague for the
 * category ("service provider" is broader than the messaging platform the flow declares). A broader
 * category alone stays vague. Policies in our own words, checked against
 * examples/templates/appointment_reminder.yaml (name, phone number and appointment to Sinch Sweden).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('name-category-');

const policy = (line: string) => ['# Privacy at Larkspur Eye Care', '', '## Who receives your data', '', line].join('\n');
const reminder = async (name: string, line: string) => {
  const { code, findings } = await checkText(name, policy(line), ['--region', 'eu', '--locale', 'en'], 'templates/appointment_reminder.yaml');
  expect(code).toBeLessThan(2);
  return findings.filter((f) => f.data.flow === 'reminder' && f.data.aspect === 'recipients');
};

describe('a name with a broader category beside it', () => {
  it('is the name: clear', async () => {
    const fs = await reminder('larkspur.md', 'Our service provider, Sinch Sweden AB, receives your name, your mobile number and the date and time of your appointment.');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('the category alone is vague', async () => {
    const fs = await reminder('larkspur-category.md', 'Our service provider receives your name, your mobile number and the date and time of your appointment.');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'vague' } });
  });
});
