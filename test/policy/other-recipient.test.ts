/**
 * Another party named for a flow's recipient (issue 18): a policy that says "our courier Parcelink
 * Express" against a courier flow declaring SwiftShip Logistics tells the role but not the
 * recipient; unless it names SwiftShip somewhere, the flow is vague (PoliCheck: disclosed only in
 * broader terms), with one finding naming both names, not clear. Policies in our own words, checked
 * against examples/templates/order_shipped.yaml (courier SwiftShip Logistics; WhatsApp's flow to
 * Meta Platforms Ireland Limited).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker, type PolicyFinding } from '../helpers/policy-check.js';
import { sameParty } from '../../src/policy/other-recipient.js';

const { check, one } = policyChecker('other-recipient-');

const policy = (...lines: string[]) => ['# Privacy', '', '## Recipients', '', ...lines].join('\n');
const message = (f: PolicyFinding) => (f as PolicyFinding & { message: string }).message;

describe('a different courier named for the courier flow', () => {
  it('English: "our courier Parcelink Express" is vague, naming both couriers, at its line', async () => {
    const f = one(await check('en.md', policy('We give your name, postal address and phone number to our courier Parcelink Express.'), ['--region', 'eu']), 'delivery', 'recipients');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 5, data: { class: 'vague' } });
    // The name without the full stop that ends the sentence.
    expect(message(f)).toContain('names Parcelink Express where flow "delivery" declares SwiftShip Logistics');
  });

  it('the name before its role ("Parcelink Express, our courier,") reads the same', async () => {
    const f = one(await check('before.md', policy('Parcelink Express, our courier, receives your name, postal address and phone number.'), ['--region', 'eu']), 'delivery', 'recipients');
    expect(f.data.class).toBe('vague');
    expect(message(f)).toContain('Parcelink Express');
  });

  it('still clear when the policy names the declared courier too, or names no courier at all', async () => {
    const both = one(await check('both.md', policy('We give your name, postal address and phone number to our courier Parcelink Express.', 'SwiftShip Logistics delivers larger parcels.'), ['--region', 'eu']), 'delivery', 'recipients');
    expect(both.data.class).toBe('clear');
    const none = one(await check('none.md', policy('We give your name, postal address and phone number to our courier.'), ['--region', 'eu']), 'delivery', 'recipients');
    expect(none.data.class).toBe('clear');
  });

  it('WhatsApp named for the messaging flow declared to Meta is the same party: clear', async () => {
    const f = one(await check('wa.md', policy('We give your phone number and the messages to our messaging platform WhatsApp.'), ['--region', 'eu']), 'whatsapp_cloud_api', 'recipients');
    expect(f.data.class).toBe('clear');
  });

  it('German: "Unser Paketdienst DHL" (a capitalised role noun is not part of the name)', async () => {
    const f = one(await check('de.md', ['# Datenschutz', '', '## Empfänger', '', 'Unser Paketdienst DHL erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.'].join('\n'), ['--region', 'eu', '--locale', 'de']), 'delivery', 'recipients');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 5 });
    expect(message(f)).toContain('names DHL where');
  });

  it('French and Malay', async () => {
    const fr = one(await check('fr.md', ['# Confidentialité', '', '## Destinataires', '', 'Notre transporteur Colis Rapide reçoit votre nom, votre adresse et votre numéro de téléphone.'].join('\n'), ['--region', 'eu', '--locale', 'fr']), 'delivery', 'recipients');
    expect(fr.data.class).toBe('vague');
    expect(message(fr)).toContain('Colis Rapide');
    const ms = one(await check('ms.md', ['# Dasar Privasi', '', '## Penerima', '', 'Syarikat kurier kami, Parcelink Express, menerima nama, alamat dan nombor telefon anda.'].join('\n'), ['--region', 'my', '--locale', 'ms']), 'delivery', 'recipients');
    expect(ms.data.class).toBe('vague');
    expect(message(ms)).toContain('Parcelink Express');
  });
});

describe('in the other reader languages', () => {
  it.each([
    ['es', 'eu', 'Nuestra empresa de mensajería Envíos Rápidos recibe tu nombre, tu dirección postal y tu número de teléfono.', 'Envíos Rápidos'],
    ['nl', 'eu', 'Onze pakketdienst PostNL ontvangt uw naam, uw adres en uw telefoonnummer.', 'PostNL'],
    ['pl', 'eu', 'Nasza firma kurierska InPost otrzymuje Twoje imię i nazwisko, adres pocztowy i numer telefonu.', 'InPost'],
    // "kami" (our) after the role, as in Malay.
    ['id', 'id', 'Kurir kami, Parcelink Express, menerima nama, alamat pengiriman, dan nomor telepon Anda.', 'Parcelink Express'],
    ['th', 'th', 'เราส่งชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่านให้บริษัทขนส่ง Parcelink Express เพื่อจัดส่งพัสดุ', 'Parcelink Express'],
  ])('%s: vague, naming %s', async (lng, region, sentence, other) => {
    const f = one(await check(`${lng}.md`, policy(sentence), ['--region', region, '--locale', lng]), 'delivery', 'recipients');
    expect(f.data.class).toBe('vague');
    expect(message(f)).toContain(`names ${other} where`);
  });
});

describe('another party named with no role: omitted, naming both', () => {
  it('English: "We give … to Parcelink Express" leaves the courier flow omitted, and says who gets the data instead', async () => {
    const f = one(await check('norole.md', policy('We give your name, postal address and phone number to Parcelink Express.'), ['--region', 'eu']), 'delivery', 'recipients');
    expect(f).toMatchObject({ ruleId: 'disclosure-omitted', data: { class: 'omitted' } });
    expect(message(f)).toContain('it gives the data to Parcelink Express, where the flow declares SwiftShip Logistics');
    expect((f.data as { related?: Array<{ line: number }> }).related?.map((r) => r.line)).toEqual([5]);
  });

  it('German: "… an DHL" is named; a sentence with no name ("für die Zustellung weiter") names no one', async () => {
    const de = ['--region', 'eu', '--locale', 'de'];
    const dhl = one(await check('dhl.md', ['# Datenschutz', '', '## Empfänger', '', 'Wir übergeben Ihren Namen, Ihre Anschrift und Ihre Telefonnummer zur Zustellung an DHL.'].join('\n'), de), 'delivery', 'recipients');
    expect(message(dhl)).toContain('it gives the data to DHL');
    const none = one(await check('keiner.md', ['# Datenschutz', '', '## Empfänger', '', 'Wir geben Ihren Namen und Ihre Anschrift für die Zustellung weiter.'].join('\n'), de), 'delivery', 'recipients');
    expect(none.data.class).toBe('omitted');
    expect(message(none)).not.toContain('gives the data to');
  });
});

describe('one party or two', () => {
  it('a short name and the full legal name are one party; two names are two', () => {
    expect(sameParty('Meta', 'Meta Platforms Ireland Limited')).toBe(true);
    expect(sameParty('WhatsApp', 'WhatsApp Ireland Limited')).toBe(true);
    expect(sameParty('SwiftShip Logistics Inc.', 'SwiftShip Logistics')).toBe(true);
    expect(sameParty('Parcelink Express', 'SwiftShip Logistics')).toBe(false);
  });
});
