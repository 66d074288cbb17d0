/**
 * Issue 18, held-out-7 (poliklinik-taman-melawati; the same class in held-out-4's brillenhuis-vos and
 * hofkaeserei-brandl): the business's own systems hosted somewhere by a hosting provider named only by
 * its category ("our booking system is hosted on servers in Germany by a hosting provider") are still
 * its own storage of the flow's data there (src/policy/own-storage.ts); a hosting provider by name is
 * someone else and is not. And a provider named by the channel it sends on (ms "penyedia perkhidmatan
 * SMS", as en "SMS providers") is a messaging provider, not the broader service provider. Policies in
 * our own words against examples/templates/appointment_reminder.yaml (Sinch Sweden in SE, storage in DE).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('hosted-by-');

const policy = (storage: string, reminder: string) => ['# Privacy', '', '## 3. Where we keep data', '', storage, '', '## 5. Reminders', '', reminder].join('\n');
const reminder = async (name: string, text: string, locale: string) => {
  const region = { ms: 'my', id: 'id', vi: 'vn' }[locale] ?? 'eu';
  const { code, findings, err } = await checkText(name, text, ['--region', region, '--locale', locale], 'templates/appointment_reminder.yaml');
  expect(code, err).toBeLessThan(2);
  return findings;
};
const en = (storage: string) =>
  policy(storage, 'Our SMS provider, which operates from Sweden, receives your name, phone number and appointment details to send you the reminder.');

describe('own systems hosted by a hosting provider', () => {
  it('en: by a hosting provider (category) is our storage there: transfers clear', async () => {
    const fs = onFlow(await reminder('en.md', en('Our booking system and patient files are hosted on servers in Germany by a hosting provider under contract.'), 'en'), 'reminder', 'transfers');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: the same without the hosting provider was already clear', async () => {
    const fs = onFlow(await reminder('en-plain.md', en('Our booking system and patient files are hosted on servers in Germany.'), 'en'), 'reminder', 'transfers');
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });

  it('ms: "dihoskan pada pelayan di Jerman oleh penyedia pengehosan" is our storage; "penyedia perkhidmatan SMS" a messaging provider', async () => {
    const fs = await reminder(
      'ms.md',
      policy(
        'Sistem tempahan kami dihoskan pada pelayan di Jerman oleh penyedia pengehosan yang terikat dengan kontrak.',
        'Penyedia perkhidmatan SMS kami, yang beroperasi dari Sweden, menerima nama, nombor telefon dan butiran temu janji anda untuk menghantar peringatan.',
      ),
      'ms',
    );
    expect(onFlow(fs, 'reminder', 'transfers')[0]).toMatchObject({ data: { class: 'clear' } });
    expect(onFlow(fs, 'reminder', 'recipients')[0]).toMatchObject({ line: 9, data: { class: 'clear' } });
  });

  it('id and vi: a provider named by the channel it sends on is a messaging provider (clear, not the broader service provider)', async () => {
    const id = await reminder('id.md', policy('Server kami berada di Jerman.', 'Penyedia layanan SMS kami menerima nama, nomor telepon dan detail janji temu Anda untuk mengirim pengingat.'), 'id');
    expect(onFlow(id, 'reminder', 'recipients')[0]).toMatchObject({ line: 9, data: { class: 'clear' } });
    const vi = await reminder('vi.md', policy('Máy chủ của chúng tôi đặt tại Đức.', 'Nhà cung cấp dịch vụ SMS của chúng tôi nhận họ tên, số điện thoại và thông tin lịch hẹn của bạn để gửi lời nhắc.'), 'vi');
    expect(onFlow(vi, 'reminder', 'recipients')[0]).toMatchObject({ line: 9, data: { class: 'clear' } });
  });
});
