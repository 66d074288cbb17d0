/**
 * Issue 18, held-out set 3 cause A8: a recipients table with a column of places ("Where", "Wo",
 * "Dónde", "Lokasi") says where each row's data goes, with no lead-in before it; a recipient's seat in
 * that column ("Ireland" for Meta Platforms Ireland Limited, which keeps data in the United States)
 * is no statement of where the data goes, and "messages may be stored in the United States" after it
 * in the row is that recipient's keeping. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier SwiftShip Logistics in the US under the standard
 * contractual clauses for the EU; Meta Platforms Ireland Limited, seated in Ireland, storing in the US).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('table-places-');

describe('a table with a "Where" column', () => {
  it('English: a header row and no lead-in; a seat and a storage place in one cell', async () => {
    const fs = await check('moss.md', [
      '# Moss & Fern Stationery: privacy', // 1
      '', // 2
      '## Our partners', // 3
      '', // 4
      '| Who receives it | What | Where |', // 5
      '|---|---|---|', // 6
      '| Couriers | name, postal address, phone number | United States, under standard contractual clauses |', // 7
      '| Meta Platforms Ireland Limited | your phone number and the messages we send you | Ireland; messages may be stored in the United States |', // 8
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 7, data: { class: 'clear' } });
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 7, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 8, data: { class: 'clear' } });
    // Ireland is Meta's seat, not against its storage in the US.
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 8, data: { class: 'clear' } });
  });

  it('German: "Wo"', async () => {
    const fs = await check('moos.de.md', [
      '# Datenschutz bei Moos & Farn', // 1
      '', // 2
      '| Empfänger | Daten | Wo |', // 3
      '|---|---|---|', // 4
      '| Paketdienst SwiftShip Logistics | Name, Anschrift, Telefonnummer | USA, auf Grundlage der Standardvertragsklauseln |', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Spanish: "Dónde"', async () => {
    const fs = await check('musgo.es.md', [
      '# Privacidad en Musgo y Helecho', // 1
      '', // 2
      '| Destinatario | Qué | Dónde |', // 3
      '|---|---|---|', // 4
      '| SwiftShip Logistics, empresa de mensajería | nombre, dirección postal, teléfono | Estados Unidos, con cláusulas contractuales tipo |', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'es']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Indonesian: "Lokasi"', async () => {
    const fs = await check('lumut.id.md', [
      '# Kebijakan Privasi Toko Lumut', // 1
      '', // 2
      '## Data ke luar negeri', // 3
      '', // 4
      '| Penerima | Data | Lokasi |', // 5
      '|---|---|---|', // 6
      '| Kurir SwiftShip Logistics | nama, alamat, nomor telepon | Amerika Serikat |', // 7
      '', // 8
      'Server kami berada di Jerman.', // 9
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'transfers').data.class).toBe('clear');
  });
});
