/**
 * Denials in more languages and what is none (issue 18, stop 21 R3). A denial in noun form in Spanish
 * and Italian ("No se produce ninguna cesión …", "Non avviene alcuna comunicazione …") is the
 * business's own, as the German, French, Dutch and Polish ones are; a noun form whose negation sits in
 * a condition ("Eine Weitergabe erfolgt nur, wenn Sie nicht widersprochen haben") is no denial. A
 * relative clause after the recipient (fr "qui", es "que", it "che", nl "die", pl "która") says what
 * that recipient does: its negation does not negate the disclosure, and a denial before the comma
 * stays one. English "pass your data to …" gives the data as "pass … on" does. Policies in our own
 * words, checked against examples/templates/order_shipped.yaml (courier flow `delivery`).
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-clauses-');
const { catalog } = examples();

const INTRO: Record<string, [string, string, string]> = {
  en: ['Privacy at the Corner Bakery', 'This notice tells you what happens to what you give us when you order.', 'Who receives your data'],
  de: ['Datenschutz im Kräuterladen', 'Hier steht, was mit Ihren Angaben geschieht, wenn Sie bei uns bestellen.', 'Empfänger'],
  es: ['Privacidad en la Tienda de Especias', 'Aquí explicamos qué ocurre con lo que nos da al hacer un pedido.', 'Destinatarios'],
  it: ["Privacy all'Erboristeria del Borgo", 'Qui spieghiamo che cosa succede a ciò che ci dà quando ordina.', 'Destinatari'],
  fr: ['Confidentialité à la Petite Herboristerie', "Voici ce que deviennent les informations que vous nous donnez lors d'une commande.", 'Destinataires'],
  nl: ['Privacy bij de Kruidenwinkel', 'Hier leest u wat er gebeurt met wat u ons geeft als u bestelt.', 'Ontvangers'],
  pl: ['Prywatność w Sklepie Zielarskim', 'Tutaj opisujemy, co dzieje się z informacjami, które podajesz przy zamówieniu.', 'Odbiorcy'],
};
const LISTING: Record<string, string> = {
  de: 'Unser Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.',
  es: 'Nuestra empresa de transporte SwiftShip Logistics recibe su nombre, su dirección y su número de teléfono.',
  it: 'Il nostro corriere SwiftShip Logistics riceve il Suo nome, il Suo indirizzo e il Suo numero di telefono.',
};
const policy = (lng: string, ...lines: string[]) => [`# ${INTRO[lng]![0]}`, '', INTRO[lng]![1], '', `## ${INTRO[lng]![2]}`, '', ...lines].join('\n');
const args = (lng: string) => ['--region', 'eu', '--locale', lng];
let n = 0;
const courier = async (lng: string, ...lines: string[]) => one(await check(`p${n++}.md`, policy(lng, ...lines), args(lng)), 'delivery', 'recipients').data.class;

describe('denials in noun form in Spanish and Italian', () => {
  it.each([
    ['es', 'No se produce ninguna cesión de sus datos a terceros.'],
    ['it', 'Non avviene alcuna comunicazione dei Suoi dati a terzi.'],
  ])('%s "%s": incorrect alone, ambiguous beside the listed courier', async (lng, denial) => {
    expect([await courier(lng, denial), await courier(lng, LISTING[lng]!, '', denial)]).toEqual(['incorrect', 'ambiguous']);
  });

  it('a negation in a condition after the comma is no denial', async () => {
    const line = 'Eine Weitergabe Ihrer Daten an andere Unternehmen erfolgt nur, wenn Sie dem nicht widersprochen haben.';
    expect(readClaims(line, catalog.locale('de'), { policy: true }).claims.filter((c) => c.negated).map(describeClaim)).toEqual([]);
    expect(await courier('de', LISTING['de']!, '', line)).toBe('clear');
  });
});

describe('a relative clause with its own negation, beyond English and German', () => {
  it.each([
    ['fr', 'Nous transmettons votre nom, votre adresse et votre numéro de téléphone à SwiftShip Logistics, qui ne les vend pas.'],
    ['es', 'Comunicamos su nombre, su dirección y su número de teléfono a SwiftShip Logistics, que no los vende.'],
    ['it', 'Comunichiamo il Suo nome, il Suo indirizzo e il Suo numero di telefono a SwiftShip Logistics, che non li vende.'],
    ['nl', 'Wij verstrekken uw naam, adres en telefoonnummer aan SwiftShip Logistics, die ze niet verkoopt.'],
    ['pl', 'Przekazujemy Twoje imię i nazwisko, adres dostawy i numer telefonu firmie SwiftShip Logistics, która ich nie sprzedaje.'],
  ])('%s: the courier flow is clear', async (lng, line) => {
    expect(await courier(lng, line)).toBe('clear');
  });

  it('a denial before the comma stays a denial (fr)', async () => {
    expect(await courier('fr', "Nous ne transmettons vos données à aucune autre entreprise, qui pourrait les revendre.")).toBe('incorrect');
  });
});

describe('English "pass your data to …"', () => {
  it('discloses the courier as "pass … on" does', async () => {
    expect(await courier('en', 'We pass your name, postal address and phone number to SwiftShip Logistics, our courier.')).toBe('clear');
  });
});
