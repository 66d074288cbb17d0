/**
 * Keeping and storing are one verb in many languages (issue 18, held-out-5 cause C2). In a policy
 * people wrote, such a verb with a place and no period says where the data are ("Meta may keep the
 * messages on its servers in the United States"), and one with a period and no place says how long
 * ("przechowuje je Meta, najdłużej 30 dni"); src/claims/read-claims.ts `keepingOrStorage`. Sentences
 * in our own words. disclose's own text is read as before (the policy reader's rule only).
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';

const { catalog } = examples();
const read = (text: string, lng: string, policy = true) => readClaims(text, catalog.locale(lng), { policy }).claims.map(describeClaim).sort();

describe('a verb of keeping or storing, read by what stands beside it', () => {
  it('with a place and no period it is storage there', () => {
    expect(read('The platform may keep your messages on servers in the United States.', 'en')).toEqual(['store user.content.message in US']);
    expect(read('Penyedia platform dapat menyimpan pesan Anda di Singapura.', 'id')).toEqual(['store user.content.message in SG']);
  });

  it('with a period and no place it is keeping for that period', () => {
    expect(read('Wiadomości przechowuje dostawca platformy najdłużej 14 dni.', 'pl')).toEqual(['retain user.content.message for up to 14 days']);
  });

  // Changed in stop 24 (R2a, held-out-11): a policy's clause with both says both (where and how long); before, the
  // place was lost and with it the transfer of a recipient that keeps the data abroad.
  it('with both, a policy says both; in the text disclose writes the verb keeps its first reading', () => {
    expect(read('We keep your messages on servers in the United States for up to 30 days.', 'en')).toEqual(['retain user.content.message for up to 30 days', 'store user.content.message in US']);
    expect(read('The platform may keep your messages on servers in the United States.', 'en', false)).toEqual([]);
  });
});
