/**
 * A numbered paragraph inside the section about the clause is the right place (issue 18, held-out-5
 * cause C8): "5.5 You can stop the reminders …" under "5. APPOINTMENT REMINDERS BY SMS" was judged on
 * its own words and reported as an unrelated §5.5 (src/policy/sections.ts `isAbout`). One under a
 * section about something else ("5. YOUR RIGHTS") still is; so is one in a list of purposes whose other
 * part is about the clause (held-out-8 RC-S1: "5.7 Videovigilancia" beside "5.3 Avisos … por WhatsApp"
 * under "5. FINALIDADES"): the section counts by its title, not a sibling's words. Policies in our own words, checked against
 * examples/templates/appointment_reminder.yaml (clause 5.5, appointment reminders).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { EXAMPLES } from '../helpers/examples.js';
import { policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { dir } = policyChecker('numbered-paragraph-');
const check = async (name: string, text: string): Promise<PolicyFinding[]> => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  let out = '';
  let err = '';
  const code = await run(['check', path.join(EXAMPLES, 'templates', 'appointment_reminder.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--policy', file, '--format', 'json', '--region', 'eu', '--locale', 'en'], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, isTTY: false });
  expect(code, err).toBeLessThan(2);
  return JSON.parse(out) as PolicyFinding[];
};
const sectionFindings = (fs: PolicyFinding[]) => fs.filter((f) => f.ruleId === 'clause-reference-mismatch' || f.ruleId === 'policy-clause-missing');

const policy = (title: string, five: string) =>
  [
    'PRIVACY NOTICE', // 1
    '', // 2
    '4. YOUR RIGHTS', // 3
    '   You may ask for a copy of your data or have it corrected.', // 4
    '', // 5
    `5. ${title}`, // 6
    '   5.1 If you tick the box when you book, we text you a reminder the day before.', // 7
    '   5.2 Our SMS provider receives your name, mobile number and the time of the appointment.', // 8
    `   5.5 ${five}`, // 9
  ].join('\n');

describe('a numbered paragraph inside a section', () => {
  it('under the section about appointment reminders it is the right place, whatever its own words', async () => {
    const fs = await check('reminders.txt', policy('APPOINTMENT REMINDERS BY SMS', 'You can stop the reminders at any time by replying STOP.'));
    expect(sectionFindings(fs)).toEqual([]);
  });

  it('under a list of purposes, another part about reminders does not make it the right place', async () => {
    const text = [
      'PRIVACY NOTICE', // 1
      '', // 2
      '5. WHAT WE USE YOUR DATA FOR', // 3
      '   5.1 Booking your appointments at the front desk or by phone.', // 4
      '   5.2 Appointment reminders: our SMS provider receives your name, mobile number and the time.', // 5
      '   5.3 Invoices for treatments.', // 6
      '   5.4 Answering your questions.', // 7
      '   5.5 Camera surveillance of the waiting room: the recordings are erased after 72 hours.', // 8
    ].join('\n');
    const fs = await check('purposes.txt', text);
    expect(sectionFindings(fs).map((f) => [f.ruleId, f.line])).toEqual([['clause-reference-mismatch', 8]]);
  });

  it('under a section about something else it is still an unrelated part', async () => {
    const fs = await check('cookies.txt', policy('COOKIES ON OUR WEBSITE', 'Analytics cookies last for 13 months.'));
    expect(sectionFindings(fs).map((f) => f.ruleId)).toEqual(['clause-reference-mismatch']);
  });
});
