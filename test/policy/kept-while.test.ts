/**
 * A period of keeping stated by a criterion or an event, with no number (issue 18, RR-1: held-out-3
 * quayside-print, -4 tra-sen, -5 imkerei-sonnleitner, -9 centre-auditif and qinglan-xiufang, -10
 * sierra-vista-saddlery and heladeria-los-almendros): "as long as it is useful", "mientras dure …",
 * "no longer than necessary" say how long a recipient keeps the data in broader terms than the flow's
 * period (vague), though no number is said, the verb may be one of storing, and "not … longer than
 * necessary" holds a negation. And a payment processor's keeping said only by its legal duties or by a
 * pointer to its own policy states other criteria than the flow's (RR-2, held-out-7 reliure-brunel, -8
 * drukkerij-de-zetkast, -10 atelier-vitrail-la-lucarne): vague, not clear. Policies in our own words
 * (src/policy/kept-while.ts).
 */
import { describe, expect, it } from 'vitest';
import { courierRetentionPolicy, paymentPolicy, policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('kept-while-');

const finding = async (name: string, text: string, args: string[], template: string, flow: string) => one(await check(name, text, args, template), flow, 'retention');

describe('a period of keeping said by a criterion', () => {
  it("is vague where the flow's recipient keeps the data for as long as something lasts", async () => {
    const text = [
      '# Privacy at Fernbrook Tackle', // 1
      '', // 2
      '## Help with your order', // 3
      '', // 4
      'Your questions go to Zendesk, Inc., which receives your name, phone number and what you tell us.', // 5
      'Zendesk holds each request for as long as our team finds it handy.', // 6
    ].join('\n');
    const f = await finding('zendesk.md', text, ['--region', 'eu', '--locale', 'en'], 'templates/support_followup.yaml', 'support');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 6, data: { class: 'vague' } });
  });

  it('is vague where the sentence says the data are not kept longer than necessary (the negation is the criterion’s)', async () => {
    const f = await finding('courier.md', courierRetentionPolicy('Our courier does not keep your address any longer than necessary.'), ['--region', 'eu', '--locale', 'en'], 'templates/order_shipped.yaml', 'delivery');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 9, data: { class: 'vague' } });
  });

  it('is vague where the verb is one of storing, with a place, and the criterion an event ("mientras dure")', async () => {
    const text = [
      '# Privacidad en Heladería Brisa', // 1
      '', // 2
      '## Publicidad', // 3
      '', // 4
      'Si lo aceptas, damos tu número de móvil y tus compras a AdReach Media para que te muestre nuestros anuncios.', // 5
      'AdReach Media aloja estos datos en Irlanda mientras dure la promoción.', // 6
    ].join('\n');
    const f = await finding('adreach.md', text, ['--region', 'eu', '--locale', 'es'], 'templates/marketing_promotion.yaml', 'ad_audiences');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 6, data: { class: 'vague' } });
  });
});

describe("a payment processor's keeping said by other criteria than the flow's", () => {
  const args = ['--region', 'eu', '--locale', 'en'];

  it('is vague where only its legal duties are named', async () => {
    const f = await finding('legal.md', paymentPolicy('Stripe keeps the payment data to meet its own legal obligations.'), args, 'templates/payment_receipt.yaml', 'payment');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 9, data: { class: 'vague' } });
  });

  it('is vague where the sentence points to its own policy', async () => {
    const f = await finding('pointer.md', paymentPolicy('Stripe keeps the payment data as its own privacy policy sets out.'), args, 'templates/payment_receipt.yaml', 'payment');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 9, data: { class: 'vague' } });
  });

  it("stays clear where the flow's own criteria are said", async () => {
    const f = await finding('own.md', paymentPolicy('Stripe keeps the payment data until the payment is done and no refund or chargeback can still come.'), args, 'templates/payment_receipt.yaml', 'payment');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 9, data: { class: 'clear' } });
  });
});

describe('keeping denied after an event, or ended at once (RR-3)', () => {
  const whatsapp = (line: string, lng: 'en' | 'id') =>
    [
      lng === 'en' ? '# Privacy at Larkspur Bikes' : '# Privasi Toko Sepeda Larkspur', // 1
      '', // 2
      lng === 'en' ? '## Delivery updates' : '## Kabar pengiriman', // 3
      '', // 4
      lng === 'en'
        ? 'We send delivery updates on WhatsApp through Meta Platforms Ireland Limited, which receives your phone number and the messages.'
        : 'Kabar pengiriman kami kirim lewat WhatsApp melalui Meta Platforms Ireland Limited, yang menerima nomor telepon Anda dan isi pesan.', // 5
      line, // 6
    ].join('\n');

  it('is incorrect where the messages are said not to be kept after they are sent (a period of zero against 30 days)', async () => {
    const f = await finding('denied.md', whatsapp('WhatsApp messages are not stored by anyone after they are sent.', 'en'), ['--region', 'eu', '--locale', 'en'], 'templates/order_shipped.yaml', 'whatsapp_cloud_api');
    expect(f).toMatchObject({ ruleId: 'disclosure-incorrect', line: 6, data: { class: 'incorrect' } });
  });

  it('is incorrect where the messages are deleted at once after sending, in Indonesian', async () => {
    const f = await finding('segera.md', whatsapp('Meta menghapus pesan WhatsApp segera setelah pesan itu sampai.', 'id'), ['--region', 'id', '--locale', 'id'], 'templates/order_shipped.yaml', 'whatsapp_cloud_api');
    expect(f).toMatchObject({ ruleId: 'disclosure-incorrect', line: 6, data: { class: 'incorrect' } });
  });
});
