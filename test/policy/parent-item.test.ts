/**
 * Issue 18, held-out-8 (RA-L1, may-tre-phu-vinh): an item nested under a list item continues it, whatever
 * the parent's length. The parent names the recipient in a long phrase ("Meta Platforms Ireland Limited
 * (Ireland), the company that runs WhatsApp for our shipping updates"), the nested items say what it
 * receives and keeps ("receives: …"). A parent longer than a short label was taken for prose of its own
 * and led into nothing, so "receives: your phone number and the text of each message" named no one and
 * Meta's recipients read as vague. src/policy/outline.ts leadInOf. Policy in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('parent-item-');

describe('a nested list item continues its parent item', () => {
  it('a long parent naming Meta, a nested "receives:" item with its data: clear', async () => {
    const text = [
      '# Privacy', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'To deliver your order we share data with:', // 5
      '', // 6
      '- Meta Platforms Ireland Limited (Ireland), the company that runs WhatsApp for our shipping updates', // 7
      '  - receives: your phone number and the text of each message;', // 8
      '  - keeps the messages for no more than 30 days.', // 9
    ].join('\n');
    const { code, findings, err } = await checkText('nested.md', text, ['--region', 'eu', '--locale', 'en']);
    expect(code, err).toBeLessThan(2);
    const fs = findings.filter((f) => f.data.flow === 'whatsapp_cloud_api' && f.data.aspect === 'recipients');
    expect(fs).toHaveLength(1);
    // At the nested item, or at the parent item that names Meta (its data are the nested items').
    expect(fs[0]!.data.class).toBe('clear');
    expect([7, 8]).toContain(fs[0]!.line);
  });
});
