/**
 * Review 11 (/work/notes/review-11.md), rendered in-process (library calls only):
 * - L11-2 (zh-CN), L11-3 (fr), L11-4 (pl): the purpose-led cap on withdrawal (statement.retain…EndsOnWithdrawalForPurpose)
 *   renders only in a project's own region without `retentionByPurpose` (README "Own regions"): rendered here through
 *   such regions (eu-np, china-np: `extends:` ours, `retentionByPurpose: false`), and read back.
 * - L11-1: in sg, ph, my (ms, en), id and the sea group a period that runs from the withdrawal of consent is a deletion
 *   window: the data are kept while the consent lasts and deleted within the period after it is withdrawn (as china
 *   says it, review 6 CN6-6), not "For marketing messages, we keep … for 30 days from withdrawal of your consent", which
 *   announces holding for the withdrawn purpose after withdrawal (UU PDP Pasal 40 ayat (2); Act 709 s.38(2)). The claim
 *   stays the declared period, so `check` reads the sentence back to it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { Project } from '../../src/project.js';
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

describe('L11-2, L11-3, L11-4: the purpose-led cap on withdrawal, in project regions without retentionByPurpose', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'review11-'));
  writeFileSync(path.join(dir, 'eu-np.yaml'), 'id: eu-np\nextends: eu\nname: EU, retention lines without purpose merging\nretentionByPurpose: false\n');
  writeFileSync(path.join(dir, 'china-np.yaml'), 'id: china-np\nextends: china\nname: China, retention lines without purpose merging\nretentionByPurpose: false\n');
  const catalog = loadCatalog({ regionDirs: [dir] });
  const project = new Project(catalog, ex.org, { asOf: '2026-12-07' });
  // Read back, as approved wording would be: the sentence must say the period it was written for.
  project.readBack = true;
  const cell = (region: string, locale: string) => project.render(byId('marketing_promotion'), { region: catalog.region(region), locale });
  const misread = (region: string, locale: string) => cell(region, locale).findings.filter((f) => f.ruleId === 'retention-mismatch' || f.ruleId === 'wording-roundtrip');

  it('L11-2 zh-CN: the consent is named before it is referred to, and check reads the cap (9 errors before)', () => {
    const text = cell('china-np', 'zh-CN').clause.text;
    expect(text).toContain('为推送个性化广告，自收集之日起，我们将您的以下信息保存90天，您在此之前撤回就此所作同意的，保存至您撤回同意时止：手机号码、设备标识符和订单记录。');
    expect(text).not.toContain('该项同意');
    expect(misread('china-np', 'zh-CN')).toEqual([]);
  });

  it('L11-3 fr: one consents to processing for a purpose, not "à une finalité" (RGPD art. 6, § 1, a))', () => {
    // French spacing: the wording puts no-break spaces inside « » and before :, compared here as plain spaces.
    const text = cell('eu-np', 'fr').clause.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain("Pour la finalité « publicité personnalisée », nous conservons les données (numéro de téléphone, identifiant de l'appareil et historique des commandes) pendant 90 jours à compter de la collecte, ou jusqu'au retrait du consentement que vous avez donné pour cette finalité, s'il intervient plus tôt.");
    expect(text).not.toContain('consentement à cette finalité');
    expect(misread('eu-np', 'fr')).toEqual([]);
  });

  it('L11-4 pl: consent to processing for the purpose (RODO art. 6 ust. 1 lit. a), not "zgody na ten cel"', () => {
    const text = cell('eu-np', 'pl').clause.text;
    expect(text).toContain('Cel „reklama spersonalizowana” – okres przechowywania danych (numer telefonu, identyfikator urządzenia i historia zamówień): 90 dni od zebrania danych, nie dłużej niż do czasu wycofania Twojej zgody na przetwarzanie danych w tym celu.');
    expect(text).not.toContain('zgody na ten cel');
    expect(misread('eu-np', 'pl')).toEqual([]);
  });
});

describe('L11-5: a project region that extends a profile of the same law keeps its sensitive-for-purpose data', () => {
  it('vn-ext (extends vn, nothing changed) writes vn\'s Decree 356 sentence, as vn does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'review11-vn-'));
    writeFileSync(path.join(dir, 'vn-ext.yaml'), 'id: vn-ext\nextends: vn\nname: Vietnam, as ours\n');
    const catalog = loadCatalog({ regionDirs: [dir] });
    const project = new Project(catalog, ex.org, { asOf: '2026-12-07' });
    const line = (region: string) => project.render(byId('marketing_promotion'), { region: catalog.region(region), locale: 'vi' }).clause.text.split('\n').find((l) => l.includes('Dữ liệu cá nhân nhạy cảm trong mục này'));
    expect(line('vn')).toContain('356/2025/NĐ-CP');
    expect(line('vn-ext')).toBe(line('vn'));
    // A member of a group still takes none from the group (sea states none; vn states its own).
    expect(catalog.region('sea').sensitiveForPurposes ?? []).toEqual([]);
  });
});
