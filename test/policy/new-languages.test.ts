/**
 * The policy reader in the languages held-out-4 (eval/policies/held-out-4, issue 18) brought to a
 * held-out set for the first time: French, Italian, Dutch, Polish, Thai, Vietnamese and Malay had no
 * `policy:` words in locales/<lng>/reader.yaml (cause B1 of held-out-4/ANALYSIS.md), so a courier
 * that "receives" the data, a heading on how long data is kept and a deletion verb beside a period
 * were not read. Each policy here is our own, checked against examples/templates/order_shipped.yaml
 * (courier flow `delivery`: name, phone number and postal address to SwiftShip Logistics, kept 180
 * days from delivery).
 */
import { describe, expect, it } from 'vitest';
import { Lexicon, normalize } from '../../src/claims/lexicon.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('new-languages-');

/** The delivery flow's recipients and retention classes and lines. */
async function delivery(name: string, lines: string[], region: string, locale: string) {
  const fs = await check(name, lines.join('\n'), ['--region', region, '--locale', locale]);
  const r = one(fs, 'delivery', 'recipients');
  const k = one(fs, 'delivery', 'retention');
  return { recipients: [r.line, r.data.class], retention: [k.line, k.data.class], fs };
}

describe('a courier that receives the data, and a period under a heading on keeping', () => {
  it('French: "reçoit", "Combien de temps …", "Nous effaçons … 180 jours après"', async () => {
    const got = await delivery('fr.md', [
      '# Politique de confidentialité', // 1
      '', // 2
      '## Qui reçoit vos données ?', // 3
      '', // 4
      'Le transporteur reçoit votre nom, votre adresse de livraison et votre numéro de téléphone.', // 5
      '', // 6
      '## Combien de temps gardons-nous vos données ?', // 7
      '', // 8
      'Nous effaçons votre nom, votre adresse de livraison et votre numéro de téléphone 180 jours après la livraison de la commande.', // 9
    ], 'eu', 'fr');
    expect(got.recipients).toEqual([5, 'clear']);
    expect(got.retention).toEqual([9, 'clear']);
  });

  it('Italian: "riceve", "sono cancellati … dopo la consegna"', async () => {
    const got = await delivery('it.md', [
      '# Informativa', // 1
      '', // 2
      '**Art. 1 – A chi comunichiamo i dati**', // 3
      'Il corriere riceve il vostro nome, l\'indirizzo di consegna e il numero di telefono.', // 4
      '', // 5
      '**Art. 2 – Per quanto tempo**', // 6
      'Nome, indirizzo di consegna e numero di telefono sono cancellati 180 giorni dopo la consegna.', // 7
    ], 'eu', 'it');
    expect(got.recipients).toEqual([4, 'clear']);
    expect(got.retention).toEqual([7, 'clear']);
  });

  it('Dutch: a denial with the verb before its subject ("delen wij nooit") is a denial', async () => {
    const fs = await check('nl.md', [
      '# Privacyverklaring', // 1
      '', // 2
      '## Delen met anderen', // 3
      '', // 4
      'Uw adresgegevens delen wij nooit met andere bedrijven.', // 5
      'De pakketdienst ontvangt uw naam, uw adres en uw telefoonnummer.', // 6
    ].join('\n'), ['--region', 'eu', '--locale', 'nl']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'ambiguous' } });
  });

  it('Polish: "otrzymuje"', async () => {
    const got = await delivery('pl.md', [
      '# Polityka prywatności', // 1
      '', // 2
      '## § 1. Odbiorcy danych', // 3
      '', // 4
      'Firma kurierska otrzymuje Twoje imię i nazwisko, adres dostawy i numer telefonu.', // 5
      '', // 6
      '## § 2. Okres przechowywania', // 7
      '', // 8
      'Imię i nazwisko, adres dostawy i numer telefonu usuwamy 180 dni po doręczeniu przesyłki.', // 9
    ], 'eu', 'pl');
    expect(got.recipients).toEqual([5, 'clear']);
    expect(got.retention).toEqual([9, 'clear']);
  });

  it('Thai: "เราส่ง … ให้" (we send … to), "จะถูกลบ" (will be deleted)', async () => {
    const got = await delivery('th.html', [
      '<html><body>', // 1
      '<h2>ข้อ 1. การเปิดเผยข้อมูลส่วนบุคคล</h2>', // 2
      '<p>เราส่งชื่อ ที่อยู่สำหรับจัดส่ง และหมายเลขโทรศัพท์ของท่านให้บริษัทขนส่ง</p>', // 3
      '<h2>ข้อ 2. ระยะเวลาการเก็บรักษาข้อมูล</h2>', // 4
      '<p>ชื่อ ที่อยู่สำหรับจัดส่ง และหมายเลขโทรศัพท์ของท่านจะถูกลบ 180 วันนับจากวันที่ส่งมอบสินค้า</p>', // 5
      '</body></html>', // 6
    ], 'th', 'th');
    expect(got.recipients).toEqual([3, 'clear']);
    expect(got.retention).toEqual([5, 'clear']);
  });

  it('Vietnamese: "nhận" (receives), "được xóa … sau khi giao hàng"', async () => {
    const got = await delivery('vi.md', [
      '# Chính sách dữ liệu', // 1
      '', // 2
      '## Điều 1. Tổ chức nhận dữ liệu', // 3
      '', // 4
      'Đơn vị vận chuyển nhận họ tên, địa chỉ giao hàng và số điện thoại của bạn để giao hàng.', // 5
      '', // 6
      '## Điều 2. Thời gian lưu trữ', // 7
      '', // 8
      'Họ tên, địa chỉ giao hàng và số điện thoại được xóa 180 ngày sau khi giao hàng.', // 9
    ], 'vn', 'vi');
    expect(got.recipients).toEqual([5, 'clear']);
    expect(got.retention).toEqual([9, 'clear']);
  });

  it('Malay: "menerima" (receives), "dipadam" (deleted)', async () => {
    const got = await delivery('ms.txt', [
      'NOTIS PRIVASI', // 1
      '', // 2
      '1. PENDEDAHAN KEPADA PIHAK KETIGA', // 3
      '   Syarikat kurier menerima nama, alamat penghantaran dan nombor telefon anda.', // 4
      '', // 5
      '2. TEMPOH PENYIMPANAN', // 6
      '   Nama, alamat penghantaran dan nombor telefon anda dipadam 180 hari selepas penghantaran.', // 7
    ], 'my', 'ms');
    expect(got.recipients).toEqual([4, 'clear']);
    expect(got.retention).toEqual([7, 'clear']);
  });
});

