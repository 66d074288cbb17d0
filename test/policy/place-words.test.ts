/**
 * Issue 18, held-out-5 cause C4 (rest): place words as each language says them. Polish names a place
 * in the locative ("na serwerach w Niemczech") and keeps a shop on servers with "utrzymujemy"; Italian
 * says outside the EU as "extra UE"; Vietnamese names the United States "Mỹ". A recipient's seat
 * that is not where it keeps the data ("Meta Platforms Ireland Limited ma siedzibę w Irlandii", Meta
 * storing in the US) says nothing of the transfer, not even in broader terms; where it keeps the data
 * ("Meta … may keep the messages on its servers in the United States") is where the data go to it, its
 * seat in Ireland notwithstanding (a clear transfer). Sentences in our own
 * words; policies checked against examples/templates/order_shipped.yaml (courier SwiftShip Logistics
 * in the US; Meta Platforms Ireland Limited, messages kept in the US).
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('place-words-');
const said = (text: string, lng: string) =>
  readClaims(text, catalog.locale(lng), { policy: true })
    .sentences.flatMap((s) => s.mentions)
    .filter((m) => m.kind === 'place' || m.kind === 'action')
    .map((m) => `${m.kind}:${m.value}`);

describe('place words in each language', () => {
  it('Polish locative and "utrzymujemy"; Vietnamese "Mỹ"', () => {
    expect(said('Bazę zamówień utrzymujemy na serwerach w Niemczech.', 'pl')).toEqual(['action:store', 'place:DE']);
    expect(said('Kopie zapasowe trzymamy w Szwecji.', 'pl')).toEqual(['place:SE']);
    expect(said('Dữ liệu hỗ trợ được lưu trữ tại Mỹ.', 'vi')).toContain('place:US');
  });

  it('Italian: a courier working from countries outside the EU is placed in broader terms', async () => {
    const fs = await check('carta.md', [
      '# Informativa privacy di Cartoleria Ponte', // 1
      '', // 2
      '## Chi riceve i dati', // 3
      '', // 4
      'Il corriere SwiftShip Logistics riceve nome, indirizzo e numero di telefono per consegnare il pacco.', // 5
      '', // 6
      "## Trasferimenti all'estero", // 7
      '', // 8
      'Il nostro corriere opera da paesi extra UE.', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'it']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'vague' } });
  });

  it('Polish: the seat of a recipient that keeps the data elsewhere discloses no transfer', async () => {
    const fs = await check('mydlo.md', [
      '# Polityka prywatności Mydlarni Orzech', // 1
      '', // 2
      '## Odbiorcy', // 3
      '', // 4
      'Meta Platforms Ireland Limited otrzymuje Twój numer telefonu i treść wiadomości WhatsApp.', // 5
      '', // 6
      '## Przekazywanie danych', // 7
      '', // 8
      'Meta Platforms Ireland Limited ma siedzibę w Irlandii.', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'pl']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('omitted');
  });

  it('English: a recipient keeping the data in a place other than its seat is the transfer to it', async () => {
    const fs = await check('gulls.md', [
      '# Gull Point Ceramics privacy notice', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Meta Platforms Ireland Limited receives your phone number and the order messages we send you on WhatsApp.', // 5
      '', // 6
      '## Where your data goes', // 7
      '', // 8
      'Meta Platforms Ireland Limited may keep your phone number and the messages on its servers in the United States.', // 9
    ].join('\n'), ['--region', 'sg']);
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });
});
