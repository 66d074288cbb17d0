/**
 * The rules eval:policies does not score, on a policy people wrote (stop 25, RC): each sentence true of
 * the document it points at, at the line where its cause is. dpf-list-check is about the policy's own
 * statement of a certification, at its line, or says nothing; footer-not-allowed and
 * transfer-mechanism-missing say "the policy" or "the clause disclose writes", not a clause the policy
 * may not have; vague-purpose says "policy", and a purpose phrase a negation denies is none. Policies in
 * our own words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-side-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Found {
  ruleId: string;
  file: string;
  line: number;
  message: string;
  data: Record<string, unknown>;
}

async function check(template: string, name: string, lines: string[] | undefined, region: string): Promise<Found[]> {
  const args = ['check', path.join(EXAMPLES, 'templates', `${template}.yaml`), '--org', path.join(EXAMPLES, 'organization.yaml'), '--region', region, '--format', 'json'];
  if (lines) {
    const file = path.join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    args.push('--policy', file);
  }
  const r = await cli(args);
  // 1 with findings that fail the check, 0 with warnings and notes only; never a usage or input error.
  expect([0, 1], r.err).toContain(r.code);
  return JSON.parse(r.out) as Found[];
}

const head = ['# Privacy at Quillon Paper', '', 'Quillon Paper sells notebooks and letter paper from its shop in Ghent and online.', ''];

describe('dpf-list-check on a policy people wrote', () => {
  it('points at the policy sentence that relies on the certification, and quotes it', async () => {
    const f = (
      await check('order_shipped', 'dpf.en.md', [
        ...head, // 1-4
        '## Order messages', // 5
        '', // 6
        'We send your order updates on WhatsApp through Meta Platforms Ireland Limited, which receives your phone number.', // 7
        'Meta may keep the messages on its servers in the United States.', // 8
        'That transfer relies on the EU-U.S. Data Privacy Framework.', // 9
      ], 'eu')
    ).filter((x) => x.ruleId === 'dpf-list-check');
    expect(f.length).toBe(1);
    expect(path.basename(f[0]!.file)).toBe('dpf.en.md');
    expect(f[0]!.line).toBe(9);
    expect(f[0]!.data['statement']).toBe('That transfer relies on the EU-U.S. Data Privacy Framework.');
    expect(f[0]!.message).toMatch(/^the policy relies on Meta Platforms, Inc\.'s certification under the EU-U\.S\. Data Privacy Framework \("That transfer relies on the EU-U\.S\. Data Privacy Framework\."\); your records give no date on which its entry on the DPF List was checked \(the whatsapp channel's flow "whatsapp_cloud_api" \(its recipient's subProcessor\) or organization\.yaml, field dpfChecked\)/);
  });

  it('says nothing when the policy states no certification; without a policy it is about the clause disclose writes, at the template', async () => {
    const none = (await check('order_shipped', 'nodpf.en.md', [...head, '## Order messages', '', 'We send your order updates on WhatsApp through Meta Platforms Ireland Limited, which receives your phone number.'], 'eu')).filter((x) => x.ruleId === 'dpf-list-check');
    expect(none).toEqual([]);
    const ours = (await check('order_shipped', '', undefined, 'eu')).filter((x) => x.ruleId === 'dpf-list-check');
    expect(ours.length).toBe(1);
    expect(ours[0]!.file).toMatch(/order_shipped\.yaml$/);
    expect(ours[0]!.message).toMatch(/^the clause says Meta Platforms, Inc\. is certified/);
  });
});

describe('footer-not-allowed names the notice the check reads', () => {
  it('a policy without the template\'s §5.4 is the notice, not "clause §5.4"', async () => {
    const f = (await check('one_time_passcode', 'otp.en.md', [...head, '## Signing in', '', 'When you sign in, we send a one-time code to your phone number on WhatsApp.'], 'eu')).filter((x) => x.ruleId === 'footer-not-allowed');
    expect(f.length).toBe(1);
    expect(f[0]!.message).toContain('the notice is the privacy policy otp.en.md only');
    expect(f[0]!.message).not.toContain('§5.4');
    const ours = (await check('one_time_passcode', '', undefined, 'eu')).filter((x) => x.ruleId === 'footer-not-allowed');
    expect(ours[0]!.message).toContain('the notice is clause §5.4 only');
  });
});

describe('transfer-mechanism-missing with a policy', () => {
  it('says what the clause disclose writes names, not "the clause"', async () => {
    const f = (await check('order_shipped', 'sg.en.md', [...head, '## Order messages', '', 'We send your order updates on WhatsApp, which receives your phone number.'], 'sg')).filter((x) => x.ruleId === 'transfer-mechanism-missing');
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.message).toContain('so the clause disclose writes names none');
  });
});

describe('vague-purpose on a policy', () => {
  it('says "policy", and reads no purpose from a phrase a negation denies', async () => {
    const f = (
      await check('order_shipped', 'vague.en.md', [
        ...head, // 1-4
        '## How we use your data', // 5
        '', // 6
        'We use your order history to improve our services.', // 7
        'We never pass your address on to anyone for business purposes.', // 8
        'We do not sell your data, and we use it for other purposes only with your consent.', // 9
      ], 'eu')
    ).filter((x) => x.ruleId === 'vague-purpose');
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [7, 'vague purpose "improve our services" in the policy'],
      [9, 'vague purpose "other purposes" in the policy'],
    ]);
  });
});
