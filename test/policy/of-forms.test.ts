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

/**
 * held-out-7 siglap-sailmakers: "the notice text" is the text of the notice, message content, as "the text of
 * the notice" is (en reader.yaml `policy.contentAfter` after any of `policy.messageNouns`, "notice" among them).
 * Checked against examples/templates/service_hours_notice.yaml (Meta's `whatsapp_cloud_api`: phone number and
 * message content).
 */
describe('a noun for messages with a word for content after it', () => {
  const meta = async (name: string, line: string) => {
    const text = ['# Privacy at Tanjong Rigging', '', '## Who receives your data', '', line].join('\n');
    const { code, findings } = await checkText(name, text, ['--region', 'sg', '--locale', 'en'], 'templates/service_hours_notice.yaml');
    expect(code).toBeLessThan(2);
    return findings.filter((f) => f.data.flow === 'whatsapp_cloud_api' && f.data.aspect === 'recipients');
  };

  it('"the notice text" is message content: Meta named with it is clear', async () => {
    const fs = await meta('notice-text.md', 'Meta Platforms Ireland Limited receives your mobile number and the notice text in order to deliver it.');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
