import { describe, expect, it } from 'vitest';
import { claimKey, uniqueClaims, type Claim } from '../../src/claims/claim.js';

describe('uniqueClaims', () => {
  const share = (data: string, name?: string): Claim => ({ action: 'share', data, ...(name ? { recipient: { type: 'recipient.courier', name } } : {}) });

  it('keeps each key once, in the order of the keys', () => {
    const claims = [share('data.phone', 'DHL'), share('data.address'), share('data.phone', 'DHL'), { action: 'collect', data: 'data.email' } as Claim, share('data.address', 'DHL')];
    const out = uniqueClaims(claims);
    const keys = out.map(claimKey);
    expect(keys).toEqual([...new Set(claims.map(claimKey))].sort());
    expect(out).toHaveLength(4);
  });

  it('keeps the first of the claims that share a key', () => {
    const first = share('data.phone', 'DHL');
    const second = share('data.phone', 'DHL');
    const out = uniqueClaims([share('data.name'), first, second]);
    expect(out).toContain(first);
    expect(out).not.toContain(second);
  });

  it('returns a new array, also for none or one claim', () => {
    const none: Claim[] = [];
    const one = [share('data.phone')];
    expect(uniqueClaims(none)).not.toBe(none);
    expect(uniqueClaims(one)).not.toBe(one);
    expect(uniqueClaims(one)).toEqual(one);
  });
});
