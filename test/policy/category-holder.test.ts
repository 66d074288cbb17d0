/**
 * Issue 18 (RA, stop 25): where a named recipient or place ended up vague. Three readings, each in our own words:
 *
 * - Who gets the data is judged apart from where it goes: a seat said beside the share ("… to the courier SwiftShip
 *   Logistics, a company from Singapore", the courier being in the US) is a wrong place for the transfers aspect, not
 *   another recipient; the share names the recipient and the data as specifically as the flow (clear).
 * - A recipient category the policy gives the flow's data to ("our technology partners") and then says where it is
 *   and keeps them ("These partners are based in Ireland and keep the messages on servers in the United States")
 *   says where the flow's data go, as the recipient's name would; the transfers aspect is then clear, the name being
 *   the recipients aspect's finding (eval/policies/README.md, stop 25: one defect, one finding).
 * - A category that holds the flow's recipient, given the flow's data in the same sentence, which keeps them on
 *   servers somewhere ("… to our payment provider, based in Ireland, which keeps these data on servers in the United
 *   States") says the storage there.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('category-holder-');

describe('a recipient named with a wrong seat', () => {
  it('Indonesian: the courier named with the data and "a company from Singapore" discloses the recipient clearly, the place wrongly', async () => {
    const fs = await check('toko-kain.txt', [
      'Kebijakan Privasi Toko Kain Melati', // 1
      '', // 2
      '5. Pengiriman', // 3
      'Kami menyerahkan nama, nomor telepon dan alamat Anda kepada kurir SwiftShip Logistics, perusahaan asal Singapura.', // 4
      'SwiftShip menyimpan data itu di pusat data di Jerman.', // 5
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });
});

describe('where a category given the flow\'s data is and keeps them', () => {
  const SUPPORT = 'templates/service_hours_notice.yaml';
  it('English: "These partners are based in Ireland and keep the messages on servers in the United States"', async () => {
    const fs = await check('lantern-repairs.md', [
      '# Lantern Repairs: privacy', // 1
      '', // 2
      '## Opening-hours notices', // 3
      '', // 4
      'If you ask for them, we tell you on WhatsApp when our opening hours change. To send them, your mobile number and the notice go to our technology partners.', // 5
      'These partners are based in Ireland and keep the messages on servers in the United States for up to 30 days.', // 6
    ].join('\n'), ['--region', 'eu'], SUPPORT);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 6, data: { class: 'clear' } });
    // The partners are not named: the recipients stay vague.
    expect(one(fs, 'whatsapp_cloud_api', 'recipients').data.class).toBe('vague');
  });

  it('Malay: a provider that is given the number and the message, then "Penyedia tersebut berpangkalan di Ireland dan menyimpan mesej di pusat data di Amerika Syarikat"', async () => {
    const fs = await check('kedai-bunga.md', [
      '# Kedai Bunga Kenanga: dasar privasi', // 1
      '', // 2
      '## Notis waktu operasi', // 3
      '', // 4
      'Mesej ini dihantar melalui penyedia perkhidmatan kami, yang diberikan nombor telefon bimbit anda dan isi mesej.', // 5
      'Penyedia tersebut berpangkalan di Ireland dan menyimpan mesej di pusat data di Amerika Syarikat.', // 6
    ].join('\n'), ['--region', 'my', '--locale', 'ms'], SUPPORT);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('a category given none of the flow\'s data says nothing of where they go', async () => {
    const fs = await check('lantern-repairs-2.md', [
      '# Lantern Repairs: privacy', // 1
      '', // 2
      '## Opening-hours notices', // 3
      '', // 4
      'If you ask for them, we tell you on WhatsApp when our opening hours change.', // 5
      'Our partners are based in Ireland and keep their records on servers in the United States.', // 6
    ].join('\n'), ['--region', 'eu'], SUPPORT);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).not.toBe('clear');
  });
});

describe('a category that keeps the data it is given on servers elsewhere', () => {
  it('Dutch: "… aan onze betaaldienstverlener, gevestigd in Ierland, die deze gegevens ook op servers in de Verenigde Staten bewaart"', async () => {
    const fs = await check('lijstenmakerij.md', [
      '# Lijstenmakerij De Hoek: privacy', // 1
      '', // 2
      '## Betalen', // 3
      '', // 4
      'U betaalt met uw kaart. Daarvoor geven wij uw naam, e-mailadres, kaartgegevens en de gegevens van de transactie door aan onze betaaldienstverlener, gevestigd in Ierland, die deze gegevens ook op servers in de Verenigde Staten bewaart.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'nl'], 'templates/payment_receipt.yaml');
    expect(one(fs, 'payment', 'transfers')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
