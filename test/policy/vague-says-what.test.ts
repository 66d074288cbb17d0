/**
 * Issue 18 (RA, stop 25): a finding says what is broader or wrong, never a bare "broader terms". A transfer
 * every part of which the policy says, one part otherwise than the flow (the seat right, the storage place
 * wrong), is incorrect at the statement that says it otherwise; a vague disclosure names the broader terms it
 * uses ("place EU for DE"); one the reader finds no full claim in says it speaks "only in general terms".
 * Policies in our own words, against examples/templates/appointment_reminder.yaml (Sinch Sweden, Sweden, the
 * reminder data stored in Germany; run for the Philippines, where both are abroad) and order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('vague-says-what-');
const REMINDER = 'templates/appointment_reminder.yaml';

const reminder = (storage: string) =>
  [
    '# Privacy', // 1
    '', // 2
    '## Who receives your data', // 3
    '', // 4
    'Reminders are sent by Sinch Sweden AB, a messaging company based in Stockholm, Sweden.', // 5
    'It receives your name, your mobile number and the date and time of your appointment.', // 6
    storage, // 7
  ].join('\n');

describe('a transfer said in full, one part otherwise than the flow', () => {
  it('the seat right and the storage place wrong: incorrect, at the storage', async () => {
    const fs = await check('willow-lane.md', reminder('Sinch keeps the reminder data on its servers in Singapore.'), ['--region', 'ph', '--locale', 'en'], REMINDER);
    const f = one(fs, 'reminder', 'transfers');
    expect(f).toMatchObject({ ruleId: 'disclosure-incorrect', line: 7, data: { class: 'incorrect' } });
  });
});

describe('what a vague finding names', () => {
  it('a broader place: "only in broader terms (place … for DE)"', async () => {
    const fs = await check('willow-lane-eu.md', reminder('Sinch keeps the reminder data on its servers in the European Union.'), ['--region', 'ph', '--locale', 'en'], REMINDER);
    const f = one(fs, 'reminder', 'transfers');
    expect(f.data.class).toBe('vague');
    // Words in the message (stop 26), the keys in data for programs.
    expect(f.message).toMatch(/only in broader terms \(European Union for Germany\)/);
    expect(f.message).not.toMatch(/place \S+ for DE/);
    expect(String((f.data as Record<string, unknown>)['terms'])).toMatch(/^place \S+ for DE$/);
  });

  it('no full claim read (the channel named as the way messages go): "only in general terms, without stating …"', async () => {
    const fs = await check('parcel-news.md', ['# Parcel News: privacy', '', '## Delivery', '', 'When your parcel leaves our warehouse we send you a short message via WhatsApp.'].join('\n'), ['--region', 'eu', '--locale', 'en']);
    const f = one(fs, 'whatsapp_cloud_api', 'recipients');
    expect(f.data.class).toBe('vague');
    expect(f.message).toContain('only in general terms, without stating share');
    expect(f.message).not.toContain('broader terms');
  });
});
