/**
 * Issue 18, held-out-7 neoprenos-la-maruca (RB-T4) and held-out-8 reefline-aquatics (RB-T2): giving data to the
 * provider that hosts our systems (a category, a recipients table's row "Hosting providers | … | Germany") is
 * keeping them where it is (src/policy/own-storage.ts); and a recipient named by name that keeps some of what it
 * gets somewhere keeps there all the flow gives it (which data it gets is the recipients aspect's question); where
 * customer data in general are kept (held-out-7 sepatu-lari-cendana "Data pelanggan kami disimpan di server …
 * di Jerman") is where each of the flow's data is kept. Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('storage-clause-');

const transfers = async (name: string, lines: string[], flow: string, template: string) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', ...lines].join('\n'), ['--region', 'sg', '--locale', 'en'], template);
  expect(code, err).toBeLessThan(2);
  return onFlow(findings, flow, 'transfers');
};

describe('where data are kept, bound to the flow', () => {
  it('a hosting providers row with a place in a recipients table is our storage there', async () => {
    const fs = await transfers(
      'hosting-row.md',
      [
        '## Who receives your data',
        '',
        '| Recipient | What they receive | Where |',
        '|---|---|---|',
        '| Zendesk, Inc. | Your name, phone number, e-mail address, customer number and messages | United States |',
        '| Hosting providers | All of the above | Germany |',
      ],
      'support',
      'templates/support_followup.yaml',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });

  it('Stripe keeping part of what it gets in the United States keeps all it gets there', async () => {
    const fs = await transfers(
      'named-keeps.md',
      ['## Payments', '', 'Stripe Payments Europe, Limited receives your name, your e-mail address and your card details. Stripe keeps your name and the card on servers in the United States.'],
      'payment',
      'templates/payment_receipt.yaml',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('"All customer data are stored in Germany" places each of the flow\'s data there', async () => {
    const fs = await transfers(
      'customer-data.md',
      ['## Who receives your data', '', 'Zendesk, Inc., based in the United States, receives your name, phone number, e-mail address, customer number and messages.', '', '## Where we keep it', '', 'All customer data are stored in Germany.'],
      'support',
      'templates/support_followup.yaml',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });
});
