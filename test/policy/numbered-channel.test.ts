/**
 * A numbered part that names the template's recipient by its short name is about the template
 * (issue 18, held-out-6 cause C8): "5.7 … via WhatsApp", "5.6 … pytamy przez WhatsApp" name WhatsApp
 * (WhatsApp Ireland Limited, the channel's recipient), which the claim reader finds as a name, but
 * section-finding looked for the declared names in full only, so the footer's right number was
 * reported as an unrelated section. A numbered part about something else is still reported. Policies
 * in our own words, checked against examples/templates/service_hours_notice.yaml (clause 5.7).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { checkText } = policyChecker('numbered-channel-');
const sectionFindings = (fs: PolicyFinding[]) => fs.filter((f) => f.ruleId === 'clause-reference-mismatch' || f.ruleId === 'policy-clause-missing');

const policy = (seven: string) =>
  [
    '# Privacy at Brindle Hardware', // 1
    '', // 2
    '## 5. Messages we send you', // 3
    '', // 4
    '### 5.6 Order confirmations', // 5
    '', // 6
    'We email you a confirmation of each order.', // 7
    '', // 8
    seven, // 9
    '', // 10
    'A week before a public holiday we tell you on WhatsApp on which days the shop stays shut.', // 11
  ].join('\n');

const run = async (name: string, text: string) => {
  const r = await checkText(name, text, ['--region', 'eu', '--locale', 'en'], 'templates/service_hours_notice.yaml');
  expect(r.code, r.err).toBeLessThan(2);
  return sectionFindings(r.findings);
};

describe('a numbered part naming the channel the message goes by', () => {
  it('is the clause the footer cites', async () => {
    expect(await run('channel.md', policy('### 5.7 Closing days by WhatsApp'))).toEqual([]);
  });

  it('is not, where the part is about something else', async () => {
    const text = policy('### 5.7 Gift vouchers').replace('we tell you on WhatsApp on which days the shop stays shut', 'vouchers can be used in the shop');
    const fs = await run('other.md', text);
    expect(fs.map((f) => [f.ruleId, f.line])).toEqual([['clause-reference-mismatch', 9]]);
  });
});
