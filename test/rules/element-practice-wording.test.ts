/**
 * region-element-missing never says a region "requires" an element its profile keeps for reviewers'
 * practice with no statutory source (`practice:`; Indonesia's local_storage: UU PDP Pasal 21 ayat (1) sets
 * no notice element for where data are stored). A reviewer's audit of the corpus runs (stop 26) read
 * "id requires … local_storage (no statutory source: …)", a sentence that contradicts itself. Policy in our
 * own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('element-practice-');

interface F {
  ruleId: string;
  messageId: string;
  message: string;
  data: Record<string, unknown>;
}

describe('an element kept for practice, not found in a policy', () => {
  it('is said apart from what the law requires', async () => {
    const text = ['# Kebijakan Privasi', '', '## Pengiriman', '', 'Kami memberikan nama dan alamat Anda kepada kurir kami agar pesanan dapat diantar.'].join('\n');
    const { code, findings, err } = await checkText<F>('kedai.md', text, ['--region', 'id', '--locale', 'id']);
    expect(code, err).toBeLessThan(2);
    const root = findings.find((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absentPolicy');
    expect(root, JSON.stringify(findings.map((f) => f.ruleId))).toBeDefined();
    const elements = root!.data['elements'] as string[];
    expect(elements).toContain('local_storage');
    // Stop 27 (LE): contact, transfer and government_disclosure are practice too now (Pasal 21 ayat (1) UU PDP asks
    // none of them), so reviewers ask for more than one.
    expect(root!.message).toMatch(/^id requires \d+ elements for these flows, and its reviewers ask for (?:one|\d+) more \(no statutory source\) that disclose could not find in the policy: /);
    // Each element in words since stop 27 (EF): the transfer, not its key.
    expect(root!.message).toMatch(/the transfer of data abroad \(no statutory source: /);
    expect(root!.message).not.toMatch(/^id requires \d+ elements for these flows that/);
  });
});
