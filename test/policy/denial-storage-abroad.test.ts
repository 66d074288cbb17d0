/**
 * Issue 18 (the held-out-4 row de4a9a0 moved: a denial of providing data abroad against our own
 * servers abroad): a denial of transfers abroad is not answered by storage inside the region's
 * area, but storage outside it ("our order system is hosted in Germany" in a policy for Singapore)
 * is itself a transfer abroad, so the denial and the storage statement contradict: ambiguous, not
 * incorrect. Policy in our own words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-storage-abroad-');

describe('a transfer denial against storage abroad', () => {
  it('is ambiguous when the storage place is outside the region', async () => {
    const fs = await check('flint.md', [
      '# Flint Hill Teas: privacy', // 1
      '', // 2
      '## Transfers', // 3
      '', // 4
      'We do not transfer your personal data abroad.', // 5
      '', // 6
      '## Where we keep your data', // 7
      '', // 8
      'Our order system is hosted in Germany.', // 9
    ].join('\n'), ['--region', 'sg']);
    const f = one(fs, 'delivery', 'transfers');
    expect(f.data.class).toBe('ambiguous');
    expect(f.line).toBe(5);
  });
});
