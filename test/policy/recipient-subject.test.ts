/**
 * Issue 18, held-out set 3 cause A6: the recipient as the one who processes the data ("Meta …
 * processes your phone number", "verarbeitet Meta … Ihre Telefonnummer", "处理"), a pronoun for the
 * recipient the sentence before named ("Er erhält …", "Ia menerima …", "Esta empresa recibe …"),
 * message content named by its own noun ("the text of each update", "通知内容"), and a declared
 * name with its legal form written the other way ("Ltd." for "Limited"). Policies in our own words,
 * checked against examples/templates/order_shipped.yaml (courier SwiftShip Logistics: name, phone
 * number, postal address; Meta Platforms Ireland Limited: phone number and message content).
 */
import { describe, expect, it } from 'vitest';
import { legalFormVariants } from '../../src/claims/name-variants.js';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('recipient-subject-');

describe('the recipient as subject', () => {
  it('English: "processes", "the text of each update" and "Ltd." for "Limited"', async () => {
    const fs = await check('fenwick.md', [
      '# Fenwick Prints: privacy', // 1
      '', // 2
      '## Who handles your data', // 3
      '', // 4
      'Couriers — SwiftShip Logistics picks up your parcel and receives your name, postal address and phone number.', // 5
      'Messaging — we send shipping updates on WhatsApp; Meta Platforms Ireland Ltd. delivers them for us and processes your phone number and the text of each update.', // 6
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('English: "we process" after naming a recipient gives that recipient nothing', async () => {
    const fs = await check('fenwick-we.md', [
      '# Fenwick Prints: privacy', // 1
      '', // 2
      '## Who handles your data', // 3
      '', // 4
      'SwiftShip Logistics carries our parcels. We process your name, postal address and phone number to send them.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients').data.class).toBe('omitted');
  });

  it('German: a pronoun for the courier named before it, and the verb before the recipient', async () => {
    const fs = await check('fenwick.de.md', [
      '# Datenschutz bei Fenwick Drucke', // 1
      '', // 2
      '## Wer Ihre Daten erhält', // 3
      '', // 4
      'Versand: Unsere Pakete bringt der Paketdienst SwiftShip Logistics. Er erhält dafür Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.', // 5
      '', // 6
      'WhatsApp: Auf Ihren Wunsch verarbeitet Meta Platforms Ireland Limited für uns Ihre Telefonnummer und den Inhalt der Versandmitteilungen.', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });

  it('Spanish: "esta empresa" for the courier and "trata" with Meta as subject', async () => {
    const fs = await check('fenwick.es.md', [
      '# Privacidad en Imprenta Fenwick', // 1
      '', // 2
      '## Quién recibe tus datos', // 3
      '', // 4
      'Nuestros paquetes los lleva SwiftShip Logistics. Esta empresa recibe tu nombre, tu dirección postal y tu teléfono.', // 5
      'Meta Platforms Ireland Limited envía nuestros avisos de WhatsApp y trata tu número de teléfono y el contenido de los mensajes.', // 6
    ].join('\n'), ['--region', 'eu', '--locale', 'es']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('Indonesian: "Ia menerima …" for the courier named before', async () => {
    const fs = await check('fenwick.id.md', [
      '# Kebijakan Privasi Percetakan Fenwick', // 1
      '', // 2
      '## Pengungkapan data pribadi', // 3
      '', // 4
      'Paket kami diantar oleh SwiftShip Logistics. Ia menerima nama, alamat, dan nomor telepon Anda.', // 5
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Chinese: "处理" with Meta as subject, and "通知内容" as message content', async () => {
    const fs = await check('fenwick.zh.md', [
      '# 芬威克印刷隐私政策', // 1
      '', // 2
      '## 我们如何共享您的个人信息', // 3
      '', // 4
      'Meta Platforms Ireland Limited 负责发送发货通知，并处理您的手机号码和通知内容。', // 5
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});

describe('legal forms', () => {
  it('gives the other spellings of a trailing legal form, and none for a name without one', () => {
    expect(legalFormVariants('Meta Platforms Ireland Limited')).toEqual(['Meta Platforms Ireland Ltd.', 'Meta Platforms Ireland Ltd']);
    expect(legalFormVariants('Zendesk, Inc.')).toEqual(['Zendesk, Incorporated', 'Zendesk, Inc']);
    expect(legalFormVariants('SwiftShip Logistics')).toEqual([]);
    // A word that only ends in the letters of a form is no form.
    expect(legalFormVariants('Tinco')).toEqual([]);
  });
});
