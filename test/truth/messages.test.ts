/**
 * Findings that used to mislead: the sides of an attribute conflict when the claim comes from the
 * footer, footer data no flow declares, labels instead of keys in messages (keys stay in data).
 */
import { describe, expect, it } from 'vitest';
import { findings, template, caseProject } from '../helpers/check-case.js';

describe('finding messages say what each side says, in words', () => {
  it('retention-mismatch from the footer: the footer says 30 days, the clause says 180', () => {
    const f = findings('retention-mismatch', { change: (t) => void (t['footer'] = 'We keep your phone number for 30 days from delivery of the order. Privacy §5.2') });
    expect(f).toHaveLength(1);
    expect(f[0]!.messageId).toBe('footer');
    expect(f[0]!.message).toMatch(/the footer says "keep your phone number for 30 days from delivery of the order", the clause says "keep your phone number for 180 days from delivery of the order"/);
    expect(f[0]!.data['claim']).toMatch(/retain user\.contact\.phone_number for 30 day/);
  });
  it('disclosure-omitted for a flow names data and recipient by their labels; data keeps the keys', () => {
    const policy = 'For order delivery we process your name, phone number and postal address.';
    const f = findings('disclosure-omitted', { policy });
    const share = f.find((x) => x.message.includes('courier SwiftShip Logistics'));
    expect(share?.message).toMatch(/share your (name|phone number|postal address) with courier SwiftShip Logistics \(United States\) for order delivery/);
    expect(String(share?.data['claim'])).toMatch(/^share user\./);
  });
});

describe('the source sentence follows the flow', () => {
  const body = (source: Record<string, unknown> | undefined) => {
    const p = caseProject();
    const t = template((raw) => {
      if (source) (raw.flows[0] as Record<string, unknown>)['source'] = source;
    });
    return p.render(t, { region: p.catalog.region('california'), locale: 'en' }).clause.text;
  };
  it('collected: directly from you', () => expect(body(undefined)).toMatch(/We obtain your name, phone number, and postal address directly from you\./));
  it('derived: never "directly from you" as the source', () => {
    const text = body({ from: 'derived' });
    expect(text).toMatch(/by inference from your activity with us, not directly from you/);
    expect(text).not.toMatch(/postal address directly from you\./);
  });
  it('from a third party, with its category', () => expect(body({ from: 'third_party', category: 'recipient.third_party.advertising' })).toMatch(/We obtain your name, phone number, and postal address from a third party: advertising partner\./));
});
