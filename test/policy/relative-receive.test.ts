/**
 * Issue 18, held-out-8 (RA-R1, cerrajeria-el-pestillo): a relative clause after the recipient that gives it
 * data and denies nothing says the recipient receives them. "Usamos la plataforma de Meta Platforms Ireland
 * Limited, con sede en Dublín, que recibe su número de teléfono y el texto de cada mensaje": the reader left
 * every verb of a relative clause out (so that ", which does not sell it" denies nothing of ours) and the
 * sentence gave Meta no data: vague. A verb of giving in a clause without a negation now stays
 * (src/claims/read-claims.ts relativeClauses); a negated clause is still the recipient's own.
 * Policies in our own words, against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('relative-receive-');

const recipients = async (name: string, line: string, args: string[], flow: string) => {
  const { code, findings, err } = await checkText(name, ['# Privacidad', '', '## Destinatarios', '', line].join('\n'), args);
  expect(code, err).toBeLessThan(2);
  const fs = findings.filter((f) => f.data.flow === flow && f.data.aspect === 'recipients');
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe('a relative clause that gives the recipient data', () => {
  it('es: "…, que recibe su número de teléfono y el texto de cada mensaje": Meta named with the data, clear', async () => {
    const f = await recipients('es.md', 'Para los avisos usamos la plataforma de Meta Platforms Ireland Limited, con sede en Dublín, que recibe su número de teléfono y el texto de cada mensaje.', ['--region', 'eu', '--locale', 'es'], 'whatsapp_cloud_api');
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: a negated clause is still the recipient\'s own (", which does not sell it"): the sharing stays clear, no denial', async () => {
    const f = await recipients('en.md', 'We give your name, postal address and phone number to our courier SwiftShip Logistics, which does not sell them.', ['--region', 'eu', '--locale', 'en'], 'delivery');
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
