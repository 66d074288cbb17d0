/**
 * A recipient, named as the subject, keeping a flow's data for a period of its own (issue 18,
 * held-out-11, R2b). examples/templates/payment_receipt.yaml's `payment` flow declares the payment
 * processor's own criteria, no period; a sentence that opens with the processor's name and gives a
 * fixed period states the keeping otherwise than the flow does (incorrect), where before the reader
 * passed over every sentence with a period for such a flow and found nothing (omitted). A period
 * beside the name that does not open the sentence stays ours (criteria-retention.test.ts).
 *
 * And verbs of keeping and deleting in the third person, the recipient as subject: Polish "trzyma"
 * (keeps) and "kasuje" (deletes) were known only in our own first person ("kasujemy"). Policies in
 * our own words. Spanish had the same gap for deleting ("borra", "elimina", "suprime"): only "we" and "se …" forms.
 */
import { describe, expect, it } from 'vitest';
import { paymentPolicy, policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('recipient-period-');

describe("a payment processor's own period against its criteria", () => {

  it('is incorrect where the processor, named first, keeps the payment data for a fixed period', async () => {
    const findings = await check('incorrect.md', paymentPolicy('Stripe Payments Europe also keeps the payment data it receives for 13 months and then deletes it.'), ['--region', 'eu', '--locale', 'en'], 'templates/payment_receipt.yaml');
    expect(one(findings, 'payment', 'retention')).toMatchObject({ line: 9, data: { class: 'incorrect' } });
  });

  it('stays omitted where the period is of our copies of what the processor sends', async () => {
    const findings = await check('ours.md', paymentPolicy('The receipts that Stripe Payments Europe sends us are kept for 13 months.'), ['--region', 'eu', '--locale', 'en'], 'templates/payment_receipt.yaml');
    expect(one(findings, 'payment', 'retention')).toMatchObject({ data: { class: 'omitted' } });
  });
});

describe('Polish verbs of keeping and deleting with a recipient as subject', () => {
  const policy = (...lines: string[]) =>
    [
      '# Polityka prywatności', // 1
      '', // 2
      'Za Twoją zgodą wysyłamy Ci w WhatsAppie oferty. Wiadomości wysyłamy przez Meta Platforms Ireland Limited (Dublin), do której trafiają Twój numer i tekst wiadomości.', // 3
      ...lines, // 4 …
    ].join('\n');

  it('reads "trzyma te wiadomości do 30 dni" as the recipient keeping the messages', async () => {
    const findings = await check('trzyma.md', policy('Meta trzyma te wiadomości do 30 dni.'), ['--region', 'eu', '--locale', 'pl'], 'templates/marketing_promotion.yaml');
    expect(one(findings, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });

  it('reads "kasuje je 30 dni po wysłaniu" as the recipient deleting the messages', async () => {
    const findings = await check('kasuje.md', policy('Meta kasuje te wiadomości najpóźniej 30 dni po wysłaniu.'), ['--region', 'eu', '--locale', 'pl'], 'templates/marketing_promotion.yaml');
    expect(one(findings, 'whatsapp_cloud_api', 'retention').data.class).not.toBe('omitted');
    expect(one(findings, 'whatsapp_cloud_api', 'retention').line).toBe(4);
  });
});

describe('Spanish verbs of deleting in the third person', () => {
  it('reads "Meta borra los mensajes … 30 días" as the recipient deleting the messages', async () => {
    const text = [
      '# Política de privacidad', // 1
      '', // 2
      'Con tu permiso te enviamos ofertas por WhatsApp. Los mensajes pasan por Meta Platforms Ireland Limited (Dublín), que recibe tu número y el texto del mensaje.', // 3
      'Meta borra esos mensajes como muy tarde 30 días después de enviarlos.', // 4
    ].join('\n');
    const findings = await check('borra.md', text, ['--region', 'eu', '--locale', 'es'], 'templates/marketing_promotion.yaml');
    const f = one(findings, 'whatsapp_cloud_api', 'retention');
    expect(f.data.class).not.toBe('omitted');
    expect(f.line).toBe(4);
  });
});

describe("Chinese pointer to the processor's own privacy policy, with its name where 其 would stand", () => {
  it('is vague, not clear: "以 Stripe 自身的隐私政策为准" gives no criteria of the flow', async () => {
    const text = [
      '# 隐私政策', // 1
      '', // 2
      '您用银行卡付款时，付款由 Stripe Payments Europe 处理，我们委托其处理您的姓名、电子邮箱地址、银行卡信息和交易信息。', // 3
      'Stripe 对上述信息的保存期限以 Stripe 自身的隐私政策为准。', // 4
    ].join('\n');
    const findings = await check('zh-pointer.md', text, ['--region', 'china', '--locale', 'zh-CN'], 'templates/payment_receipt.yaml');
    expect(one(findings, 'payment', 'retention')).toMatchObject({ line: 4, data: { class: 'vague' } });
  });
});
