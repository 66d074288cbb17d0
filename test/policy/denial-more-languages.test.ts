/**
 * Denials in French, Spanish, Italian and Dutch (issue 18): "Nous ne transmettons jamais…",
 * "No cedemos…", "Non cediamo…", "Wij verstrekken … nooit aan derden" and their passives ("Vos
 * données ne sont jamais communiquées…", "Sus datos no se comunicarán…", "Uw gegevens worden niet …
 * verstrekt") deny sharing; a sale denial denies a sale only. Scoped as the English denials are: to a
 * purpose, an exception naming the courier, "without your consent". An exception that names the
 * flow's recipient excepts that flow and discloses it, in the denial's broader terms ("… except
 * with the courier that delivers your order": vague, not incorrect). Policies in our own words,
 * checked against examples/templates/order_shipped.yaml (courier flow on the contract).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-more-');

interface Case {
  lng: string;
  heading: string;
  listing: string;
  denials: string[];
  sale: string;
  purpose: string;
  exception: string;
  consent: string;
}

const CASES: Case[] = [
  {
    lng: 'fr',
    heading: 'Destinataires',
    listing: 'Notre transporteur SwiftShip Logistics reçoit votre nom, votre adresse postale et votre numéro de téléphone.',
    denials: ['Nous ne transmettons jamais vos données personnelles à des tiers.', 'Vos données ne sont jamais communiquées à des tiers.'],
    sale: 'Nous ne vendons pas vos données personnelles.',
    purpose: 'Nous ne transmettons jamais vos données à des tiers à des fins de marketing.',
    exception: 'Nous ne transmettons jamais vos données à des tiers, sauf à nos transporteurs.',
    consent: 'Nous ne transmettons jamais vos données à des tiers sans votre consentement.',
  },
  {
    lng: 'es',
    heading: 'Destinatarios',
    listing: 'Nuestra empresa de mensajería SwiftShip Logistics recibe tu nombre, tu dirección postal y tu número de teléfono.',
    denials: ['No cedemos sus datos personales a terceros.', 'Sus datos no se comunicarán a terceros.'],
    sale: 'Nunca vendemos sus datos personales.',
    purpose: 'No cedemos tus datos a terceros con fines de marketing.',
    exception: 'No cedemos tus datos a terceros, salvo a las empresas de mensajería.',
    consent: 'No cedemos tus datos a terceros sin tu consentimiento.',
  },
  {
    lng: 'it',
    heading: 'Destinatari',
    listing: 'Il nostro corriere SwiftShip Logistics riceve il tuo nome, il tuo indirizzo postale e il tuo numero di telefono.',
    denials: ['Non cediamo i tuoi dati personali a terzi.', 'I tuoi dati non vengono mai ceduti a terzi.'],
    sale: 'Non vendiamo mai i tuoi dati personali.',
    purpose: 'Non cediamo i tuoi dati a terzi per finalità di marketing.',
    exception: 'Non cediamo i tuoi dati a terzi, salvo ai nostri corrieri.',
    consent: 'Non cediamo i tuoi dati a terzi senza il tuo consenso.',
  },
  {
    lng: 'nl',
    heading: 'Ontvangers',
    listing: 'Onze pakketdienst SwiftShip Logistics ontvangt uw naam, uw adres en uw telefoonnummer.',
    denials: ['Wij verstrekken uw persoonsgegevens nooit aan derden.', 'Uw gegevens worden niet aan derden verstrekt.'],
    sale: 'Uw gegevens verkopen wij nooit.',
    purpose: 'Wij verstrekken uw gegevens nooit aan derden voor marketingdoeleinden.',
    exception: 'Wij verstrekken uw gegevens nooit aan derden, behalve aan onze pakketdienst.',
    consent: 'Wij verstrekken uw gegevens nooit aan derden zonder uw toestemming.',
  },
];

let n = 0;
const courier = async (c: Case, ...lines: string[]) =>
  one(await check(`${c.lng}${n++}.md`, ['# Privacy', '', `## ${c.heading}`, '', ...lines].join('\n'), ['--region', 'eu', '--locale', c.lng]), 'delivery', 'recipients');

describe.each(CASES)('$lng', (c) => {
  it('the denials are denials: incorrect alone, ambiguous beside the listed courier', async () => {
    for (const d of c.denials) {
      expect((await courier(c, d)).data.class, d).toBe('incorrect');
      expect((await courier(c, c.listing, '', d)).data.class, d).toBe('ambiguous');
    }
  });

  it('a sale denial, a purpose and an exception for the courier do not contradict the listed courier', async () => {
    for (const d of [c.sale, c.purpose, c.exception]) expect((await courier(c, c.listing, '', d)).data.class, d).toBe('clear');
  });

  it('the exception alone discloses the courier in broader terms; "without your consent" is incorrect for a flow on the contract', async () => {
    expect(await courier(c, c.exception)).toMatchObject({ line: 5, data: { class: 'vague' } });
    expect((await courier(c, c.listing, '', c.consent)).data.class).toBe('incorrect');
  });
});

describe('English, the same scoping', () => {
  it('"except with the courier that delivers your order" excepts the courier (vague) but not WhatsApp (incorrect)', async () => {
    const fs = await check('en-except.md', ['# Privacy', '', '## Sharing', '', 'We never share your personal data with third parties, except with the courier that delivers your order.'].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'vague' } });
    expect(fs.filter((f) => f.ruleId === 'disclosure-incorrect' && f.line === 5).map((f) => f.data.flow)).toEqual(['whatsapp_cloud_api']);
  });

  it('"Your personal data is never shared with third parties" is a denial, as "we never share" is', async () => {
    const fs = await check('en-passive.md', ['# Privacy', '', '## Sharing', '', 'Your personal data is never shared with third parties.'].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients').data.class).toBe('incorrect');
  });
});
