import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/lint/find-terms.js';

const words = (text: string, terms: string[], wordBoundaries = true) => findTerms(text, terms, { wordBoundaries }).map((m) => m.text);

describe('findTerms', () => {
  it('whole words, case-insensitive', () => expect(words('Free delivery, carefree freedom', ['free'])).toEqual(['Free']));
  it('a * stands for letters', () => expect(words('Discounts and discounted prices', ['discount*'])).toEqual(['Discounts', 'discounted']));
  it('a leading * finds compounds', () => expect(words('Unsere Sonderangebote', ['*angebot*'])).toEqual(['Sonderangebote']));
  it('phrases across any spacing', () => expect(words('for a limited\ntime only', ['limited time'])).toEqual(['limited\ntime']));
  it('the longest term wins', () => expect(words('a special offer', ['offer', 'special offer'])).toEqual(['special offer']));
  it('terms starting with punctuation match after digits', () => expect(words('now 20% off', ['% off'])).toEqual(['% off']));
  it('anywhere in languages without spaces', () => expect(words('限时优惠券', ['优惠', '优惠券', '限时'], false)).toEqual(['限时', '优惠券']));
  it('letters with diacritics are letters', () => expect(words('miễn phí vận chuyển', ['miễn phí'])).toEqual(['miễn phí']));
});
