/**
 * Issue 18 (RF, stop 27): two readings that could say a flow is disclosed when the policy does not disclose it (a
 * false clear hides a conflict). Our own words; no set has either shape.
 *
 * - A transfer to a recipient of another kind ("… to our courier in the United States") is not the flow's transfer
 *   to the recipient it names (Meta Platforms Ireland Limited, a messaging platform) in the same country: the flow's
 *   claim named the recipient only, and any category on the text's side passed for it.
 * - A contact line that names the flow's recipient beside a datum written as the label of its value ("Meta Platforms
 *   Ireland Limited (our WhatsApp provider) — phone number: +353 …") gives that recipient nothing: the verb-less
 *   reading of stop 26 (a sentence naming the flow's data and its recipient by name, with no verb) read it as Meta
 *   getting the phone number.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rf-false-clears-');

async function check(name: string, text: string, args: string[], template?: string) {
  const { code, findings, err } = await checkText(name, text, args, template);
  expect(code, err).toBeLessThan(2);
  return findings;
}

describe('no disclosure read where the policy makes none', () => {
  it("a courier's transfer to the United States is not Meta's", async () => {
    const fs = await check('lantern-lane.md', [
      '# Lantern Lane Lamps: privacy', // 1
      '', // 2
      '## Delivery', // 3
      '', // 4
      'We send delivery updates on WhatsApp. We transfer your name, phone number, postal address and those messages to our courier in the United States.', // 5
    ].join('\n'), ['--region', 'eu']);
    const meta = one(fs, 'whatsapp_cloud_api', 'transfers');
    expect(meta.data.class).toBe('omitted');
    // The courier's own transfer is still read.
    expect(one(fs, 'delivery', 'transfers').data.class).not.toBe('omitted');
  });

  it('a contact line naming Meta with a phone number gives Meta nothing', async () => {
    const fs = await check('lantern-lane-2.md', [
      '# Lantern Lane Lamps: privacy', // 1
      '', // 2
      '## Delivery', // 3
      '', // 4
      'We pass your name, phone number and postal address to our courier, SwiftShip Logistics.', // 5
      '', // 6
      '## Contact us', // 7
      '', // 8
      '- Meta Platforms Ireland Limited (our WhatsApp provider) — phone number: +353 1 555 0100', // 9
      '- Lantern Lane Lamps — phone number: +44 20 7946 0000, e-mail address: hello@lantern.example', // 10
    ].join('\n'), ['--region', 'eu']);
    const meta = one(fs, 'whatsapp_cloud_api', 'recipients');
    expect(meta.data.class).not.toBe('clear');
    // Nothing is said as given to Meta: no "discloses … in part".
    expect(meta.message).not.toMatch(/discloses/);
  });
});
