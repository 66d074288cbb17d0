/**
 * Issue 18 (stop 26): a vague finding on a policy names the broader terms it found, and what a policy says
 * otherwise, in a reviewer's words ("service provider for courier SwiftShip Logistics", "European Union for
 * Germany", "up to 90 days for up to 30 days"), as the flow's claims already were (stop 25); the finding's
 * data keeps the keys (termKey). Claims made here in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claim.js';
import { termKey } from '../../src/policy/disclosure-classes.js';
import { describeClaimIn, describeTermIn, messageLocalizer } from '../../src/render/describe-claim.js';
import { examples } from '../helpers/examples.js';

const loc = () => messageLocalizer(examples().catalog);
const courier: Claim = { action: 'share', data: 'user.name', recipient: { type: 'recipient.service_provider.courier', name: 'SwiftShip Logistics' }, purpose: 'essential.fulfilment.delivery' } as Claim;
const partners: Claim = { action: 'share', data: 'user', recipient: { type: 'recipient.service_provider' } } as Claim;

describe('a broader term in words', () => {
  it('a recipient: the policy term for the declared recipient, labels instead of keys', () => {
    const words = describeTermIn({ term: 'recipient', by: partners, wanted: courier }, loc());
    expect(words).toMatch(/ for courier SwiftShip Logistics$/);
    expect(words).not.toContain('recipient.');
    expect(termKey({ term: 'recipient', by: partners, wanted: courier })).toBe('recipient recipient.service_provider for recipient.service_provider.courier "SwiftShip Logistics"');
  });

  it('data: the broader category for the declared one', () => {
    const words = describeTermIn({ term: 'data', by: partners, wanted: courier }, loc());
    expect(words).toMatch(/ for your name$/);
    expect(words).not.toMatch(/user\b/);
  });

  it('a place and a period', () => {
    const inEu = { action: 'store', data: 'user.name', place: 'EU' } as Claim;
    const inDe = { action: 'store', data: 'user.name', place: 'DE' } as Claim;
    expect(describeTermIn({ term: 'place', by: inEu, wanted: inDe }, loc())).toBe('European Union for Germany');
    const ninety = { action: 'retain', data: 'user.name', retention: { value: 90, unit: 'day', upTo: true } } as Claim;
    const thirty = { action: 'retain', data: 'user.name', retention: { value: 30, unit: 'day', upTo: true } } as Claim;
    expect(describeTermIn({ term: 'period', by: ninety, wanted: thirty }, loc())).toBe('up to 90 days for up to 30 days');
  });
});

describe('a transfer in words', () => {
  it('the place is where the data go, the recipient named apart (not read as its seat)', () => {
    const meta = { action: 'transfer', data: 'user.contact.phone_number', recipient: { type: 'recipient.service_provider.messaging_platform', name: 'Meta Platforms Ireland Limited' }, place: 'US' } as Claim;
    const words = describeClaimIn(meta, loc());
    expect(words).toMatch(/^transfer your phone number to United States \(recipient: messaging provider Meta Platforms Ireland Limited\)$/);
    expect(words).not.toContain('Limited (United States)');
  });
});
