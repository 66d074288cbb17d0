/**
 * A template whose channel takes no footer of ours (a WhatsApp authentication template) still has a
 * clause number: the notice shown where the person asks for the code points at it. When the policy has
 * no section with that number, the finding must not say that "the footer cites" it — there is no footer.
 * (Found by the blind held-out-6 run, 2026-12-07: the message was false for one_time_passcode.)
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('disclose-no-footer-');

const POLICY = `# Privacy notice

## 1. Who we are
Lantern Row Books, 4 Quay Street, Dublin.

## 2. Signing in
When you sign in we send a one-time code to your mobile number through WhatsApp.
`;

describe('policy-clause-missing without a footer', () => {
  it('names clause.number, not a footer, when the template sends no footer', async () => {
    const r = await checkText('no-footer.md', POLICY, ['--region', 'eu', '--locale', 'en'], 'templates/one_time_passcode.yaml');
    const missing = r.findings.filter((f) => f.ruleId === 'policy-clause-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.messageId).toBe('numberNoFooter');
    expect(missing[0]!.message).toMatch(/^the template sends no footer, but its notice is clause §5\.4 \("sign-in", clause\.number\)/);
    expect(missing[0]!.message).not.toMatch(/footer cites/);
  });

  it('still says the footer cites the number when there is a footer', async () => {
    const r = await checkText('with-footer.md', POLICY, ['--region', 'eu', '--locale', 'en']);
    const missing = r.findings.filter((f) => f.ruleId === 'policy-clause-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.messageId).toBe('number');
    expect(missing[0]!.message).toMatch(/^the footer cites §5\.2 for "delivery"/);
  });
});
