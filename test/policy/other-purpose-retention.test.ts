/**
 * A keeping for data named by another purpose than the flow's (issue 18, held-out-3 A2): "Order and
 * delivery data: until the return period is over" says how long the data used to ship an order are
 * kept; it is no vague statement of how long Meta keeps the WhatsApp messages, though both are
 * "data". A purpose after the verb says why data are kept, not which ("we keep your personal data only
 * as long as we need them for the delivery"), and stays a general statement. (A period for such data
 * against another flow's period is no conflict: 68436b3.) Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (Meta's `whatsapp_cloud_api`, purpose message delivery).
 */
import { describe, expect, it } from 'vitest';
import { courierRetentionPolicy as policy, policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('other-purpose-retention-');

describe('a keeping for data named by another purpose', () => {
  it('"Order and delivery data: until the return period is over" is no vague statement of Meta\'s keeping', async () => {
    const fs = await check('until.md', policy('- Order and delivery data: until the return period is over, then as long as tax law asks.'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
  });

  it('a purpose after the verb says why data are kept, not which: the sentence stays a vague statement for Meta\'s messages', async () => {
    const fs = await check('why.md', policy('We keep your personal data only as long as we need them for the delivery of your order.'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('vague');
  });

  it('a sentence that names Meta is Meta\'s keeping whatever purpose it names', async () => {
    const fs = await check('meta.md', policy('Delivery messages: Meta keeps them only as long as it needs to deliver them.'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('vague');
  });
});
