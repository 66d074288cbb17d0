/**
 * Issue 18, held-out-9 (RD, tanglin-piano-works): a definition list's term leads into its description
 * (src/policy/outline.ts: `<dt>` read as a lead-in, each `<dd>` as an item under it), and a pronoun that
 * opens a clause stands for the recipient named before it even with one short word before its verb ("it is
 * given …", src/policy/recipient-subject.ts; before, the verb had to follow the pronoun at once). Together:
 * "<dt>SwiftShip Logistics</dt><dd>Our courier …; it is given your name …</dd>" gives the courier its data.
 * Policies in our own words, against examples/templates/order_shipped.yaml (the courier: name, postal
 * address, phone number).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('definition-term-pronoun-');

const courier = async (name: string, text: string) => {
  const { code, findings, err } = await checkText(name, text, ['--region', 'eu', '--locale', 'en']);
  expect(code, err).toBeLessThan(2);
  const fs = onFlow(findings, 'delivery', 'recipients');
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe('a definition term and a pronoun in its description', () => {
  it('the term is the recipient the description\'s "it is given" continues', async () => {
    const text = [
      '<html lang="en"><body>', // 1
      '<h1>Privacy notice</h1>', // 2
      '<h2>Who receives your data</h2>', // 3
      '<dl>', // 4
      '  <dt>SwiftShip Logistics</dt>', // 5
      '  <dd>The courier that brings your parcel to your door; it is given your name, postal address and phone number.</dd>', // 6
      '</dl>', // 7
      '</body></html>', // 8
    ].join('\n');
    expect(await courier('dl.html', text)).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('in prose: "It is given" after the sentence that names the courier', async () => {
    const text = ['# Privacy notice', '', '## Who receives your data', '', 'SwiftShip Logistics is the courier that brings your parcel to your door. It is given your name, postal address and phone number.'].join('\n');
    expect(await courier('prose.md', text)).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
