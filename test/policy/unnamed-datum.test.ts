/**
 * Issue 18, the lead's decision at stop 24 (eval/policies/README.md, on the second annotators' question
 * of held-out-8 and held-out-10): a datum the policy never names for anyone — the support flow's
 * customer number, an internal identifier — does not by itself make a recipient named with the flow's
 * other data `vague`; every blind annotator of sets 7–10 judged such a statement `clear`. A datum the
 * policy does name, for another recipient only, still counts. Policies in our own words, against
 * examples/templates/support_followup.yaml (Zendesk: name, phone, e-mail, customer number, message).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('unnamed-datum-');

const support = async (name: string, lines: string[]) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', '## Recipients', '', ...lines].join('\n'), ['--region', 'eu', '--locale', 'en'], 'templates/support_followup.yaml');
  expect(code, err).toBeLessThan(2);
  const fs = findings.filter((f) => f.data.flow === 'support' && f.data.aspect === 'recipients');
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe('a datum the policy never names', () => {
  it('Zendesk named with name, e-mail, phone and messages, the customer number nowhere: clear', async () => {
    const f = await support('never.md', ['Zendesk, Inc. receives your name, your e-mail, your phone number and your messages when you write to us.']);
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('the customer number named for another recipient only: still vague for Zendesk', async () => {
    const f = await support('elsewhere.md', [
      'Zendesk, Inc. receives your name, your e-mail, your phone number and your messages when you write to us.',
      '',
      'Our accounting firm receives your customer number with each invoice.',
    ]);
    expect(f.data.class).toBe('vague');
  });
});
