/**
 * A period whose number is written as a word (issue 18, held-out-5 cause C12): "deux ans", "twee
 * jaar", "een maand", "seven years" were no period, as durations were read from digits only.
 * reader.yaml `policy.numbers` (policies people wrote only), also where a list item under a retention
 * heading is read as keeping (src/policy/outline.ts); zh-CN too ("两年"), where a period given as an
 * example (`policy.examples`: "例如…不少于三年", "e.g.") is not the sentence's, and a minimum ("不少于",
 * "no less than"; `policy.minimum`) is no negation. Sentences in our own words.
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

  it('zh-CN: "两年", "三个月" are periods; one given as an example ("例如", "e.g.") is not the sentence\'s', () => {
    expect(read('我们将您的消息保存两年。', 'zh-CN')).toEqual(['retain user.content.message for 2 years']);
    expect(read('您的消息最多保存三个月。', 'zh-CN')).toEqual(['retain user.content.message for up to 3 months']);
    expect(read('我们只在必要的期限内保存您的消息，除非法律另有要求，例如账簿须保存五年。', 'zh-CN')).toEqual([]);
    expect(read('We keep your messages only while we need them, unless a law asks for more, e.g. five years for invoices.', 'en')).toEqual([]);
  });

  it('"no less than", "不少于" state a minimum, no denial of keeping', () => {
    expect(read('We keep your messages for no less than two years.', 'en')).toEqual(['retain user.content.message for 2 years']);
    expect(read('您的消息保存不少于两年。', 'zh-CN')).toEqual(['retain user.content.message for 2 years']);
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
