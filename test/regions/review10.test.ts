/**
 * Lawyer review 10 (/work/notes/review-10.md §3), rendered in-process (library calls only):
 * - L10-1: in sg, ph, my (en, ms), id and the sea group the retention sentences name no purpose, so marketing_promotion's
 *   two periods on the phone number and order history (30 days from withdrawal for marketing messages; 90 days from
 *   collection or until consent is withdrawn for personalised advertising) read as contradictory. Where one datum has
 *   periods under two purposes, each retention sentence of ours leads with its purpose, and the cap names the consent.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

// Review 11 L11-1: the period from withdrawal is a deletion window (regions' statement.retainUntilWithdrawal); before,
// "For marketing messages, we keep … for 30 days from withdrawal of your consent" put the withdrawn purpose on it.
const LINES: Record<string, string[]> = {
  en: [
    'For marketing messages, we keep your name, phone number, and order history until you withdraw your consent to marketing messages, and delete what we hold within 30 days from withdrawal of your consent.',
    'For marketing messages, we keep your shopping preferences until you withdraw your consent to marketing messages, and delete what we hold within 30 days from withdrawal of your consent.',
    'For personalised advertising, we keep your phone number, device identifier, and order history for 90 days from collection, or until you withdraw your consent to personalised advertising if that is sooner.',
  ],
  ms: [
    'Bagi maksud mesej pemasaran, kami menyimpan nama, nombor telefon dan sejarah pesanan anda sehingga anda menarik balik persetujuan anda untuk mesej pemasaran, dan memadamkannya dalam tempoh 30 hari dari tarikh anda menarik balik persetujuan.',
    'Bagi maksud mesej pemasaran, kami menyimpan keutamaan membeli-belah anda sehingga anda menarik balik persetujuan anda untuk mesej pemasaran, dan memadamkannya dalam tempoh 30 hari dari tarikh anda menarik balik persetujuan.',
    'Bagi maksud pengiklanan diperibadikan, kami menyimpan nombor telefon, pengecam peranti dan sejarah pesanan anda selama 90 hari dari tarikh pengumpulan atau sehingga anda menarik balik persetujuan anda untuk pengiklanan diperibadikan, yang mana lebih awal.',
  ],
  id: [
    'Untuk tujuan pesan pemasaran, kami menyimpan nama, nomor telepon, dan riwayat pesanan Anda selama persetujuan Anda untuk pesan pemasaran masih berlaku, dan menghapusnya dalam waktu 30 hari sejak tanggal penarikan kembali persetujuan Anda.',
    'Untuk tujuan pesan pemasaran, kami menyimpan preferensi belanja Anda selama persetujuan Anda untuk pesan pemasaran masih berlaku, dan menghapusnya dalam waktu 30 hari sejak tanggal penarikan kembali persetujuan Anda.',
    'Untuk tujuan iklan yang dipersonalisasi, kami menyimpan nomor telepon, pengenal perangkat, dan riwayat pesanan Anda selama 90 hari sejak tanggal pengumpulan atau hingga Anda menarik kembali persetujuan Anda untuk iklan yang dipersonalisasi, mana yang lebih dahulu.',
  ],
};
/** Our own retention sentences open so in each locale ("Meta Platforms Ireland Limited keeps …" is the recipient's). */
const OURS: Record<string, RegExp> = { en: /\bwe keep your\b/i, ms: /\bkami menyimpan\b/i, id: /\bkami menyimpan\b/i };

describe('L10-1: a datum kept under two purposes: each retention line names its purpose (sg, ph, my, id, sea)', () => {
  const ex = examples();
  const mp = ex.templates.find((t) => t.id === 'marketing_promotion')!;
  const cases: Array<[string, string]> = [['sg', 'en'], ['ph', 'en'], ['my', 'ms'], ['my', 'en'], ['id', 'id'], ['sea', 'en']];
  it.each(cases)('%s %s: marketing_promotion', (region, locale) => {
    const res = ex.renderer.render(mp, ex.catalog.region(region), locale, ex.org);
    const lines = res.clause.text.split('\n').map((l) => l.trim());
    const ours = lines.filter((l) => OURS[locale]!.test(l));
    expect(ours).toEqual(LINES[locale]);
    // The claims stay the same: the advertising period is a maximum of 90 days.
    const kept = res.clause.claims.filter((c) => c.action === 'retain' && c.data === 'user.device.device_id').map((c) => c.retention);
    expect(kept).toEqual([{ value: 90, unit: 'day', from: 'collection', upTo: true }]);
  });
  it('payment_receipt (sg en): payment processing keeps the name and transaction details apart from the statutory invoice copies', () => {
    const pr = ex.templates.find((t) => t.id === 'payment_receipt')!;
    const text = ex.renderer.render(pr, ex.catalog.region('sg'), 'en', ex.org).clause.text;
    expect(text).toContain('For payment processing, we keep your name, email address, and transaction details for 13 months from completion of the transaction.');
    // A statutory period names its records and law (no purpose-led wording): it stays as it was.
    expect(text).toMatch(/^\s*We keep your name, postal address, and transaction details on our invoice copies for 8 years/m);
  });
  it('a clause whose data no second purpose keeps is left as it was (sg order_shipped)', () => {
    const os = ex.templates.find((t) => t.id === 'order_shipped')!;
    const text = ex.renderer.render(os, ex.catalog.region('sg'), 'en', ex.org).clause.text;
    expect(text).toMatch(/^\s*We keep your name, phone number, and postal address for 180 days from delivery of the order\./m);
  });
});
