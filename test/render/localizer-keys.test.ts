import { describe, expect, it } from 'vitest';
import type { LocaleData } from '../../src/load/locales.js';
import { Localizer } from '../../src/render/localizer.js';
import { examples } from '../helpers/examples.js';

// The Localizer asks i18next about each key once and answers `has` and `t` from that answer ever
// after: the answers must be the ones i18next gives, on the first ask and on every later one.
describe('Localizer: each wording key resolved once', () => {
  const en = examples().catalog.locale('en');
  // A locale of our own words: a sentence, a group of sentences (not a sentence itself) and an empty sentence.
  const made: LocaleData = { ...en, wording: { ...en.wording, s3test: { greeting: 'Hello {{name}}', group: { a: 'A' }, empty: '' } } };

  it('has: a sentence, an empty one and a group of keys exist (as i18next answers), a missing key does not, asked again alike', () => {
    const loc = new Localizer(made);
    for (let round = 0; round < 2; round++) {
      expect(loc.has('s3test.greeting')).toBe(true);
      expect(loc.has('s3test.group')).toBe(true);
      expect(loc.has('s3test.missing')).toBe(false);
      expect(loc.has('s3test.empty')).toBe(true);
    }
  });

  it('t: fills a sentence, and names a missing key or a group of keys in its error, first and later', () => {
    const loc = new Localizer(made);
    for (let round = 0; round < 2; round++) {
      expect(loc.t('s3test.greeting', { name: 'Ana' })).toBe('Hello Ana');
      expect(loc.t('s3test.empty')).toBe('');
      expect(() => loc.t('s3test.missing')).toThrow(/"s3test\.missing" is missing in locale en/);
      expect(() => loc.t('s3test.group')).toThrow(/"s3test\.group" in locale en is not a sentence/);
    }
  });

  it('t after has, and has after t, give what each gives alone', () => {
    const first = new Localizer(made);
    expect(first.has('s3test.greeting')).toBe(true);
    expect(first.t('s3test.greeting', { name: 'B' })).toBe('Hello B');
    const second = new Localizer(made);
    expect(second.t('s3test.greeting', { name: 'B' })).toBe('Hello B');
    expect(second.has('s3test.greeting')).toBe(true);
    expect(second.i18nextT('s3test.greeting', { name: 'B' })).toBe('Hello B');
  });
});
