/**
 * Issue 18, held-out-8 anyaman-mendong-sari (RB-T5): Indonesian says a company's seat with "berkantor di" (has its
 * office in) as often as "berkedudukan di"; Malay with "berpejabat di". General vocabulary of `policy.established`
 * (src/policy/recipient-seat.ts): the place after it is where the data the recipient gets go. Policy in our own words,
 * checked against examples/templates/marketing_promotion.yaml (AdReach Media in the United States).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('seat-words-id-');

describe('Indonesian "berkantor di"', () => {
  it('"AdReach Media, agensi iklan yang berkantor di Amerika Serikat, menerima …": the transfer to the United States is clear', async () => {
    const text = [
      '# Kebijakan Privasi',
      '',
      '## Iklan',
      '',
      'Dengan persetujuan Anda, AdReach Media, agensi iklan yang berkantor di Amerika Serikat, menerima nomor telepon, ID perangkat, dan daftar barang yang pernah Anda beli. Data ini disimpan di server kami di Jerman.',
    ].join('\n');
    const { code, findings, err } = await checkText('berkantor.id.md', text, ['--region', 'id', '--locale', 'id'], 'templates/marketing_promotion.yaml');
    expect(code, err).toBeLessThan(2);
    const fs = onFlow(findings, 'ad_audiences', 'transfers');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
