/**
 * Review 11 (/work/notes/review-11.md), rendered in-process (library calls only):
 * - L11-1: in sg, ph, my (ms, en), id and the sea group a period that runs from the withdrawal of consent is a deletion
 *   window: the data are kept while the consent lasts and deleted within the period after it is withdrawn (as china
 *   says it, review 6 CN6-6), not "For marketing messages, we keep … for 30 days from withdrawal of your consent", which
 *   announces holding for the withdrawn purpose after withdrawal (UU PDP Pasal 40 ayat (2); Act 709 s.38(2)). The claim
 *   stays the declared period, so `check` reads the sentence back to it.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const ex = examples();
const byId = (id: string) => ex.templates.find((t) => t.id === id)!;

describe('L11-1: a period from withdrawal is stated as a deletion window (sg, ph, my, id, sea)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['sg', 'en', 'service_hours_notice', 'For service notifications, we keep your phone number until you withdraw your consent to service notifications, and delete what we hold within 30 days from withdrawal of your consent.'],
    ['my', 'ms', 'service_hours_notice', 'Bagi maksud pemberitahuan perkhidmatan, kami menyimpan nombor telefon anda sehingga anda menarik balik persetujuan anda untuk pemberitahuan perkhidmatan, dan memadamkannya dalam tempoh 30 hari dari tarikh anda menarik balik persetujuan.'],
    ['id', 'id', 'service_hours_notice', 'Untuk tujuan notifikasi layanan, kami menyimpan nomor telepon Anda selama persetujuan Anda untuk notifikasi layanan masih berlaku, dan menghapusnya dalam waktu 30 hari sejak tanggal penarikan kembali persetujuan Anda.'],
  ];
  it.each(cases)('%s %s: %s', (region, locale, id, line) => {
    const res = ex.renderer.render(byId(id), ex.catalog.region(region), locale, ex.org);
    const lines = res.clause.text.split('\n').map((l) => l.trim());
    expect(lines).toContain(line);
    // No sentence of ours keeps the data "for 30 days from" the withdrawal any more.
    expect(res.clause.text).not.toMatch(/we keep your [^.]* for 30 days from withdrawal|selama 30 (hari|days) (dari tarikh anda menarik|sejak tanggal penarikan)/);
    // The claim is the declared period: 30 days from the withdrawal of consent.
    const kept = res.clause.claims.filter((c) => c.action === 'retain' && c.data === 'user.contact.phone_number' && c.retention?.from === 'consent_withdrawal').map((c) => c.retention);
    expect(kept[0]).toEqual({ value: 30, unit: 'day', from: 'consent_withdrawal' });
  });

  it('the EU, California, China, Thailand and Vietnam keep their own sentences', () => {
    const text = ex.renderer.render(byId('service_hours_notice'), ex.catalog.region('eu'), 'en', ex.org).clause.text;
    expect(text).not.toContain('delete what we hold');
  });
});
