/**
 * Issue 18, held-out-7/8 (RA-C1): a denial on a condition of consent however the consent is worded.
 * "Gesundheitsdaten geben wir ohne Ihre ausdrückliche Einwilligung nicht an Dienstleister weiter" (an
 * adjective between "ohne Ihre" and "Einwilligung"), "senza il Suo consenso esplicito" (a form of address
 * the consentOnly phrases did not list), "sans votre accord exprès" were read as plain denials, so a flow
 * resting on that very consent read as ambiguous. A word for "without" or "only with" (reader.yaml
 * `policy.consentConditions`) right before a mention of explicit consent makes the denial one of consent:
 * met by a flow on consent, a contradiction (incorrect) for one that is not. Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('consent-condition-');

const classOf = async (name: string, lines: string[], args: string[], template: string, flow: string) => {
  const { code, findings, err } = await checkText(name, ['# Datenschutz', '', '## Empfänger', '', ...lines].join('\n'), args, template);
  expect(code, err).toBeLessThan(2);
  const fs = findings.filter((f) => f.data.flow === flow && f.data.aspect === 'recipients');
  expect(fs).toHaveLength(1);
  return fs[0]!;
};

describe('a denial on a condition of explicit consent', () => {
  const de = ['--region', 'eu', '--locale', 'de'];
  it('de: met by the reminder, which rests on explicit consent: the named SMS provider stays clear', async () => {
    const f = await classOf('de-met.md', ['Für die Erinnerung erhält Sinch Sweden AB Ihren Namen, Ihre Mobilnummer und Ihre Termindaten.', '', 'Gesundheitsdaten geben wir ohne Ihre ausdrückliche Einwilligung nicht an Dienstleister weiter.'], de, 'templates/appointment_reminder.yaml', 'reminder');
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('de: against the courier, whose flow rests on the contract, it is still a contradiction', async () => {
    const f = await classOf('de-courier.md', ['Wir geben Ihre Daten ohne Ihre ausdrückliche Einwilligung nicht an Dritte weiter.'], de, 'templates/order_shipped.yaml', 'delivery');
    expect(f).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });

  it('fr: a sale denial "sans votre accord exprès" is met by a sale on that consent', async () => {
    const f = await classOf('fr-sale.md', ['Avec votre accord, nous transmettons votre numéro de téléphone, l\'identifiant de votre appareil et l\'historique de vos achats à AdReach Media.', '', 'Nous ne vendons pas vos données sans votre accord exprès.'], ['--region', 'eu', '--locale', 'fr'], 'templates/marketing_promotion.yaml', 'ad_audiences');
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
