/**
 * Issue 18, held-out-7/8 (RA-D1): a data phrase is read by its head and what follows it. Three forms the
 * reader missed, so a named recipient with every datum of its flow read as vague:
 * - a term for data in general whose last word begins a more specific term ("i dati dell'appuntamento":
 *   "i dati" is data in general, "dati dell'appuntamento" the appointment) is read as the specific term
 *   (src/claims/read-claims.ts);
 * - in a language that puts the head first, the article or possessive after "de" does not change the data
 *   ("l'identifiant de votre appareil" is "identifiant de l'appareil"; reader.yaml `policy.linkForms`);
 * - a Dutch compound said head first ("de gegevens van uw transactie" for "transactiegegevens";
 *   `policy.ofForms` with `compound`).
 * Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check } = policyChecker('data-heads-');

const recipients = async (name: string, line: string, args: string[], template: string, flow: string) => {
  const text = ['# Privacy', '', '## Recipients', '', line].join('\n');
  const findings = await check(name, text, args, template);
  return findings.filter((f) => f.data.flow === flow && f.data.aspect === 'recipients');
};

describe('a data phrase read by its head and what follows it', () => {
  it('it: "i dati dell\'appuntamento" is the appointment, not data in general: clear', async () => {
    const fs = await recipients('it.md', 'Per i promemoria Sinch Sweden AB riceve il Suo nome, il numero di cellulare e i dati dell\'appuntamento.', ['--region', 'eu', '--locale', 'it'], 'templates/appointment_reminder.yaml', 'reminder');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('fr: "l\'identifiant de votre appareil" and "l\'historique de vos achats" are the device id and purchase history: clear', async () => {
    const fs = await recipients('fr.md', 'Nous transmettons votre numéro de téléphone, l\'identifiant de votre appareil et l\'historique de vos achats à AdReach Media.', ['--region', 'eu', '--locale', 'fr'], 'templates/marketing_promotion.yaml', 'ad_audiences');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('fr: without the device id the same sentence stays vague', async () => {
    const fs = await recipients('fr-less.md', 'Nous transmettons votre numéro de téléphone et l\'historique de vos achats à AdReach Media.', ['--region', 'eu', '--locale', 'fr'], 'templates/marketing_promotion.yaml', 'ad_audiences');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.data.class).toBe('vague');
  });

  it('nl: "de gegevens van uw transactie" are transaction data: clear', async () => {
    const fs = await recipients('nl.md', 'Stripe Payments Europe ontvangt uw naam, uw e-mailadres, uw kaartgegevens en de gegevens van uw transactie.', ['--region', 'eu', '--locale', 'nl'], 'templates/payment_receipt.yaml', 'payment');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
