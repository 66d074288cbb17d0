/**
 * Philippines (review-sea PH-2): the basis line of a flow with sensitive personal information
 * (health data in the appointment reminder) cites s.13(a) (consent specific to the purpose), the
 * same provision as the sensitive-information line, not s.12(a); other consent flows keep s.12(a).
 */
import { describe, expect, it } from 'vitest';
import { find, linesWith, renderMember } from './sea-members.js';

describe('ph: consent for sensitive personal information is s.13(a)', () => {
  const { renders } = renderMember('ph');
  it('appointment reminder (health data): s.13(a) on the basis line', () => {
    const lines = linesWith(find(renders, 'appointment_reminder').clause, 'Legal basis for appointment reminders');
    expect(lines).toEqual(['Legal basis for appointment reminders: your consent, given specifically for this purpose (Section 13(a) of the Data Privacy Act of 2012).']);
  });
  it('marketing (no sensitive data): s.12(a)', () => {
    const lines = linesWith(find(renders, 'marketing_promotion').clause, 'Legal basis for marketing messages');
    expect(lines).toEqual(['Legal basis for marketing messages: your consent (Section 12(a) of the Data Privacy Act of 2012).']);
  });
});
