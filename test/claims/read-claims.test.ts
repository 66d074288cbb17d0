import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';

const { catalog } = examples();
const read = (text: string, lng: string, names: string[] = []) => readClaims(text, catalog.locale(lng), { names }).claims.map(describeClaim).sort();

describe('reading hand-written text', () => {
  it('reads the seed case in English: a broad policy sentence', () => {
    expect(read('We share information with partners.', 'en')).toEqual(['share user → recipient']);
  });
  it('reads a specific sentence with a named recipient and its country', () => {
    expect(read('We share your phone number with the courier SwiftShip Logistics (United States) for order delivery.', 'en', ['SwiftShip Logistics'])).toEqual([
      'share user.contact.phone_number → recipient.service_provider.courier "SwiftShip Logistics" for essential.service.order_delivery in US',
    ]);
  });
  it('reads durations, "up to", the start event and denials', () => {
    expect(read('We keep your messages for up to 30 days from sending of the message.', 'en')).toEqual(['retain user.content.message for up to 30 day from message_sent']);
    expect(read('We do not sell your personal information.', 'en')).toEqual(['not sell user']);
    expect(read('We store your email address in the USA.', 'en')).toEqual(['store user.contact.email in US']);
  });
  it('does not split at abbreviations', () => {
    expect(read('We transfer your name to Meta Platforms, Inc. (United States) on the basis of the standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR).', 'en', ['Meta Platforms, Inc.'])).toEqual([
      'transfer user.name → "Meta Platforms, Inc." in US under scc',
    ]);
  });
  it('reads a name written straight after Chinese characters', () => {
    const claims = read('我们向快递公司SwiftShip Logistics（美国）提供您的以下信息：电话号码。', 'zh-CN', ['SwiftShip Logistics']);
    expect(claims.some((c) => c.includes('"SwiftShip Logistics"'))).toBe(true);
  });
  it('finds vague purposes and cues', () => {
    const r = readClaims('We may use your data to improve our services. You have the right of access.', catalog.locale('en'));
    expect(r.vague.map((v) => v.phrase)).toContain('improve our services');
    expect(r.cues.has('rights')).toBe(true);
  });
});
