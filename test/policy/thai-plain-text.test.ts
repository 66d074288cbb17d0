/**
 * Issue 18, held-out set 6 (R2, causes AS4 and C3 in th): a Thai plain-text clause heading "ข้อ 2 …"
 * (clause word, number, title; Thai writes no full stop) with its text on the very next line is a
 * heading, so the statement under it is cited at its own line and not read in one sentence with the
 * heading (src/policy/plain-lines.ts); "อีเมล" alone is the e-mail address and "รายการชำระเงิน" the
 * payment transaction (reader.yaml policy.data). A policy in our own words, checked against
 * examples/templates/payment_receipt.yaml (flow `payment`: name, e-mail, card and transaction to
 * Stripe Payments Europe).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('thai-plain-');

describe('Thai plain text', () => {
  it('"ข้อ 2 …" is a heading; the processor gets name, e-mail, card and the payment transaction', async () => {
    const { code, findings, err } = await checkText('doi-sung.th.txt', [
      'นโยบายความเป็นส่วนตัว ร้านชาดอยสูง', // 1
      '', // 2
      'ข้อ 1 ข้อมูลที่เราใช้', // 3
      'เราใช้ชื่อและอีเมลของท่านเพื่อส่งใบเสร็จ', // 4
      '', // 5
      'ข้อ 2 ผู้ให้บริการรับชำระเงิน', // 6
      'Stripe Payments Europe ได้รับชื่อ อีเมล ข้อมูลบัตร และรายการชำระเงินของท่านเพื่อรับชำระเงินแทนเรา', // 7
    ].join('\n'), ['--region', 'th', '--locale', 'th'], 'templates/payment_receipt.yaml');
    expect(code, err).toBeLessThan(2);
    const recipients = one(findings, 'payment', 'recipients');
    expect(recipients.data.class).toBe('clear');
    expect(recipients.line).toBe(7);
  });
});
