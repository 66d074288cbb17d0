/**
 * Whose keeping a sentence states, and by what (issue 18, stop 26, RE: held-out-13 rempah-ratus-pak-wan,
 * maomao-chongwu-meirong, academia-idiomas-lavapies, presidio-tile-and-stone, tra-sua-may-hong). Policies in
 * our own words.
 *
 * - A sentence of keeping that names no recipient and is not the business's own speaks of the recipient the
 *   sentence before it in its paragraph or list item named: a period in the courier's item is the courier's
 *   keeping, not Meta's (it was read as Meta's period, incorrect), and "the company keeps this information …"
 *   after a sentence naming Stripe is Stripe's keeping (src/policy/described-retention.ts `namedBefore`).
 * - A payment processor's keeping that names none of the flow's criteria (payment, refunds, chargebacks),
 *   only the law that applies, says that a period exists in broader terms: vague, not clear.
 * - A period set by the recipient's own terms is a pointer, as one to its own policy is (`policy.ownPolicy`).
 * - A negation after the period ("… or until you no longer agree") is the later clause's: the period stays.
 * - Malay "tempoh sehingga" (a period of up to) is an upper bound ("up to a year" against 180 days: vague, the lead's
 *   stop-25 decision), as Indonesian "hingga" is.
 */
import { describe, expect, it } from 'vitest';
import { paymentPolicy, policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('retention-referred-back-');

const finding = async (name: string, text: string, args: string[], template: string, flow: string) => one(await check(name, text, args, template), flow, 'retention');

describe('a sentence of keeping that names no recipient', () => {
  it("speaks of the recipient its list item named: the courier's year is not Meta's period", async () => {
    const text = [
      '# Privacy at Pebble Lane Spices', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      '- SwiftShip Logistics, a courier from the United States, receives your name, phone number and delivery address. These data are stored in Germany and erased one year after the parcel arrives.', // 5
      '- Meta Platforms Ireland Limited (Dublin, Ireland), which runs WhatsApp Business, receives your phone number and the text of status messages. The messages are stored in the United States for as long as needed.', // 6
    ].join('\n');
    const f = await finding('items.md', text, ['--region', 'eu', '--locale', 'en'], 'templates/order_shipped.yaml', 'whatsapp_cloud_api');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 6, data: { class: 'vague' } });
  });

  it("speaks of the recipient named before it in its paragraph: the company's keeping is Stripe's", async () => {
    const text = paymentPolicy(
      'Stripe Payments Europe handles the card payment. We give it your name, your email address and the payment itself. The company keeps this information for as long as it needs it to complete the payment and to handle refunds and chargebacks.',
    );
    const f = await finding('company.md', text, ['--region', 'eu', '--locale', 'en'], 'templates/payment_receipt.yaml', 'payment');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 9, data: { class: 'clear' } });
  });

  it("speaks of the recipient named before it in its paragraph: the cases' two years are Zendesk's keeping", async () => {
    const text = [
      '# Informativa privacy di Barche Levante', // 1
      '', // 2
      '## Assistenza', // 3
      '', // 4
      'Quando ci scrivete apriamo una pratica su Zendesk. Zendesk riceve il vostro nome, telefono, e-mail, il numero cliente e il testo della richiesta e li conserva sui propri server negli Stati Uniti. Le pratiche vengono cancellate due anni dopo la loro chiusura.', // 5
    ].join('\n');
    const f = await finding('pratiche.md', text, ['--region', 'eu', '--locale', 'it'], 'templates/support_followup.yaml', 'support');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 5, data: { class: 'clear' } });
    expect(f.data.statement).toMatch(/^Le pratiche/);
  });
});

describe("a payment processor's keeping", () => {
  it('is vague where it names only the law that applies, none of the flow’s criteria', async () => {
    const f = await finding('law.md', paymentPolicy('Stripe keeps the payment data for the time the applicable rules set.'), ['--region', 'eu', '--locale', 'en'], 'templates/payment_receipt.yaml', 'payment');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 9, data: { class: 'vague' } });
  });

  it('stays clear where it names the payment, refunds and chargebacks', async () => {
    const f = await finding('criteria.md', paymentPolicy('Stripe keeps the payment data for as long as it needs them to complete the payment and to handle refunds and chargebacks.'), ['--region', 'eu', '--locale', 'en'], 'templates/payment_receipt.yaml', 'payment');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 9, data: { class: 'clear' } });
  });
});

describe('how long, said otherwise than by a number', () => {
  it("is vague where the period is left to the provider's own terms", async () => {
    const text = [
      '# Privacy at Harbour Tiles', // 1
      '', // 2
      '## Offers on WhatsApp', // 3
      '', // 4
      'Your phone number and the text of each offer go to our messaging provider, Meta Platforms Ireland Limited, and the messages sit on servers in the United States.', // 5
      "How long they are kept there follows the messaging provider's own terms, not ours.", // 6
    ].join('\n');
    const f = await finding('terms.md', text, ['--region', 'eu', '--locale', 'en'], 'templates/order_shipped.yaml', 'whatsapp_cloud_api');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 6, data: { class: 'vague' } });
  });

  it('reads "hold" as a verb of keeping, as "holds" is', async () => {
    const text = [
      '# Privacy at Reef Break Surf Lessons', // 1
      '', // 2
      '## Booking codes on WhatsApp', // 3
      '', // 4
      'Meta Platforms Ireland Limited receives your mobile number and the message with your code.', // 5
      'Meta may hold these messages on servers in the United States for up to 30 days after they are sent.', // 6
    ].join('\n');
    const f = await finding('hold.md', text, ['--region', 'eu', '--locale', 'en'], 'templates/order_shipped.yaml', 'whatsapp_cloud_api');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 6, data: { class: 'clear' } });
  });

  it('keeps its period where a negation comes after it, in the clause of an alternative end (vi)', async () => {
    const text = [
      '# Chính sách quyền riêng tư của Quán Chè Bốn Mùa', // 1
      '', // 2
      '## Quảng cáo', // 3
      '', // 4
      'AdReach Media, công ty quảng cáo ở Hoa Kỳ, nhận số điện thoại, lịch sử đặt món và mã thiết bị của bạn để hiển thị quảng cáo của quán.', // 5
      'Dữ liệu này được AdReach cất tại Đức trong 90 ngày, hoặc cho tới khi bạn không còn đồng ý nữa, tùy điều nào đến trước.', // 6
    ].join('\n');
    const f = await finding('cat.md', text, ['--region', 'vn', '--locale', 'vi'], 'templates/marketing_promotion.yaml', 'ad_audiences');
    expect(f).toMatchObject({ ruleId: 'disclosure-clear', line: 6, data: { class: 'clear' } });
  });

  it('reads Malay "tempoh sehingga" (a period of up to) as an upper bound: up to a year against 180 days is vague', async () => {
    const text = [
      'Notis Privasi Kedai Kain Seri Melaka', // 1
      '', // 2
      'PIHAK YANG MENERIMA DATA', // 3
      'SwiftShip Logistics, syarikat kurier dari Amerika Syarikat, menerima nama, nombor telefon dan alamat anda untuk menghantar bungkusan.', // 4
      'Data ini dipadam dalam tempoh sehingga 1 tahun selepas bungkusan dihantar.', // 5
    ].join('\n');
    const f = await finding('sehingga.txt', text, ['--region', 'my', '--locale', 'ms'], 'templates/order_shipped.yaml', 'delivery');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 5, data: { class: 'vague' } });
  });
});
