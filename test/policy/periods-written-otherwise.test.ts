/**
 * Issue 18, held-out set 6 (R2, causes AS3, AS1 and AS2): periods written otherwise than "N days".
 * - A number written twice, the second time in brackets ("30 (tiga puluh) hari", Indonesian legal style;
 *   "thirty (30) days"), is one period; id "kami simpan" (we keep, object-focus form) keeps.
 * - vi "giữ cho đến khi đơn hàng được giao thành công" (kept until the order is delivered): a period of zero
 *   from delivery (reader.yaml `policy.until`, `policy.events`), against the courier flow's 180 days from it.
 * - vi "Chúng tôi lưu thông tin trong bao lâu" (how long we keep information) is a retention heading, so a
 *   verbless item under it ("Dữ liệu gửi cho AdReach Media: 90 ngày …") states how long that recipient's data
 *   are kept.
 * Policies in our own words, checked against examples/templates (appointment_reminder: 30 days from the
 * appointment; order_shipped: 180 days from delivery; marketing_promotion: AdReach Media, up to 90 days from
 * collection).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('periods-otherwise-');

async function findings(name: string, lines: string[], args: string[], template?: string) {
  const { code, findings: fs, err } = await checkText(name, lines.join('\n'), args, template);
  expect(code, err).toBeLessThan(2);
  return fs;
}

describe('periods written otherwise', () => {
  it('Indonesian "30 (tiga puluh) hari" is 30 days; "kami simpan" keeps', async () => {
    const fs = await findings('mata-bening.id.md', [
      '# Kebijakan Privasi Klinik Mata Bening', // 1
      '', // 2
      '## Pengingat', // 3
      '', // 4
      'Pengingat janji temu dikirim lewat SMS oleh Sinch Sweden, yang menerima nama, nomor telepon, serta tanggal dan jam janji Anda.', // 5
      '', // 6
      '## Penyimpanan', // 7
      '', // 8
      'Data pengingat kami simpan selama 30 (tiga puluh) hari sejak tanggal janji temu.', // 9
    ], ['--region', 'id', '--locale', 'id'], 'templates/appointment_reminder.yaml');
    const retention = one(fs, 'reminder', 'retention');
    expect(retention.data.class).toBe('clear');
    expect(retention.line).toBe(9);
  });

  it('English "thirty (30) days" is one period', async () => {
    const fs = await findings('bright-eyes.en.md', [
      '# Bright Eyes Optometry privacy notice', // 1
      '', // 2
      '## Reminders', // 3
      '', // 4
      'Sinch Sweden sends our SMS reminders and receives your name, phone number and the date and time of your appointment.', // 5
      '', // 6
      '## How long we keep it', // 7
      '', // 8
      'We keep your name, phone number and appointment time for thirty (30) days after your appointment.', // 9
    ], ['--region', 'sg'], 'templates/appointment_reminder.yaml');
    expect(one(fs, 'reminder', 'retention').data.class).toBe('clear');
  });

  it('Vietnamese "giữ cho đến khi đơn hàng được giao thành công" is not the courier data\'s 180 days', async () => {
    const fs = await findings('suong-mai-3.vi.md', [
      '# Chính sách riêng tư của Trà Sương Mai', // 1
      '', // 2
      '## Chúng tôi lưu thông tin trong bao lâu', // 3
      '', // 4
      '- Họ tên, địa chỉ và số điện thoại: chúng tôi giữ cho đến khi đơn hàng được giao thành công.', // 5
    ], ['--region', 'vn', '--locale', 'vi']);
    const retention = one(fs, 'delivery', 'retention');
    expect(retention.data.class).toBe('incorrect');
    expect(retention.line).toBe(5);
  });

  it('Vietnamese: a verbless item under "… bao lâu" keeps the named recipient\'s data', async () => {
    const fs = await findings('suong-mai-4.vi.md', [
      '# Chính sách riêng tư của Trà Sương Mai', // 1
      '', // 2
      '## Bên nhận thông tin', // 3
      '', // 4
      '- AdReach Media, đối tác quảng cáo, nhận số điện thoại, mã định danh thiết bị và lịch sử mua hàng của bạn khi bạn đồng ý.', // 5
      '', // 6
      '## Chúng tôi lưu thông tin trong bao lâu', // 7
      '', // 8
      '- Dữ liệu gửi cho AdReach Media: 90 ngày kể từ ngày thu thập.', // 9
    ], ['--region', 'vn', '--locale', 'vi'], 'templates/marketing_promotion.yaml');
    const retention = one(fs, 'ad_audiences', 'retention');
    expect(retention.data.class).toBe('clear');
    expect(retention.line).toBe(9);
  });
});
