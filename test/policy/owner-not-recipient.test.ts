/**
 * The company whose policy it is, named in the policy's title, is never "another party" for a flow's
 * recipient. A reviewer's audit of the corpus runs (stop 26) read "the policy names Zalora where flow
 * "delivery" declares SwiftShip Logistics" of a line listing "service providers who provide operational
 * services to Zalora, such as courier services" (corpus zalora.sg, line 111). Policy in our own words,
 * against examples/templates/order_shipped.yaml (courier SwiftShip Logistics).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('owner-not-recipient-');

interface F {
  ruleId: string;
  messageId: string;
  message: string;
  data: Record<string, unknown>;
}

const policy = (title: string) =>
  [
    `# ${title}`, // 1
    '', // 2
    '## Who receives your data', // 3
    '', // 4
    'We give your name, phone number and address to contractors who provide services to Kedai Lestari, such as courier services.', // 5
  ].join('\n');

async function otherNames(title: string): Promise<F[]> {
  const { code, findings, err } = await checkText<F>('kedai-lestari.md', policy(title), ['--region', 'sg', '--locale', 'en']);
  expect(code, err).toBeLessThan(2);
  return findings.filter((f) => f.messageId === 'otherName');
}

describe("the policy's own company is no other party", () => {
  it('named in the title: no "the policy names Kedai Lestari where … declares SwiftShip Logistics"', async () => {
    const found = await otherNames('Kedai Lestari Privacy Policy');
    expect(found.map((f) => f.message)).toEqual([]);
  });

  it('not named in the title: the name next to the role is still reported as another party', async () => {
    const found = await otherNames('Privacy Policy');
    expect(found.some((f) => f.message.includes('Kedai Lestari') && f.message.includes('SwiftShip Logistics'))).toBe(true);
  });
});
