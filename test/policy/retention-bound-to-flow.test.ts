/**
 * Issue 18, held-out-12 (RB, stop 25): a flow's period read from the sentence that speaks of the flow, and
 * no contradiction raised where the text denies nothing.
 *
 * - A period for records of some kind that names none of the flow's recipients ("Subscription data: one
 *   year") gives way to the recipient's own keeping of the flow's data ("Meta keeps these messages … as long
 *   as Meta itself decides"): vague there, not incorrect at the other record's line.
 * - Of two periods that both contradict the flow, the one said of the flow's recipient is cited, not a line of
 *   the section on keeping that names no one (our own copies of messages sent to us).
 * - "Meta receives your number … and keeps the messages … for 30 days": a verb of keeping after the verb of
 *   giving, with its period after it, states the keeping (the claim reader made one action per sentence).
 * - "for up to 90 days" against Meta's up to 30 days is true of data deleted within 30: a broader term for the
 *   period, vague (the lead's stop-25 decision); a fixed "90 days" stays incorrect.
 * - Verbs of keeping the reader did not know: Italian and Spanish infinitives with the object pronoun attached
 *   ("Meta può conservarli … fino a 30 giorni"), German "hebt … auf" (aufheben, the object between), and the
 *   English criterion "until it is no longer of use".
 * - A payment processor's keeping said by the flow's own criteria (refunds, chargebacks) and a legal duty besides
 *   is clear: the legal duty alone would be other criteria (vague), not beside the flow's.
 * - A recipient that keeps the flow's data where the flow declares them stored ("AdReach keeps these data in a
 *   data centre in Germany", AdReach Media seated in the US) is no transfer to another place than its seat.
 *
 * Policies in our own words, checked against examples/templates (order_shipped, one_time_passcode,
 * marketing_promotion).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check: checkWith, one } = policyChecker('rb-bound-');

const check = (name: string, text: string, template?: string) => checkWith(name, text, ['--region', 'eu', '--locale', 'en'], template);

const passcode = (keeping: string, records: string) =>
  [
    '# Privacy at the Bike Vault', // 1
    '', // 2
    '## Signing in', // 3
    '', // 4
    'To sign in to the app you get a one-time code on WhatsApp. We give your mobile number and the code to Meta Platforms Ireland Limited in Ireland, which runs WhatsApp.', // 5
    keeping, // 6
    '', // 7
    '## How long we keep data', // 8
    '', // 9
    records, // 10
  ].join('\n');

describe('the period bound to the flow it speaks of', () => {
  it("a record's period naming no recipient gives way to the recipient's own keeping by criterion", async () => {
    const fs = await check(
      'vault-criterion.md',
      passcode('Meta keeps these messages in the United States for as long as Meta itself decides.', 'Subscription data is kept for one year after the subscription ends.'),
      'templates/one_time_passcode.yaml',
    );
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 6, data: { class: 'vague' } });
  });

  it("of two contradicting periods, the one said of the flow's recipient is cited (French)", async () => {
    const findings = await checkWith('couteaux.md', [
      '# Confidentialité à la Coutellerie du Pont', // 1
      '', // 2
      '## Avis d\'expédition sur WhatsApp', // 3
      '', // 4
      'Quand le colis part, nous vous prévenons sur WhatsApp. Votre numéro et le texte du message passent par Meta Platforms Ireland Limited, établie à Dublin. Meta stocke ces messages aux États-Unis et les conserve 60 jours.', // 5
      '', // 6
      '## Durées de conservation', // 7
      '', // 8
      '- Messages que vous nous écrivez : 2 ans après le dernier échange.', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'fr']);
    expect(one(findings, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });

  it('a verb of keeping after the verb of giving states the period (Polish)', async () => {
    const findings = await checkWith('myjnia.md', [
      '# Prywatność w Myjni pod Lasem', // 1
      '', // 2
      '## Powiadomienia o wysyłce', // 3
      '', // 4
      'Powiadomienia wysyłamy przez WhatsApp Business, obsługiwany przez Meta Platforms Ireland Limited z siedzibą w Dublinie. Meta otrzymuje Twój numer telefonu i treść powiadomienia i przechowuje wiadomości na serwerach w Stanach Zjednoczonych przez 30 dni.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'pl']);
    expect(one(findings, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it("an upper bound looser than the flow's is vague; a fixed period other than the flow's stays incorrect", async () => {
    const text = (period: string) =>
      [
        '# Privacy at the Car Wash', // 1
        '', // 2
        '## Shipping notices', // 3
        '', // 4
        `We send shipping notices through WhatsApp Business, run by Meta Platforms Ireland Limited in Dublin. Meta receives your phone number and the text of the notice. Meta keeps the messages on servers in the United States ${period}.`, // 5
      ].join('\n');
    expect(one(await check('wash-up-to.md', text('for up to 90 days')), 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'vague' } });
    expect(one(await check('wash-fixed.md', text('for 90 days')), 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
    expect(one(await check('wash-shorter.md', text('for up to 10 days')), 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });

  it("a recipient keeping the flow's data where the flow stores them is no transfer elsewhere than its seat", async () => {
    const fs = await check('nursery-ads.md', [
      '# Privacy at the Plant Nursery', // 1
      '', // 2
      '## Offers', // 3
      '', // 4
      'With your consent, we give your mobile number, your device identifier and your purchase history to AdReach Media, an advertising company in the United States.', // 5
      'AdReach keeps these data in a data centre in Germany for 90 days.', // 6
    ].join('\n'), 'templates/marketing_promotion.yaml');
    const f = one(fs, 'ad_audiences', 'transfers');
    expect(f.data.class).not.toBe('incorrect');
    expect(f.data.class).not.toBe('ambiguous');
  });

  it('Italian "conservarli": the infinitive with its pronoun attached is a verb of keeping', async () => {
    const findings = await checkWith('vivaio.md', [
      '# Privacy al Vivaio', // 1
      '', // 2
      '## Offerte', // 3
      '', // 4
      "Con il tuo consenso ti mandiamo offerte su WhatsApp. I messaggi passano da Meta Platforms Ireland Limited, con sede a Dublino, che riceve il numero del tuo cellulare e il testo delle offerte. Meta può conservarli anche negli Stati Uniti, fino a 30 giorni.", // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'it'], 'templates/marketing_promotion.yaml');
    expect(one(findings, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('German "hebt … auf, solange …": the recipient\'s keeping by criterion, before another record\'s period', async () => {
    const findings = await checkWith('halle.md', [
      '# Datenschutz in der Halle', // 1
      '', // 2
      '## Anmeldung', // 3
      '', // 4
      'Den Anmeldecode schicken wir per WhatsApp. Dafür geben wir Ihre Telefonnummer und den Code an Meta Platforms Ireland Limited (Dublin, Irland) weiter. Meta hebt die Nachrichten auf, solange sie für das Zustellen gebraucht werden.', // 5
      '', // 6
      '## Speicherdauer', // 7
      '', // 8
      'Mitgliedsdaten löschen wir zwei Jahre nach Ende der Mitgliedschaft.', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'de'], 'templates/one_time_passcode.yaml');
    expect(one(findings, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'vague' } });
  });

  it('English "until it is no longer of use": a criterion said of the recipient, vague', async () => {
    const findings = await checkWith('pool.md', [
      '# Privacy at the Pool Service', // 1
      '', // 2
      '## 5.6 Customer support', // 3
      '', // 4
      'Our help desk runs on Zendesk, Inc. in San Francisco. Zendesk receives your name, phone number, e-mail address and the text of your messages.', // 5
      'Zendesk keeps each ticket until it is no longer of use in sorting out your request.', // 6
    ].join('\n'), ['--region', 'eu', '--locale', 'en'], 'templates/support_followup.yaml');
    expect(one(findings, 'support', 'retention')).toMatchObject({ line: 6, data: { class: 'vague' } });
  });

  it("Malay: Stripe keeping for the payment, refunds, chargebacks and anti-money-laundering law is clear", async () => {
    const text = (criteria: string) =>
      [
        '# Dasar Privasi Kedai Songkok', // 1
        '', // 2
        '## 5.3 Pembayaran', // 3
        '', // 4
        'Pembayaran dalam talian diproses oleh Stripe Payments Europe, Limited di Dublin, Ireland. Stripe menerima nama anda, alamat e-mel, butiran kad dan jumlah bayaran.', // 5
        `Stripe menyimpan data tersebut selagi perlu untuk ${criteria}.`, // 6
      ].join('\n');
    const run = async (name: string, criteria: string) => {
      const findings = await checkWith(name, text(criteria), ['--region', 'my', '--locale', 'ms'], 'templates/payment_receipt.yaml');
      return one(findings, 'payment', 'retention');
    };
    expect(await run('songkok-a.md', 'urusan bayaran itu, bayaran balik, caj balik dan kewajipan undang-undang pencegahan pengubahan wang haram')).toMatchObject({ line: 6, data: { class: 'clear' } });
    // Its legal duties alone are other criteria than the flow's: vague, as before.
    expect(await run('songkok-b.md', 'kewajipan undang-undang pencegahan pengubahan wang haram')).toMatchObject({ line: 6, data: { class: 'vague' } });
  });
});
