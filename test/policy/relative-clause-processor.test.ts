/**
 * A recipient followed by a relative clause that ends in a processing verb (Dutch and German put the verb
 * last in a subordinate clause) receives the data the clause names before the verb (issue 18, held-out-7
 * het-ganzenbord, RW1; the same class as held-out-5 imkerei-sonnleitner C7): "via Meta Platforms Ireland
 * Limited in Dublin, die daarvoor uw mobiele nummer … verwerkt". Before, only data after the verb were
 * read, so Meta was disclosed only by "Meta bewaart de berichten …" (vague). Our own words;
 * src/policy/recipient-subject.ts.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('relative-processor-');
const OTP = 'templates/one_time_passcode.yaml';
const classOf = async (name: string, text: string, locale: string) => {
  const r = await checkText(name, text, ['--region', 'eu', '--locale', locale], OTP);
  expect(r.code, r.err).toBeLessThan(2);
  return onFlow(r.findings, 'whatsapp_cloud_api', 'recipients').map((f) => `${f.data.class}@${f.line}`);
};

describe('a relative clause that ends in the processing verb', () => {
  it('Dutch: "…, die daarvoor uw mobiele nummer en de tekst verwerkt" discloses the recipient', async () => {
    const text = ['Privacyverklaring', '', 'Wij sturen u de inlogcode per WhatsApp.', 'Het bericht gaat via Meta Platforms Ireland Limited in Dublin, die daarvoor uw mobiele nummer en de tekst van het bericht verwerkt.'].join('\n');
    expect(await classOf('p.nl.txt', text, 'nl')).toEqual(['clear@4']);
  });

  it('German: "…, die dafür Ihre Mobilnummer und den Nachrichtentext verarbeitet" likewise', async () => {
    const text = ['Datenschutzerklärung', '', 'Den Anmeldecode senden wir Ihnen über WhatsApp.', 'Die Nachricht läuft über die Meta Platforms Ireland Limited, die dafür Ihre Mobilnummer und den Text der Nachricht verarbeitet.'].join('\n');
    expect(await classOf('p.de.txt', text, 'de')).toEqual(['clear@4']);
  });
});
