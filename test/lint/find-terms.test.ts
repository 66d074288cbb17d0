import fc from 'fast-check';
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

/** The earlier implementation, one lookaround per term: what findTerms must still find, match for match. */
function reference(text: string, terms: readonly string[], boundaries: boolean) {
  const W = '[\\p{L}\\p{M}\\p{N}]';
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sorted = [...new Set(terms)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  const pat = (term: string) => {
    const t = term.normalize('NFC').trim();
    const body = t.split('*').map((p) => esc(p).replace(/\s+/g, '\\s+')).join(`${W}*`);
    if (!boundaries) return body;
    return `${/^[\p{L}\p{M}\p{N}*]/u.test(t) ? `(?<!${W})` : ''}${body}${/[\p{L}\p{M}\p{N}*]$/u.test(t) ? `(?!${W})` : ''}`;
  };
  const re = new RegExp(sorted.length ? sorted.map((t) => `(${pat(t)})`).join('|') : '(?!)', 'giu');
  return [...text.normalize('NFC').matchAll(re)].filter((m) => m[0].length).map((m) => ({ term: sorted[m.slice(1).findIndex((g) => g !== undefined)], text: m[0], start: m.index }));
}

describe('findTerms matches the one-lookaround-per-term patterns exactly', () => {
  const termArb = fc.stringMatching(/^\*?[a-zé𝐀%][a-zé𝐀 ]{0,6}\*?$/).filter((t) => t.trim() !== '' && t !== '*' && !t.includes('**'));
  const textArb = fc.array(fc.constantFrom('free', 'Free', 'freedom', 'é', '𝐀', 'a', 'b', ' ', '%', ' off', '20', '\n', '.', 'ab', 'freé'), { maxLength: 25 }).map((p) => p.join(''));
  it('on random lists and texts, with and without word boundaries', () => {
    fc.assert(
      fc.property(fc.array(termArb, { minLength: 1, maxLength: 8 }), textArb, fc.boolean(), (terms, text, boundaries) => {
        const got = findTerms(text, terms, { wordBoundaries: boundaries }).map((m) => ({ term: m.term, text: m.text, start: m.start }));
        expect(got).toEqual(reference(text, terms, boundaries));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  it('after a letter outside the Basic Multilingual Plane no word starts', () => expect(words('𝐀free free', ['free'])).toEqual(['free']));
});
