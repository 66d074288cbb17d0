/**
 * Review 7 TH7-5: a retention element the law requires (PDPA s.23(3); PIPL Art. 17(1)(2); GDPR Art. 13(2)(a);
 * CCPA §1798.100(a)(3); each SEA member's own law) must not vanish silently for data only a recipient keeps.
 * A flow shared to a recipient, with no period (`retention`, ours or the recipients') and no criteria
 * (`collectedByRecipients.retentionCriteria`), leaves data the clause can give no period for: region-element-missing
 * reports it in every region whose profile has the retention element, even when the clause keeps other periods.
 */
import { describe, expect, it } from 'vitest';
import { findings, type Raw } from '../helpers/check-case.js';

const REGIONS = ['eu', 'california', 'china', 'sg', 'my', 'th', 'id', 'ph', 'vn'];

/** A card flow as in payment_receipt: the processor keeps the card, we store nothing of it. */
const card = (extra: Record<string, unknown> = {}) => (t: Raw) => {
  (t.flows as unknown[]).push({
    id: 'payment',
    data: ['user.financial.credit_card'],
    purpose: 'essential.service.payment_processing',
    legalBasis: 'contract',
    recipients: [{ type: 'recipient.service_provider.payment_processor', name: 'PayCo', country: 'IE', contact: 'dpo@payco.example', transfer: { default: 'contract' } }],
    ...extra,
  });
};

const retention = (region: string, change?: (t: Raw) => void) =>
  findings('region-element-missing', { region, ...(change ? { change } : {}) }).filter((f) => f.messageId === 'recipientRetention');

describe('TH7-5: a recipient-held retention the clause cannot state is a finding', () => {
  for (const region of REGIONS) {
    it(region, () => {
      const found = retention(region, card());
      expect(found, `${region}: no finding for the card PayCo keeps with no period`).toHaveLength(1);
      expect(found[0]!.message).toMatch(/flow "payment" gives user\.financial\.credit_card to PayCo with no period or criteria declared/);
      expect(found[0]!.severity).toBe('error');
      // The recipients' criteria, or a period they hold, let the clause state it: no finding.
      expect(retention(region, card({ collectedByRecipients: { retentionCriteria: 'for as long as the payment needs them' } }))).toEqual([]);
      expect(retention(region, card({ retention: { value: 30, unit: 'day', from: 'transaction', heldBy: 'recipients' } }))).toEqual([]);
      // The case without the card flow is clean.
      expect(retention(region)).toEqual([]);
    });
  }
});
