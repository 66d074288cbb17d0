/**
 * Issue 18, held-out set 6 (R2, causes C4 and C3 in vi and id): where our own servers are, said as
 * "đặt/lưu trên máy chủ tại …" (vi) or "server yang terletak/berlokasi di …" (id), is where we store
 * the flow's data — "berlokasi di" after "server" places the servers, it is no one's seat; vi "bán
 * hàng" (selling goods, "trang bán hàng") sells no data; vi "tên" (a name) and "nơi nhận hàng" (where
 * goods are received: the address) are data words; and a transfer that names the recipient and no
 * data ("the data we pass to our courier is transferred to …") is one of the data that recipient gets; id "data
 * pesanan" (order data) names data by the purpose of fulfilling the order (held-out-3 kebun-kopi).
 * Policies in our own words, checked against examples/templates/order_shipped.yaml (courier
 * SwiftShip Logistics in the US, stored in Germany) in regions outside the EU.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('servers-transfers-');

describe('our servers somewhere', () => {
  it('Vietnamese: "lưu trên máy chủ tại Đức", and "trang bán hàng" is no sale', async () => {
    const fs = await check('suong-mai.vi.md', [
      '# Chính sách riêng tư của Trà Sương Mai', // 1
      '', // 2
      '## Bên nhận thông tin', // 3
      '', // 4
      'Đơn vị vận chuyển nhận tên, số điện thoại và nơi nhận hàng của bạn. Đơn vị vận chuyển có trụ sở tại Hoa Kỳ.', // 5
      '', // 6
      '## Hệ thống', // 7
      '', // 8
      'Trang bán hàng của chúng tôi lưu trên máy chủ tại Đức.', // 9
    ].join('\n'), ['--region', 'vn', '--locale', 'vi']);
    expect(one(fs, 'delivery', 'recipients').data.class).toBe('clear');
    const transfers = one(fs, 'delivery', 'transfers');
    expect(transfers.data.class).toBe('clear');
    expect(fs.filter((f) => f.line === 9 && f.data.class === 'incorrect')).toEqual([]);
  });

  it('Indonesian: "server yang terletak di Jerman" is storage, not a seat', async () => {
    const fs = await check('kerikil-server.id.md', [
      '# Kebijakan Privasi Teh Kerikil', // 1
      '', // 2
      '## Penerima data', // 3
      '', // 4
      'Kurir kami, SwiftShip Logistics, menerima nama, alamat, dan nomor telepon Anda. SwiftShip Logistics berkedudukan di Amerika Serikat.', // 5
      '', // 6
      '## Sistem kami', // 7
      '', // 8
      'Aplikasi toko kami dijalankan pada server yang terletak di Jerman.', // 9
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    const transfers = one(fs, 'delivery', 'transfers');
    expect(transfers.data.class).toBe('clear');
  });
});

describe('order data', () => {
  it('Indonesian "data pesanan" (order data) stored in Germany is where the order is fulfilled from: the courier data too', async () => {
    const fs = await check('kerikil-pesanan.id.md', [
      '# Kebijakan Privasi Teh Kerikil', // 1
      '', // 2
      '## Penerima data', // 3
      '', // 4
      'Kurir kami, SwiftShip Logistics, menerima nama, alamat, dan nomor telepon Anda. SwiftShip Logistics berkedudukan di Amerika Serikat.', // 5
      '', // 6
      '## Penyimpanan', // 7
      '', // 8
      'Data pesanan Anda disimpan pada server di Jerman.', // 9
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'transfers').data.class).toBe('clear');
    // … and no statement that Meta's copies of the messages stay in Germany (held-out-3 A12).
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).not.toBe('incorrect');
  });
});

describe('a transfer naming the recipient and no data', () => {
  it('English: "the data we pass to our courier is transferred to the United States"', async () => {
    const fs = await check('quill.en.md', [
      '# Quill & Thread privacy notice', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      'Our courier receives your name, postal address and phone number to deliver your parcel.', // 5
      '', // 6
      '## Abroad', // 7
      '', // 8
      'The data we pass to our courier is transferred to the United States. Our order system is hosted in Germany.', // 9
    ].join('\n'), ['--region', 'sg']);
    const transfers = one(fs, 'delivery', 'transfers');
    expect(transfers.data.class).toBe('clear');
    expect(transfers.line).toBe(9);
  });

  it('Vietnamese: "Dữ liệu chúng tôi gửi cho đơn vị vận chuyển được chuyển sang Hoa Kỳ"', async () => {
    const fs = await check('suong-mai-2.vi.md', [
      '# Chính sách riêng tư của Trà Sương Mai', // 1
      '', // 2
      '## Bên nhận thông tin', // 3
      '', // 4
      'Đơn vị vận chuyển nhận họ tên, số điện thoại và địa chỉ của bạn để giao hàng.', // 5
      '', // 6
      '## Ra nước ngoài', // 7
      '', // 8
      'Dữ liệu chúng tôi gửi cho đơn vị vận chuyển được chuyển sang Hoa Kỳ. Đơn hàng được lưu trữ trên máy chủ đặt tại Đức.', // 9
    ].join('\n'), ['--region', 'vn', '--locale', 'vi']);
    expect(one(fs, 'delivery', 'transfers').data.class).toBe('clear');
  });
});
