/**
 * A denial in a relative clause speaks of the one the clause follows (issue 18, held-out-3 R4-3): "Our
 * boxes are printed by a company we name, which receives no personal data from us" says what the
 * printer gets, not that we share data with no one; the reader weighed it as our blanket denial when the
 * company was one it does not know and the main verb none of its actions. Not so when the clause's
 * subject is "we" or it follows data ("your number, which is never shared", a denial of our own).
 * Policies in our own words, checked against examples/templates/order_shipped.yaml (courier flow
 * `delivery`).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('relative-denial-');
const policy = (lines: string[]) => ['# Privacy', '', '## Who receives your data', '', ...lines].join('\n');

describe('a denial in a relative clause', () => {
  it('English: "We have our gift boxes printed by Brightfold Cartons, which never receives personal data from us" leaves the courier disclosed', async () => {
    const fs = await check('en.md', policy(['Our courier receives your name, postal address and phone number to bring you your parcel.', 'We have our gift boxes printed by Brightfold Cartons, which never receives personal data from us.']), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Indonesian: ", yang tidak pernah menerima data pribadi" after a company the reader does not know', async () => {
    const fs = await check('id.md', [
      '# Kebijakan Privasi', // 1
      '', // 2
      '## Pengungkapan data pribadi', // 3
      '', // 4
      'Kurir kami menerima nama, alamat, dan nomor telepon Anda untuk mengantarkan pesanan.', // 5
      'Kotak kemasan kami dibuat oleh CV Sinar Karton, yang tidak pernah menerima data pribadi pelanggan dari kami.', // 6
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a relative clause after data is still our denial: "your phone number, which is never shared with anyone"', async () => {
    const fs = await check('data.md', policy(['Our courier receives your name, postal address and phone number to bring you your parcel.', 'We also keep your phone number, which is never shared with other companies.']), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients').data.class).not.toBe('clear');
  });
});
