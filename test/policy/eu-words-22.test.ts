/**
 * Words of the European-language readers that the sixth held-out set showed missing (issue 18,
 * eval/policies/held-out-6/ANALYSIS.md, R1's causes), each on a policy in our own words:
 * pl a bare "e-mail" in a list of data (the address), "treść zgłoszenia" (the text of a request: the
 * customer's message) and "pozostałe dane" (the rest of the data) in a residual retention item; a
 * data word labelling a statement ("Pozostałe dane – …") is no defined term; de "Nachrichtentext"
 * (message content); it "cancella" (deletes, third person); nl "krijgt" (gets) as a verb of receiving,
 * "honderdtachtig" (180) as a number, nouns joined into compounds ("bezorgbericht": a message); a
 * period for data named by another purpose is not the WhatsApp flow's ("Delivery details …: 180 days");
 * our storage "only" in a place ("ausschließlich … in Deutschland gespeichert") denies a transfer elsewhere;
 * fr "à des fins commerciales" scopes a denial to marketing, "le rappel par SMS" names the appointment reminder;
 * a recipients table's column of places ("Siedziba", "Paese") says where each row's data goes (pl, it, fr).
 * Checked against examples/templates/support_followup.yaml (`support`: name, phone number, e-mail,
 * customer number and message to Zendesk) and order_shipped.yaml / service_hours_notice.yaml
 * (WhatsApp's `whatsapp_cloud_api`: phone number and message content to Meta, kept up to 30 days).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { checkText } = policyChecker('eu-words-22-');
const findings = async (name: string, text: string, locale: string, template = 'order_shipped'): Promise<PolicyFinding[]> => {
  const { code, findings: fs, err } = await checkText(name, text, ['--region', 'eu', '--locale', locale], `templates/${template}.yaml`);
  expect(code, err).toBeLessThan(2);
  return fs;
};
const classOf = (fs: PolicyFinding[], flow: string, aspect: string) => onFlow(fs, flow, aspect).map((f) => [f.data.class, f.line]);

describe('European readers: words held-out-6 showed missing', () => {
  it('pl: "e-mail" and "treść zgłoszenia" in what a named recipient receives are the address and the message', async () => {
    const fs = await findings('zgloszenia.md', [
      '# Polityka prywatności', // 1
      '', // 2
      '## Komu przekazujemy dane', // 3
      '', // 4
      'Zendesk otrzymuje Twoje imię i nazwisko, e-mail, numer telefonu, numer klienta oraz treść zgłoszenia.', // 5
    ].join('\n'), 'pl', 'support_followup');
    expect(classOf(fs, 'support', 'recipients')).toEqual([['clear', 5]]);
  });

  it('pl: a residual item "Pozostałe dane – …" is a vague period for the data no other item names', async () => {
    const fs = await findings('pozostale.md', [
      '# Polityka prywatności', // 1
      '', // 2
      '## Jak długo przechowujemy dane', // 3
      '', // 4
      '- Faktury – pięć lat.', // 5
      '- Pozostałe dane – tylko tak długo, jak są nam potrzebne.', // 6
    ].join('\n'), 'pl');
    expect(classOf(fs, 'whatsapp_cloud_api', 'retention')).toEqual([['vague', 6]]);
  });

  it('de: "den Nachrichtentext" is the message content Meta gets with the number', async () => {
    const fs = await findings('nachrichtentext.md', [
      '# Datenschutzerklärung', // 1
      '', // 2
      '## Empfänger', // 3
      '', // 4
      'Für die Versandnachrichten nutzen wir WhatsApp Business der Meta Platforms Ireland Limited. Meta erhält Ihre Handynummer und den Nachrichtentext.', // 5
    ].join('\n'), 'de');
    expect(classOf(fs, 'whatsapp_cloud_api', 'recipients')).toEqual([['clear', 5]]);
  });

  it('it: "Meta li cancella … entro 30 giorni" states how long Meta keeps the messages', async () => {
    const fs = await findings('cancella.html', [
      '<html lang="it"><body>', // 1
      '<h2>Per quanto tempo conserviamo i dati</h2>', // 2
      '<table>', // 3
      '<tr><td>Fatture</td><td>10 anni</td></tr>', // 4
      '<tr><td>Messaggi WhatsApp</td><td>Meta li cancella dai suoi server entro 30 giorni dall\'invio</td></tr>', // 5
      '</table>', // 6
      '</body></html>', // 7
    ].join('\n'), 'it', 'service_hours_notice');
    expect(classOf(fs, 'whatsapp_cloud_api', 'retention')).toEqual([['clear', 5]]);
  });

  it('nl: "krijgt" is a verb of receiving, "honderdtachtig dagen" a period', async () => {
    const fs = await findings('krijgt.txt', [
      'PRIVACYVERKLARING', // 1
      '', // 2
      'WIE ONTVANGT UW GEGEVENS', // 3
      '', // 4
      'Uw pakket brengt SwiftShip Logistics. SwiftShip Logistics krijgt daarvoor uw naam, adres en telefoonnummer.', // 5
      '', // 6
      'HOE LANG WE GEGEVENS BEWAREN', // 7
      '', // 8
      'Uw naam, adres en telefoonnummer voor de bezorging wissen wij honderdtachtig dagen na de bezorging.', // 9
    ].join('\n'), 'nl');
    expect(classOf(fs, 'delivery', 'recipients')).toEqual([['clear', 5]]);
    expect(classOf(fs, 'delivery', 'retention')).toEqual([['clear', 9]]);
  });

  it('nl: a compound ending in "bericht" is a message, so "een bezorgbericht via WhatsApp" names the channel its provider gets', async () => {
    const fs = await findings('bezorgbericht.md', [
      '# Privacyverklaring', // 1
      '', // 2
      'Is uw pakket onderweg, dan sturen we u een bezorgbericht via WhatsApp.', // 3
    ].join('\n'), 'nl');
    expect(classOf(fs, 'whatsapp_cloud_api', 'recipients')).toEqual([['vague', 3]]);
  });

  it('a period for data named by another purpose ("Delivery data (…, phone number)") is not how long Meta keeps the messages', async () => {
    const fs = await findings('other-group.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep your data', // 3
      '', // 4
      '- Delivery data (your name, address and phone number) is deleted 180 days after delivery.', // 5
      '- Invoices: ten years.', // 6
    ].join('\n'), 'en');
    expect(classOf(fs, 'delivery', 'retention')).toEqual([['clear', 5]]);
    expect(classOf(fs, 'whatsapp_cloud_api', 'retention').map(([c]) => c)).toEqual(['omitted']);
  });

  it.each([
    ['de', 'Ihre Daten werden ausschließlich auf Servern in Deutschland gespeichert.', 'Meta kann die Nachrichten auf Servern in den USA speichern.'],
    ['en', 'Your data is stored only on servers in Germany.', 'Meta may keep the messages on servers in the United States.'],
  ])('%s: our storage only in Germany beside Meta\'s storage in the US is ambiguous for WhatsApp\'s transfers', async (locale, only, meta) => {
    const fs = await findings(`only-${locale}.md`, ['# Privacy', '', '## Storage', '', only, meta].join('\n'), locale);
    expect(classOf(fs, 'whatsapp_cloud_api', 'transfers')).toEqual([['ambiguous', 5]]);
  });

  it('fr: a denial "à des fins commerciales" leaves the reminder provider clear; "les données du rappel par SMS" are the reminder\'s', async () => {
    const fs = await findings('rappel.md', [
      '# Politique de confidentialité', // 1
      '', // 2
      '## Destinataires', // 3
      '', // 4
      'Nos rappels de rendez-vous partent par Sinch Sweden, qui reçoit votre nom, votre numéro de portable et l\'heure du rendez-vous.', // 5
      'Vos données de santé ne sont jamais transmises à des fins commerciales.', // 6
      '', // 7
      '## Durée de conservation', // 8
      '', // 9
      'Les données du rappel par SMS sont effacées 30 jours après le rendez-vous.', // 10
    ].join('\n'), 'fr', 'appointment_reminder');
    expect(classOf(fs, 'reminder', 'recipients')).toEqual([['clear', 5]]);
    expect(classOf(fs, 'reminder', 'retention')).toEqual([['clear', 10]]);
  });

  it.each([
    ['pl', '| Odbiorca | Dane | Siedziba |', '| Zendesk | imię i nazwisko, adres e-mail, numer telefonu, numer klienta, treść wiadomości | USA |'],
    ['it', '| Destinatario | Dati | Paese |', '| Zendesk | nome, indirizzo e-mail, numero di telefono, numero cliente, contenuto dei messaggi | Stati Uniti |'],
  ])('%s: a recipients table with a column of places says where the row\'s data go', async (locale, header, row) => {
    const fs = await findings(`places-${locale}.md`, ['# Privacy', '', '## Recipients', '', header, '|---|---|---|', row].join('\n'), locale, 'support_followup');
    expect(classOf(fs, 'support', 'transfers')).toEqual([['clear', 7]]);
  });
});
