/**
 * Issue 18, findings a reviewer reads (stop 25): the messages of the disclosure findings on a policy
 * say the flow's claims in words ("store your e-mail address in Germany"), not taxonomy keys
 * ("store user.contact.email in DE"); the JSON data keeps the keys. Policies in our own words, against
 * examples/templates/support_followup.yaml (Zendesk, Inc. in the US; the tickets stored in Germany).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('finding-words-');

const check = async (name: string, lines: string[]) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', '## Recipients', '', ...lines].join('\n'), ['--region', 'eu', '--locale', 'en'], 'templates/support_followup.yaml');
  expect(code, err).toBeLessThan(2);
  return findings.filter((f) => f.data.flow === 'support');
};

const KEYS = /\buser\.[a-z_.]+|recipient\.[a-z_.]+|essential\.[a-z_.]+/;

describe('disclosure findings on a policy say the claims in words', () => {
  it('incorrect: the wrong storage place against the flow, in words', async () => {
    const fs = await check('incorrect.md', [
      'Zendesk, Inc. in the United States receives your name, e-mail address, phone number, customer number and messages to answer your request.',
      'Zendesk keeps these tickets on its servers in Singapore.',
    ]);
    const f = fs.find((x) => x.ruleId === 'disclosure-incorrect' && x.data.aspect === 'transfers');
    expect(f, JSON.stringify(fs.map((x) => [x.ruleId, x.data.aspect]))).toBeDefined();
    const said = f!.message.slice(f!.message.indexOf('does otherwise'));
    expect(said).toContain('in Germany');
    expect(said).not.toMatch(KEYS);
    expect(String(f!.data.claim)).toMatch(/store user\.\S+ in DE/);
  });

  it('omitted: what the policy does not disclose, in words', async () => {
    const fs = await check('omitted.md', ['We use a help desk to answer your questions.']);
    const f = fs.find((x) => x.ruleId === 'disclosure-omitted');
    expect(f, JSON.stringify(fs.map((x) => [x.ruleId, x.message]))).toBeDefined();
    expect(f!.message).not.toMatch(KEYS);
    expect(f!.message).toContain('your');
  });
});
