/**
 * Denials scoped by their own words (issue 18, held-out-4 cause B3 = held-out-3 A5): "with anyone
 * else" is anyone but the recipients the policy names, as "except as described" (no contradiction
 * with a listed recipient); "without your written consent" is a consent condition, as "without your
 * consent", not a denial of sharing. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier flow `delivery` on the contract, not on consent).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-scope-');

describe('scoped denials', () => {
  it('"We do not share your personal data with anyone else" after a list does not contradict the list', async () => {
    const fs = await check('else.md', [
      '# Privacy', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      '- Our courier receives your name, postal address and phone number.', // 5
      '- Meta Platforms Ireland Limited receives your phone number and the text of each message.', // 6
      '', // 7
      'We do not share your personal data with anyone else.', // 8
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('"without your written consent" is a consent condition: against a flow on the contract it is incorrect, not a denial beside the listing', async () => {
    const fs = await check('written.md', [
      '# Privacy', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'We will not disclose your name to any third party without your written consent.', // 5
      '', // 6
      'Our courier receives your name, postal address and phone number.', // 7
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });
});
