/**
 * California's "sell or share": beside "sell", "share" is the CCPA's defined term — disclosing to a third
 * party for cross-context behavioral advertising (Cal. Civ. Code §1798.140(ah)(1)); a service provider is
 * no third party (§1798.140(ai)(2)). "We do not sell or share your personal information" is therefore no
 * denial of giving a phone number to the messaging provider that sends the message, only of sales and
 * of sharing for advertising. Elsewhere (no such term in the region's law) the same words deny every
 * disclosure. Seen on the blind held-out-6 first run (2026-12-07); the sentences here are our own.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { check } = policyChecker('disclose-ccpa-share-');

const OTP = `# Privacy Policy

## 1. Sign-in codes
When you sign in, we send a one-time code to your mobile number on WhatsApp. Meta Platforms Ireland Limited runs the WhatsApp Business service for us and receives your mobile number and the code message.

## 2. Selling and sharing
We do not sell or share your personal information.
`;

const ADS = `# Privacy Policy

## 1. Advertising
We give your email address and phone number to AdReach Media, our advertising partner, so that it can show you our offers on other websites.

## 2. Selling and sharing
We do not sell or share your personal information.
`;

const contradicts = (fs: Awaited<ReturnType<typeof check>>, flow: string) => onFlow(fs, flow, 'recipients').filter((f) => f.data.class === 'ambiguous' || f.data.class === 'incorrect');

describe('"sell or share" under the CCPA', () => {
  it('does not contradict the messaging provider (a service provider) in a California policy', async () => {
    const fs = await check('otp-ca.md', OTP, ['--region', 'california'], 'templates/one_time_passcode.yaml');
    expect(contradicts(fs, 'whatsapp_cloud_api')).toEqual([]);
    expect(onFlow(fs, 'whatsapp_cloud_api', 'recipients').map((f) => f.data.class)).toEqual(['clear']);
  });

  it('still contradicts a flow that sells to an advertising partner, and no longer the messaging flows', async () => {
    const fs = await check('ads-ca.md', ADS, ['--region', 'california'], 'templates/marketing_promotion.yaml');
    expect(onFlow(fs, 'ad_audiences', 'recipients').map((f) => f.data.class)).toEqual(['ambiguous']);
    // One finding at the denial (held-out-3 A9): the sale denial is weighed in the flow's finding, not reported again on its own.
    expect(onFlow(fs, 'ad_audiences', 'recipients').map((f) => f.line)).toEqual([7]);
    expect(fs.filter((f) => f.ruleId === 'disclosure-incorrect' && f.messageId === 'denied')).toEqual([]);
    expect(contradicts(fs, 'whatsapp_cloud_api')).toEqual([]);
  });

  it('is a blanket denial where the law has no such term (eu)', async () => {
    const fs = await check('otp-eu.md', OTP, ['--region', 'eu', '--locale', 'en'], 'templates/one_time_passcode.yaml');
    expect(onFlow(fs, 'whatsapp_cloud_api', 'recipients').map((f) => f.data.class)).toEqual(['ambiguous']);
  });
});
