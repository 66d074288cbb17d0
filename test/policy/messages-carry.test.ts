/**
 * Issue 18, held-out-5 cause C14 (the lead's decision): a statement about the WhatsApp messages alone
 * ("Meta keeps the WhatsApp messages for up to 30 days", "Meta may store the messages in the United
 * States") covers the WhatsApp channel flow's data, the phone number and the content, since a message
 * on WhatsApp is addressed to the number: `clear`, as both annotators judged. The channel's flow
 * declares it (channels/whatsapp.yaml `messagesCarry`); no other flow reads the messages so. Policies
 * in our own words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('messages-carry-');

describe('the messages of a channel flow carry its phone number', () => {
  it('the WhatsApp flow declares it', () => {
    expect(catalog.channels.get('whatsapp')!.implies.find((f) => f.id === 'whatsapp_cloud_api')!.messagesCarry).toEqual(['user.contact.phone_number']);
  });

  it('"Meta keeps the WhatsApp messages …" and "… stores the messages in the United States" are clear for the WhatsApp flow', async () => {
    const fs = await check('juniper.md', [
      '# Juniper Kites: privacy', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Shipping updates reach you on WhatsApp: Meta Platforms Ireland Limited receives your phone number and the text of each update for us.', // 5
      '', // 6
      '## Where your data is kept', // 7
      '', // 8
      'Our shop runs on servers in Germany. Meta Platforms Ireland Limited may store the WhatsApp messages on servers in the United States.', // 9
      '', // 10
      '## How long we keep it', // 11
      '', // 12
      'WhatsApp messages: Meta Platforms Ireland Limited keeps them for up to 30 days.', // 13
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 9, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 13, data: { class: 'clear' } });
  });
});
