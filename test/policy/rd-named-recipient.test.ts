/**
 * Issue 18 (RD, stop 26): a recipient the policy names, with the flow's data, read as vague or omitted because
 * the reader did not know the verb or split the name. Each case in our own words:
 *
 * - A sentence that names the data and a declared recipient by its name and no verb the reader knows ("…
 *   travel through Meta Platforms Ireland Limited") says that recipient gets them; a later sentence of that
 *   recipient keeping "them" somewhere then says where they go.
 * - A passive's agent ("… are also processed by Meta Platforms Ireland Limited", "… dikelola oleh mitra kami")
 *   gets the data named before it in its clause, whatever the verb.
 * - Thai: a company's name broken over two lines ("… Meta Platforms Ireland" / "Limited ซึ่ง…") is one name in
 *   one sentence, not two sentences.
 * - Dutch: a recipients table with columns for the seat and the storage place ("Vestiging", "Opslag") says
 *   where each row's data go, as an English "Where" column does.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('rd-named-recipient-');

const NOTICE = 'templates/service_hours_notice.yaml';

describe('a named recipient with the data and a verb the reader does not know', () => {
  it('English: "Your mobile number and the notices travel through Meta …; Meta keeps them on servers in the United States"', async () => {
    const fs = await check('kettle-and-crumb.md', [
      '# Kettle & Crumb Bakery: privacy', // 1
      '', // 2
      '## Opening-hours notices on WhatsApp', // 3
      '', // 4
      'Your mobile number and the text of each notice travel through Meta Platforms Ireland Limited of Dublin, Ireland.', // 5
      'Meta keeps them on servers in the United States for no more than 30 days.', // 6
    ].join('\n'), ['--region', 'eu'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('clear');
  });

  it('Italian: "Numero di telefono e messaggi sono inoltrati a Meta …; Meta li conserva su server negli Stati Uniti"', async () => {
    const fs = await check('forno-aurora.txt', [
      'FORNO AURORA - INFORMATIVA', // 1
      '', // 2
      '5.7 Avvisi sugli orari', // 3
      'Il tuo numero di telefono e i messaggi sono inoltrati a Meta Platforms Ireland Limited (Irlanda);', // 4
      'Meta li conserva su server negli Stati Uniti fino a 30 giorni.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'it'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('clear');
  });

  it('a sentence with a verb of our own (collecting) and the name says nothing of giving', async () => {
    const fs = await check('kettle-and-crumb-2.md', [
      '# Kettle & Crumb Bakery: privacy', // 1
      '', // 2
      '## Opening-hours notices on WhatsApp', // 3
      '', // 4
      'We collect your mobile number for the notices, which we write ourselves before Meta Platforms Ireland Limited is involved.', // 5
    ].join('\n'), ['--region', 'eu'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')?.data.class).not.toBe('clear');
  });
});

describe('the recipient as a passive\'s agent', () => {
  it('English: "people who write to us on WhatsApp have their phone number and messages processed by Meta Platforms Ireland Limited"', async () => {
    const fs = await check('kettle-and-crumb-3.md', [
      '# Kettle & Crumb Bakery: privacy', // 1
      '', // 2
      '## Opening-hours notices on WhatsApp', // 3
      '', // 4
      'People who write to us on WhatsApp have their phone number and messages processed by Meta Platforms Ireland Limited, Dublin.', // 5
    ].join('\n'), ['--region', 'eu'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Indonesian: data "dikelola oleh mitra pihak ketiga kami", then "Mitra ini … menyimpan data di pusat data di Amerika Serikat"', async () => {
    const fs = await check('toko-roti.md', [
      '# Toko Roti Melati: kebijakan privasi', // 1
      '', // 2
      '## Pemberitahuan jam buka', // 3
      '', // 4
      'Nomor telepon Anda dan isi pesan dipakai dan dikelola oleh mitra pihak ketiga kami.', // 5
      'Mitra ini berkantor pusat di Irlandia dan menyimpan pesan di pusat data di Amerika Serikat.', // 6
    ].join('\n'), ['--region', 'id', '--locale', 'id'], NOTICE);
    // The partner is not named: the recipients are vague, the places (named) make the transfers clear.
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'vague' } });
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('clear');
  });

  it('data said after the agent are not what the agent gets', async () => {
    const fs = await check('kettle-and-crumb-4.md', [
      '# Kettle & Crumb Bakery: privacy', // 1
      '', // 2
      '## Opening-hours notices on WhatsApp', // 3
      '', // 4
      'The notices are written by our staff and name the shop, not your phone number.', // 5
    ].join('\n'), ['--region', 'eu'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')?.data.class ?? 'omitted').toBe('omitted');
  });
});

describe('Thai: a name broken over two lines', () => {
  it('"… ผ่าน Meta Platforms Ireland" / "Limited ซึ่งตั้งอยู่ในประเทศไอร์แลนด์ …" is one sentence', async () => {
    const fs = await check('ran-kanom.md', [
      '# นโยบายความเป็นส่วนตัว ร้านขนมบ้านสวน', // 1
      '', // 2
      '## แจ้งเวลาเปิดร้านทาง WhatsApp', // 3
      '', // 4
      'ร้านจะแจ้งเวลาเปิดร้านทาง WhatsApp เบอร์โทรศัพท์และข้อความจะส่งผ่าน Meta Platforms Ireland', // 5
      'Limited ซึ่งตั้งอยู่ในประเทศไอร์แลนด์ และข้อความจะถูกเก็บบนเซิร์ฟเวอร์ในสหรัฐอเมริกา', // 6
    ].join('\n'), ['--region', 'th', '--locale', 'th'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('clear');
  });
});

describe('Dutch: a recipients table with a seat and a storage column', () => {
  it('"Ontvanger | Vestiging | Gegevens | Opslag" says where the courier\'s data go', async () => {
    const fs = await check('fietsenmaker.md', [
      '# Privacy bij Fietsenmaker Van Dam', // 1
      '', // 2
      '## Wie krijgt wat', // 3
      '', // 4
      '| Ontvanger | Vestiging | Gegevens | Opslag |', // 5
      '|---|---|---|---|', // 6
      '| SwiftShip Logistics (koerier) | Verenigde Staten | naam, telefoonnummer, adres | Duitsland |', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'nl']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });
});
