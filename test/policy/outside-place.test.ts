/**
 * "Outside Singapore" and "around the world" name no country where the data go (issue 18, held-out-6
 * causes EN1 and EN2). "Outside" with no article before a country (reader.yaml `policy.outsideBefore`)
 * was read as the country itself, so "may store the messages on servers outside Singapore" said
 * "stored in Singapore" and was reported as a contradiction of Meta's storage in the United States;
 * "data centres around the world" was not read as other countries at all (the transfers omitted).
 * Both are now other countries in general, as "outside the EU" and "across the globe" were: vague.
 * So is "based in Europe" (held-out-4 ngiti-dental), a whole word outside names (`policy.outsideWords`;
 * "European Union" stays a place).
 * Policies in our own words, checked against examples/templates/order_shipped.yaml (Meta Platforms
 * Ireland Limited, storage in the United States).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one } = policyChecker('outside-place-');

const policy = (where: string) =>
  [
    '# Privacy at Lantern Lane Books', // 1
    '', // 2
    '## Who receives your data', // 3
    '', // 4
    'We send order updates on WhatsApp: Meta Platforms Ireland Limited receives your phone number and the messages.', // 5
    '', // 6
    '## Where your data is kept', // 7
    '', // 8
    where, // 9
  ].join('\n');

describe('places said as everywhere but one, or everywhere', () => {
  it('"outside Singapore" is other countries in general, not Singapore', async () => {
    const fs = await check('outside.md', policy('Meta may keep the messages on servers outside Singapore.'), ['--region', 'sg', '--locale', 'en']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ ruleId: 'disclosure-vague', line: 9 });
  });

  it('"around the world" is other countries in general', async () => {
    const fs = await check('world.md', policy('Meta delivers the messages from data centres around the world.'), ['--region', 'sg', '--locale', 'en']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ ruleId: 'disclosure-vague', line: 9 });
  });

  it('"based in Europe" is other countries in general, "the European Union" a place', async () => {
    const reminder = (where: string) =>
      ['# Privacy at Clearview Eyecare', '', '## Reminders', '', 'Sinch Sweden sends our text reminders and receives your name, your mobile number and the time of your appointment.', '', '## Where your data is kept', '', where].join('\n');
    const r = await checkText('europe.md', reminder('The company that sends our reminders is based in Europe, and your details may be kept on its servers there.'), ['--region', 'sg', '--locale', 'en'], 'templates/appointment_reminder.yaml');
    expect(one(r.findings, 'reminder', 'transfers')).toMatchObject({ ruleId: 'disclosure-vague', line: 9 });
    const fs = await check('european.md', policy('Meta keeps the messages on servers in the European Union.'), ['--region', 'sg', '--locale', 'en']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ ruleId: 'disclosure-incorrect', line: 9 });
  });

  it('"in Singapore" still contradicts storage in the United States', async () => {
    const fs = await check('in.md', policy('Meta keeps the messages on servers in Singapore.'), ['--region', 'sg', '--locale', 'en']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ ruleId: 'disclosure-incorrect', line: 9 });
  });
});