describe('data words as these policies write them', () => {
  it('an address alone is the postal address in Thai and Vietnamese, as in English', async () => {
    const th = await delivery('th-address.html', [
      '<h2>ข้อ 1. การเปิดเผยข้อมูลส่วนบุคคล</h2>', // 1
      '<p>เราส่งชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่านให้บริษัทขนส่ง</p>', // 2
      '<h2>ข้อ 2. ระยะเวลาการเก็บรักษาข้อมูล</h2>', // 3
      '<p>ชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่านจะถูกลบ 180 วันนับจากวันที่ส่งมอบสินค้า</p>', // 4
    ], 'th', 'th');
    expect(th.recipients).toEqual([2, 'clear']);
    const vi = await delivery('vi-address.md', [
      '## Điều 1. Tổ chức nhận dữ liệu', // 1
      '', // 2
      'Đơn vị vận chuyển nhận họ tên, địa chỉ và số điện thoại của bạn.', // 3
      '', // 4
      '## Điều 2. Thời gian lưu trữ', // 5
      '', // 6
      'Họ tên, địa chỉ và số điện thoại được xóa 180 ngày sau khi giao hàng.', // 7
    ], 'vn', 'vi');
    expect(vi.recipients).toEqual([3, 'clear']);
  });

  it('Polish: the accusative "historię zamówień" is the purchase history in a policy', () => {
    const lex = new Lexicon(examples().catalog.locale('pl'), [], true);
    const text = normalize('przekazujemy im historię zamówień', 'pl');
    const at = text.indexOf('historię');
    expect(lex.longestAt(text, at)?.entries).toContainEqual(expect.objectContaining({ kind: 'data', value: 'user.behavior.purchase_history' }));
  });
});
