/**
 * A numbered line of a plain-text policy that runs on into the line under it is the first line of a
 * paragraph, not a heading (issue 18, held-out-7, RW1): "1. Firma kurierska SwiftShip Logistics z siedzibą
 * w Stanach" over "   Zjednoczonych otrzymuje imię i nazwisko, …" (pracownia-kaletnicza-rzemyk), nl "5.4
 * Inloggen … Logt u in vanaf een telefoon of" over "    computer …" (het-ganzenbord), id "4.1 Pesan
 * WhatsApp kami dikirim melalui penyedia platform perpesanan" over "    kami, yang menerima …"
 * (sepatu-lari-cendana). Read as a heading, the sentence lost its subject and the courier went
 * undisclosed. A title in capitals or a short title over indented text stays a heading (held-out-4
 * kraf-seri, held-out-5 optometri-seri-iris). Our own words; src/policy/outline.ts `runsOn`.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { parsePolicy } from '../../src/policy/document.js';
import { readOutline } from '../../src/policy/outline.js';

const { check, one } = policyChecker('wrapped-numbered-');
const en = loadCatalog({}).locale('en').reader.policy;
const headings = (text: string) =>
  readOutline(parsePolicy(text, 'p.txt'), en)
    .units.filter((u) => u.kind === 'heading')
    .map((u) => u.text);

describe('a numbered line wrapped onto the next line', () => {
  it('an item whose next line hangs under its text is one sentence: the courier it names receives the data', async () => {
    const text = [
      'PRIVACY NOTICE', // 1
      '', // 2
      '4. WHO RECEIVES YOUR DATA', // 3
      '', // 4
      '1. Our parcel carrier SwiftShip Logistics, with its seat in the United', // 5
      '   States receives your name, postal address and phone number to', // 6
      '   bring you the parcel.', // 7
    ].join('\n');
    expect(headings(text)).toEqual(['PRIVACY NOTICE', '4. WHO RECEIVES YOUR DATA']);
    const f = one(await check('hanging.txt', text, ['--region', 'eu', '--locale', 'en']), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
    expect(f.line).toBe(5);
  });

  it('a dotted number whose sentence goes on in lower case on the next line is a paragraph', () => {
    const text = ['5. ORDERS', '', '5.1 Our Courier SwiftShip Logistics receives your name and', 'postal address.'].join('\n');
    expect(headings(text)).toEqual(['5. ORDERS']);
  });

  it('titles stay headings: in capitals over indented text, or short over a longer indented line', () => {
    const text = [
      '3. DISCLOSURE TO THIRD PARTIES', // 1
      '   Our courier receives your name, postal address and phone number to bring you the parcel.', // 2
      '', // 3
      '4. Where we keep your data', // 4
      '   All the data we hold on you are kept on servers in Frankfurt, Germany, and nowhere else.', // 5
    ].join('\n');
    expect(headings(text)).toEqual(['3. DISCLOSURE TO THIRD PARTIES', '4. Where we keep your data']);
  });
});
