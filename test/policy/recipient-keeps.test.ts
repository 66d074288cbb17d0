/**
 * Issue 18, held-out sets 4 and 9 (RV, stop 24): a recipient of the flow as the subject of a verb of
 * keeping ("Zendesk holds your name …", "It holds your name …" for the help desk named just before)
 * has been given what it keeps: the recipients aspect reads it as "receives" does, and the recipient's
 * seat then carries that data abroad (the transfers aspect). Policies in our own words, checked
 * against examples/templates/support_followup.yaml (Zendesk: name, phone number, e-mail, customer
 * number, the request's messages; stored in Germany, Zendesk in the US).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('recipient-keeps-');
const SUPPORT = 'templates/support_followup.yaml';

describe('a recipient that keeps the data', () => {
  it('English: "Zendesk holds your name, …" discloses the recipient, and its seat the transfer', async () => {
    const fs = await check('larkspur.md', [
      '# Larkspur Lamps: privacy', // 1
      '', // 2
      '## Who has your data', // 3
      '', // 4
      'We answer requests in a help-desk system that Zendesk, Inc. provides.', // 5
      'For every request Zendesk holds your name, phone number, e-mail address, customer number and the messages you send us.', // 6
      'Zendesk is a company based in San Francisco, California. The requests themselves are hosted in Frankfurt, Germany.', // 7
    ].join('\n'), ['--region', 'eu'], SUPPORT);
    expect(one(fs, 'support', 'recipients')).toMatchObject({ line: 6, data: { class: 'clear' } });
    expect(one(fs, 'support', 'transfers').data.class).toBe('clear');
  });

  it('English: a pronoun for the help desk, then "holds"', async () => {
    const fs = await check('larkspur-it.md', [
      '# Larkspur Lamps: privacy', // 1
      '', // 2
      '## Who has your data', // 3
      '', // 4
      'Requests are logged in a help-desk system run by Zendesk, Inc. from the United States. It holds your name, e-mail address, phone number, customer number and your messages.', // 5
    ].join('\n'), ['--region', 'eu'], SUPPORT);
    expect(one(fs, 'support', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('"We keep …" after naming the recipient gives it nothing', async () => {
    const fs = await check('larkspur-we.md', [
      '# Larkspur Lamps: privacy', // 1
      '', // 2
      '## Who has your data', // 3
      '', // 4
      'Zendesk, Inc. makes the help-desk software we use. We keep your name, phone number, e-mail address, customer number and messages in our own files.', // 5
    ].join('\n'), ['--region', 'eu'], SUPPORT);
    expect(one(fs, 'support', 'recipients').data.class).not.toBe('clear');
  });
});
