/**
 * A period of keeping for data named by what is done with them (issue 18, held-out-4 cause B2 =
 * held-out-3 A3): "The data we hand to our courier is deleted 180 days after delivery" states the
 * courier flow's retention, though the sentence's verb of giving wins over its verb of deleting in
 * the claim reader (src/policy/described-retention.ts). Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier flow `delivery`, kept 180 days from delivery).
 */
import { describe, expect, it } from 'vitest';
import { courierRetentionPolicy as policy, policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('described-retention-');

describe('retention of data named by whom they go to', () => {
  it('"The data we hand to our courier is deleted 180 days after delivery" is the courier flow\'s period, not Meta\'s', async () => {
    const fs = await check('courier.md', policy('The data we hand to our courier is deleted 180 days after delivery.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
  });

  it('with a share verb in the description: "The data we share with our courier is deleted …"', async () => {
    const fs = await check('share-verb.md', policy('The data we share with our courier is deleted 180 days after delivery of the order.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });

  it('another period for it is incorrect', async () => {
    const fs = await check('other-period.md', policy('Whatever we send to our courier is erased after 2 years.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'incorrect' } });
  });

  it('Indonesian: "Data yang kami bagikan kepada kurir dihapus 180 hari …"', async () => {
    const fs = await check('kurir.md', [
      '# Kebijakan Privasi', // 1
      '', // 2
      '## Pengungkapan', // 3
      '', // 4
      'Kurir kami menerima nama, alamat, dan nomor telepon Anda untuk mengantar pesanan.', // 5
      '', // 6
      '## Penyimpanan dan penghapusan', // 7
      '', // 8
      'Data yang kami bagikan kepada kurir dihapus 180 hari setelah pesanan diterima.', // 9
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });
});
