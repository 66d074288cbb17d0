/**
 * Two words the readers lacked (issue 18, held-out-3/4): en "information about your eyesight" is health
 * data, so "We share information about your eyesight only with your explicit consent" is a consent
 * condition on health data, not on the payment data a payment provider gets; it "i dati" (the data) on
 * their own are the data the policy speaks of, so "In generale conserviamo i dati per il tempo
 * strettamente necessario" says vaguely how long they are kept. Policies in our own words, checked
 * against examples/templates/payment_receipt.yaml (flow `payment`, on the contract) and order_shipped.yaml
 * (Meta's `whatsapp_cloud_api`).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one } = policyChecker('general-words-22-');

describe('words for data', () => {
  it('en: a consent condition on "information about your eyesight" is none on the payment flow', async () => {
    const { code, findings, err } = await checkText('eyes.md', [
      '# Privacy', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'We share information about your eyesight and your visits only with your explicit consent.', // 5
      'Our payment service provider receives your payment details to take your payment.', // 6
    ].join('\n'), ['--region', 'eu'], 'templates/payment_receipt.yaml');
    expect(code, err).toBeLessThan(2);
    expect(one(findings, 'payment', 'recipients').data.class).not.toBe('incorrect');
  });

  it('it: "In generale conserviamo i dati per il tempo strettamente necessario" is a vague statement of keeping', async () => {
    const fs = await check('dati.md', [
      '# Informativa sulla privacy', // 1
      '', // 2
      '## Per quanto tempo conserviamo i dati', // 3
      '', // 4
      'In generale conserviamo i dati per il tempo strettamente necessario a fornirti il servizio.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'it']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'vague' } });
  });
});
