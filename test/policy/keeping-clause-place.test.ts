/**
 * Issue 18, held-out set 10 (RV, stop 24): where a recipient keeps the data, said in one sentence with its
 * other duties and a period. A verb of keeping whose own clause (to the next comma or verb) names a place
 * ("…, menyimpannya di Amerika Serikat, lalu menghapusnya paling lama 30 hari …", "…, keeps them in the
 * United States and deletes them within 30 days") stores there, while the period of the other clause stays
 * the keeping (before, a sentence with a place and a period read the verb as keeping only, and the storage
 * abroad was lost). Policies in our own words, checked against examples/templates/order_shipped.yaml (Meta
 * Platforms Ireland Limited in Ireland: phone number and messages, stored in the US, up to 30 days).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('keeping-clause-place-');

describe('a storage place and a period in one sentence', () => {
  it('Indonesian: "… di Irlandia, yang mendapat …, menyimpannya di Amerika Serikat, lalu menghapusnya …"', async () => {
    const fs = await check('melati.md', [
      '# Kebijakan Privasi Toko Kain Melati', // 1
      '', // 2
      '## Penerima data', // 3
      '', // 4
      'Kabar pengiriman kami kirim lewat WhatsApp. Pesan itu dikirim melalui Meta Platforms Ireland Limited di Irlandia, yang mendapat nomor telepon Anda dan isi pesan, menyimpannya di Amerika Serikat, lalu menghapusnya paling lama 30 hari setelah dikirim.', // 5
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('English: "… Limited in Ireland, which receives …, keeps them in the United States and deletes them …"', async () => {
    const fs = await check('marrow.md', [
      '# Privacy at Marrow Lane Bikes', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      'Shipping updates reach you through Meta Platforms Ireland Limited in Ireland, which receives your phone number and the text of each update, keeps them in the United States and deletes them within 30 days.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 5, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a place after a category, not a name, is no address', async () => {
    const fs = await check('marrow-category.md', [
      '# Privacy at Marrow Lane Bikes', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      'Shipping updates reach you through our messaging provider in Ireland, which receives your phone number and the text of each update.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).not.toBe('clear');
  });
});
