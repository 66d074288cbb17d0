/**
 * A blanket statement qualified by a purpose speaks only of flows for that purpose (issue 18; cause
 * A5 of eval/policies/held-out-3/ANALYSIS.md, in part): "we do not pass your details on to other
 * businesses for their own marketing" does not contradict the courier flow (order delivery), while
 * the same denial without the purpose does. Our own words; checked against
 * examples/templates/order_shipped.yaml (courier SwiftShip Logistics, for order delivery).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('blanket-scope-');

const policy = (denial: string) =>
  [
    '# Privacy at Willow Row Candles', // 1
    '', // 2
    '## Who receives your data', // 3
    '', // 4
    'Our courier SwiftShip Logistics receives your name, your phone number and your postal address to deliver your order.', // 5
    denial, // 6
  ].join('\n');

describe('a denial qualified by a purpose', () => {
  it('does not contradict a flow for another purpose', async () => {
    const fs = await check('scoped.md', policy('We do not pass your details on to other businesses for their own marketing.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('the same denial without the purpose contradicts it (ambiguous)', async () => {
    const fs = await check('blanket.md', policy('We do not pass your details on to other businesses.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 6, data: { class: 'ambiguous' } });
  });
});
