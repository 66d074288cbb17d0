/**
 * A recipient that keeps a flow's data by criteria of its own, not for a period of ours (issue 18,
 * held-out-6 cause PR1): examples/templates/payment_receipt.yaml's `payment` flow, whose card data
 * the customer types into the payment processor's own form (collectedByRecipients.retentionCriteria)
 * and whose transaction records the processor keeps for a legal duty of its own (ownRetention). The
 * flow makes no retention claim, so no retention finding was made at all. Now the processor's keeping
 * said with the processor named is clear, a general sentence vague, nothing omitted. Policies in our
 * own words.
 */
import { describe, expect, it } from 'vitest';
import { paymentPolicy, policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('criteria-retention-');
const TEMPLATE = 'templates/payment_receipt.yaml';
const ARGS = ['--region', 'eu', '--locale', 'en'];


const retention = async (name: string, ...lines: string[]) => {
  const r = await checkText(name, paymentPolicy(...lines), ARGS, TEMPLATE);
  expect(r.code, r.err).toBeLessThan(2);
  return one(r.findings, 'payment', 'retention');
};

describe("a payment processor's own retention criteria", () => {
  it('is clear where the policy says how long the processor keeps the data', async () => {
    const f = await retention('clear.md', 'Stripe keeps the payment data while it needs it to finish the payment and to settle refunds, and for longer where money-laundering law tells it to.');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 9, data: { class: 'clear' } });
  });

  it('is vague where only a general sentence on keeping covers it', async () => {
    const f = await retention('vague.md', 'We keep personal data no longer than we need it.');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 9, data: { class: 'vague' } });
  });

  it('is omitted where only our own records have a period, and the finding says what the flow declares', async () => {
    const f = await retention('omitted.md', 'Our copies of the receipts Stripe sends us are kept for 13 months.');
    expect(f).toMatchObject({ ruleId: 'disclosure-omitted', data: { class: 'omitted' } });
    expect(f.message).toMatch(/"Stripe Payments Europe" keeps user\.name, .* by its own criteria/);
  });
});
