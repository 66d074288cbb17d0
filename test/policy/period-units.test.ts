/**
 * One period in two units (issue 18, held-out-4 R4-4): "24 months" is "2 years" and "14 days" is "2
 * weeks", so a policy that gives the flow's period in another unit states it (clear), not another one
 * (incorrect). A month has no fixed number of days: "6 months" against 180 days stays another period.
 * Policies in our own words, checked against examples/templates/support_followup.yaml (flow `support`,
 * 2 years from the ticket's closing) and order_shipped.yaml (courier flow `delivery`, 180 days from delivery).
 */
import { describe, expect, it } from 'vitest';
import { courierRetentionPolicy, policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('period-units-');
const check = async (name: string, text: string, template: string): Promise<PolicyFinding[]> => {
  const { code, findings, err } = await checkText(name, text, ['--region', 'eu'], `templates/${template}.yaml`);
  expect(code, err).toBeLessThan(2);
  return findings;
};

describe('a period in another unit', () => {
  it('"24 months after the ticket is closed" is the support flow\'s 2 years', async () => {
    const fs = await check('months.md', ['# Privacy', '', '## How long we keep data', '', 'Support enquiries are erased 24 months after the ticket is closed.'].join('\n'), 'support_followup');
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('"6 months after delivery" is not the courier flow\'s 180 days', async () => {
    const fs = await check('six.md', courierRetentionPolicy('We delete the data we share with our courier 6 months after delivery.'), 'order_shipped');
    expect(one(fs, 'delivery', 'retention').data.class).toBe('incorrect');
  });
});
