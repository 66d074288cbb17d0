/**
 * Issue 18 (RF, stop 27): a sentence of keeping that names the data by a word pointing back ("Our partners keep these
 * details on servers in the US"; policy.dataReferences) keeps what the sentence before it named, as a sentence of
 * giving does (stop 26, RD-9); and a broad category opening it ("our partners") is the one the sentence before gave
 * them to ("our delivery partners"). The lead's probe at c35ff28 read the transfer as omitted. Our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rf-kept-data-reference-');

async function check(name: string, text: string, args: string[], template?: string) {
  const { code, findings, err } = await checkText(name, text, args, template);
  expect(code, err).toBeLessThan(2);
  return findings;
}

describe('a sentence of keeping that points back to the data', () => {
  it('"Our partners keep these details on servers in the US" after the data given to our delivery partners', async () => {
    const fs = await check('pebble-and-pine.md', [
      '# Pebble & Pine: privacy', // 1
      '', // 2
      '## Delivery', // 3
      '', // 4
      'For delivery we give your name, phone number and postal address to our delivery partners.', // 5
      'Our partners keep these details on servers in the US.', // 6
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('a sentence with no word pointing back keeps nothing of the flow', async () => {
    const fs = await check('pebble-and-pine-2.md', [
      '# Pebble & Pine: privacy', // 1
      '', // 2
      '## Delivery', // 3
      '', // 4
      'For delivery we give your name, phone number and postal address to our delivery partners.', // 5
      'Our partners keep their own invoices on servers in the US.', // 6
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'transfers').data.class).not.toBe('clear');
  });
});
