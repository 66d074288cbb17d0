/**
 * Issue 18, truth of the message (stop 24): a recipient named with some of the flow's data and the rest
 * said nowhere is vague (eval/policies/README.md, the weakest category), but not "only in broader terms":
 * the statement uses no broader term. The finding names what is left out. Policies in our own words,
 * against examples/templates/support_followup.yaml (Zendesk: name, phone, e-mail, customer number,
 * message).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('vague-left-out-');

const support = async (name: string, line: string) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', '## Recipients', '', line].join('\n'), ['--region', 'eu', '--locale', 'en'], 'templates/support_followup.yaml');
  expect(code, err).toBeLessThan(2);
  const fs = findings.filter((f) => f.data.flow === 'support' && f.data.aspect === 'recipients');
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe('a vague disclosure that leaves a datum out', () => {
  it('names the customer number it leaves out, and speaks of no broader term', async () => {
    const f = await support('left-out.md', 'Zendesk, Inc. receives your name, your e-mail, your phone number and your messages when you write to us.');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 5, data: { class: 'vague' } });
    // The message says it in a reviewer's words (stop 25); data.leftOut keeps the keys.
    const said = f.message.slice(0, f.message.indexOf(': "'));
    expect(said).toContain('says nothing of share your customer number with');
    expect(said).not.toContain('broader');
    expect(said).not.toContain('your name');
    expect(String((f.data as { leftOut?: string }).leftOut)).toContain('user.unique_id');
    expect(String((f.data as { leftOut?: string }).leftOut)).not.toContain('user.name');
  });

  it('a broader term and a datum left out: says both', async () => {
    const f = await support('both.md', 'Zendesk, Inc. receives your name, your contact details and your messages.');
    expect(f.data.class).toBe('vague');
    expect(f.message).toContain('only in broader terms, and says nothing of share your customer number with');
    expect(String((f.data as { leftOut?: string }).leftOut)).toContain('user.unique_id');
  });
});
