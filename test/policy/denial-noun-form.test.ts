/**
 * Denials in noun form (issue 18): "Eine Weitergabe Ihrer Daten an Dritte findet nicht statt", "Es
 * erfolgt keine Übermittlung in Drittländer", "Ein Verkauf Ihrer Daten findet nicht statt" deny
 * sharing, transfers and sales as "Wir geben Ihre Daten nicht weiter" does, though no "wir" says them;
 * the same in French ("Aucune transmission … n'a lieu"), Dutch ("Er vindt geen doorgifte … plaats")
 * and Polish ("Nie dochodzi do przekazania …"). The noun alone states nothing ("das Recht auf
 * Übertragung Ihrer Daten"). A denial about server log data ("Eine Weitergabe der Daten findet nicht
 * statt" after the log files a visit to the website leaves) speaks of that data only. Policies in our
 * own words, checked against examples/templates/order_shipped.yaml and marketing_promotion.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one, classes: courierClasses } = policyChecker('denial-noun-');

const INTRO: Record<string, [string, string, string]> = {
  de: ['Datenschutz im Kräuterladen', 'Hier steht, was mit Ihren Angaben geschieht, wenn Sie bei uns bestellen.', 'Empfänger'],
  fr: ['Confidentialité à la Petite Herboristerie', 'Voici ce que deviennent les informations que vous nous donnez lors d\'une commande.', 'Destinataires'],
  nl: ['Privacy bij de Kruidenwinkel', 'Hier leest u wat er gebeurt met wat u ons geeft als u bestelt.', 'Ontvangers'],
  pl: ['Prywatność w Sklepie Zielarskim', 'Tutaj opisujemy, co dzieje się z informacjami, które podajesz przy zamówieniu.', 'Odbiorcy'],
};
const LISTING: Record<string, string> = {
  de: 'Unser Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.',
  fr: 'Notre transporteur SwiftShip Logistics reçoit votre nom, votre adresse et votre numéro de téléphone.',
  nl: 'Onze bezorgdienst SwiftShip Logistics ontvangt uw naam, adres en telefoonnummer.',
  pl: 'Nasza firma kurierska SwiftShip Logistics otrzymuje Twoje imię i nazwisko, adres i numer telefonu.',
};
const policy = (lng: string, ...lines: string[]) => [`# ${INTRO[lng]![0]}`, '', INTRO[lng]![1], '', `## ${INTRO[lng]![2]}`, '', ...lines].join('\n');
const args = (lng: string) => ['--region', 'eu', '--locale', lng];
let n = 0;
/** The class of the courier flow's aspect: the denial alone, and after the courier is listed. */
const classes = (lng: string, denial: string, aspect = 'recipients') => courierClasses((...lines) => policy(lng, ...lines), LISTING[lng]!, denial, args(lng), aspect);

describe('a denial in noun form is the business\'s own', () => {
  it.each([
    ['de', 'Eine Weitergabe Ihrer Daten an Dritte findet nicht statt.'],
    ['de', 'Es erfolgt keine Weitergabe Ihrer personenbezogenen Daten an Dritte.'],
    ['fr', "Aucune transmission de vos données à des tiers n'a lieu."],
    ['nl', 'Er vindt geen doorgifte van uw gegevens aan derden plaats.'],
    ['pl', 'Nie dochodzi do przekazania Twoich danych osobom trzecim.'],
  ])('%s "%s": incorrect alone, ambiguous beside the listed courier', async (lng, denial) => {
    expect(await classes(lng, denial)).toEqual(['incorrect', 'ambiguous']);
  });

  it('"Eine Übermittlung in Drittländer erfolgt nicht" denies the courier\'s transfer to the US', async () => {
    expect((await classes('de', 'Eine Übermittlung in Drittländer erfolgt nicht.', 'transfers'))[0]).toBe('incorrect');
  });

  it('"Ein Verkauf Ihrer Daten findet nicht statt" denies a sale: nothing against the courier, the denial it is against a sold flow', async () => {
    expect((await classes('de', 'Ein Verkauf Ihrer Daten findet nicht statt.'))[1]).toBe('clear');
    const { findings } = await checkText('sold.md', policy('de', 'Ein Verkauf Ihrer Daten findet nicht statt.'), args('de'), 'templates/marketing_promotion.yaml');
    // The sale denial is the advertising flow's finding (its recipients), one at the denial (held-out-3 A9).
    const denied = findings.filter((f) => f.ruleId === 'disclosure-incorrect' && f.line === 7);
    expect(denied.map((f) => [f.data.flow, f.data.aspect, f.data.class])).toEqual([['ad_audiences', 'recipients', 'incorrect']]);
  });

  it.each([
    ['the noun in a sentence on rights', 'Sie haben das Recht auf Übertragung Ihrer Daten.'],
    ['the noun with no negation', 'Eine Weitergabe erfolgt nur an unseren Paketdienst.'],
    ['a purpose', 'Eine Weitergabe Ihrer Daten zu Werbezwecken findet nicht statt.'],
    ['an exception for the courier', 'Eine Weitergabe Ihrer Daten an Dritte findet nicht statt, außer an unseren Paketdienst.'],
  ])('%s: the listed courier stays clear', async (_what, line) => {
    const f = one(await check(`k${n++}.md`, policy('de', LISTING['de']!, '', line), args('de')), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
  });

  it('"ohne Ihre Einwilligung" is a consent condition: incorrect for a flow on the contract', async () => {
    expect((await classes('de', 'Eine Weitergabe Ihrer Daten an Dritte findet ohne Ihre Einwilligung nicht statt.'))[1]).toBe('incorrect');
  });
});

describe('a denial about server log data speaks of that data only', () => {
  const LOGS = 'Wenn Sie unsere Website aufrufen, speichert unser Server Ihre IP-Adresse, den Browser und die Uhrzeit in Server-Logfiles.';
  it.each([
    ['the log files named in the sentences before it', [LOGS, '', 'Eine Weitergabe oder sonstige Nutzung der Daten findet nicht statt.']],
    ['the log files named later in its paragraph', ['Eine Weitergabe der Daten findet nicht statt. Die Logfiles löschen wir nach sieben Tagen.']],
    ['the log files named in the denial', ['Eine Weitergabe der Server-Logfiles an Dritte findet nicht statt.']],
  ])('%s: no denial of the courier flow', async (_what, lines) => {
    const alone = one(await check(`l${n++}.md`, policy('de', ...lines), args('de')), 'delivery', 'recipients');
    expect(alone.data.class).toBe('omitted');
    const listed = one(await check(`m${n++}.md`, policy('de', LISTING['de']!, '', ...lines), args('de')), 'delivery', 'recipients');
    expect(listed.data.class).toBe('clear');
  });

  it('a denial naming the flow\'s own data after the log files is still weighed', async () => {
    expect(await classes('de', `${LOGS} Eine Weitergabe Ihrer Anschrift an Dritte findet nicht statt.`)).toEqual(['incorrect', 'ambiguous']);
  });
});
