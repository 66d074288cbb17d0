/**
 * Issue 18, held-out-7 (RA-V1, neoprenos-la-maruca): an e-mail address said by its medium alone ("Nombre,
 * correo electrónico, móvil, número de cliente, mensajes", "your name, your e-mail and …") is the e-mail
 * address, as the taxonomy's "email" is (reader.yaml `policy.data`, en es vi de nl: general vocabulary the
 * lists lacked). Before, the support recipient read as vague for want of the e-mail. Policies in our own
 * words, against examples/templates/support_followup.yaml (Zendesk: name, phone, e-mail, customer number,
 * message).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('email-medium-');

const support = async (name: string, line: string, args: string[]) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', '## Recipients', '', line].join('\n'), args, 'templates/support_followup.yaml');
  expect(code, err).toBeLessThan(2);
  const fs = findings.filter((f) => f.data.flow === 'support' && f.data.aspect === 'recipients');
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe('an e-mail address said by its medium alone', () => {
  it('es: "correo electrónico" in a list of data given to Zendesk: clear', async () => {
    const f = await support('es.md', 'Zendesk, Inc. recibe su nombre, correo electrónico, móvil, número de cliente y mensajes.', ['--region', 'eu', '--locale', 'es']);
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: "your e-mail": clear', async () => {
    const f = await support('en.md', 'Zendesk, Inc. receives your name, your e-mail, your phone number, your customer number and your messages.', ['--region', 'eu', '--locale', 'en']);
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
