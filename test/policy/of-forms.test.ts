/**
 * Issue 18, held-out-7 (luntian-plant-co, payment): English names a kind of data with its head noun first
 * as often as last: "the details of the transaction" is "transaction details", "the details of your
 * payment" "payment details" (en reader.yaml `policy.ofForms`, read for every data term ending in a head
 * noun). Before, the of-form named no data, so the sentence left the flow's transaction data out and the
 * named recipient read as vague. Policies in our own words, checked against
 * examples/templates/payment_receipt.yaml (flow `payment` to Stripe Payments Europe).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('of-forms-');

const recipients = async (name: string, line: string) => {
  const text = ['# Privacy at Fernbrook Ceramics', '', '## Who receives your data', '', line].join('\n');
  const { code, findings } = await checkText(name, text, ['--region', 'eu', '--locale', 'en'], 'templates/payment_receipt.yaml');
  expect(code).toBeLessThan(2);
  return findings.filter((f) => f.data.flow === 'payment' && f.data.aspect === 'recipients');
};

describe('a data term with its head noun first', () => {
  it('"the details of the transaction" are transaction details: clear', async () => {
    const fs = await recipients('of-the.md', 'Stripe Payments Europe receives your name, your e-mail address and the details of the transaction.');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('without the transaction data the same sentence is vague', async () => {
    const fs = await recipients('without.md', 'Stripe Payments Europe receives your name and your e-mail address.');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'vague' } });
  });
});
