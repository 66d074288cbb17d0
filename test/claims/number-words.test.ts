/**
 * A period whose number is written as a word (issue 18, held-out-5 cause C12): "deux ans", "twee
 * jaar", "een maand", "seven years" were no period, as durations were read from digits only.
 * reader.yaml `policy.numbers` (policies people wrote only), also where a list item under a retention
 * heading is read as keeping (src/policy/outline.ts); sentences in our own words.
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('number-words-');
const read = (text: string, lng: string, policy = true) => readClaims(text, catalog.locale(lng), { policy }).claims.map(describeClaim).sort();

describe('numbers written as words before a time unit', () => {
  it('read as the period in each language', () => {
    expect(read('We keep your messages for seven years.', 'en')).toEqual(['retain user.content.message for 7 years']);
    expect(read('Nous conservons vos messages deux ans.', 'fr')).toEqual(['retain user.content.message for 2 years']);
    expect(read('Wij bewaren uw berichten hooguit een maand.', 'nl')).toEqual(['retain user.content.message for up to 1 month']);
    expect(read('Kami menyimpan mesej anda selama dua tahun.', 'ms')).toEqual(['retain user.content.message for 2 years']);
  });

  it('a number word not followed by a unit is no period, and disclose\'s own text is read as before', () => {
    expect(read('Wij bewaren een kopie van uw berichten.', 'nl')).toEqual([]);
    expect(read('We keep your messages for seven years.', 'en', false)).toEqual([]);
  });

  it('a list item under a retention heading whose period is in words is read as a statement of keeping', async () => {
    const fs = await check('lijst.md', [
      '# Privacyverklaring', // 1
      '', // 2
      '## Hoe lang wij gegevens bewaren', // 3
      '', // 4
      '- Naam, adres en telefoonnummer voor de bezorging: tot twee jaar na de bezorging.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'nl']);
    // Two years against the courier flow's 180 days: read, and found wrong.
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });
});
