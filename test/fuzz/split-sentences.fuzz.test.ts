/**
 * splitSentences finds the word before a stop by scanning back over the text (`wordBefore`); it
 * must find what the regular expression it replaced did: `/([\p{L}.]+)$/u` on the 12 code units
 * before the stop. Generated text of letters from several scripts, astral letters and digits,
 * lone surrogates, stops, spaces and abbreviations, at every position, and arbitrary strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, wordBefore } from '../../src/claims/read-claims.js';
import { FUZZ_TIMEOUT, fuzzParams, RUNS } from './fuzz-helpers.js';

/** What splitSentences looked for before the backward scan (3416acc). */
const formerWordBefore = (text: string, i: number) => /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';

// 'Gesellschaft' fills the 12-unit window exactly: a longer run of letters before it reads otherwise.
const ABBREVIATIONS = ['Art', 'e.g', 'U.S', 'Nr', 'Abs', 'Straße', 'Σελ', '𐐨𐐯', 'Gesellschaft'];
const PIECES = ['Gesellschaft', 'gesellschaft', 'a', 'Z', 'art', 'Art', 'e.g', 'U.S', 'Nr', 'abs', 'é', 'É', 'ß', 'Σ', 'σελ', 'ǅ', '中', 'ก', '𐐀', '𐐨𐐯', '𝟙', '1', '42', '\uD801', '\uDC00', '.', '.', '. ', '! ', '? ', ' ', '  ', '\u00a0', '\n', ';', '。', '-', "'", 'Straße', 'straße'];

describe('wordBefore', () => {
  it(
    'finds what the regular expression on the 12 units before a position found, at every position',
    () => {
      const everyPosition = (text: string) => {
        for (let i = 0; i <= text.length; i++) expect(wordBefore(text, i), `${JSON.stringify(text)} at ${i}`).toBe(formerWordBefore(text, i));
      };
      fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')), everyPosition), fuzzParams(900, RUNS));
      // Arbitrary unicode as well (lone surrogates included).
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), everyPosition), fuzzParams(901, RUNS));
    },
    FUZZ_TIMEOUT,
  );
});

describe('splitSentences', () => {
  it('does not end a sentence after an abbreviation, one that starts with an astral letter or fills the 12-unit window included', () => {
    expect(splitSentences('See 𐐨𐐯. Then more.', ABBREVIATIONS)).toEqual([{ start: 0, end: 20 }]);
    expect(splitSentences('See Art. 6 and more.', ABBREVIATIONS)).toEqual([{ start: 0, end: 20 }]);
    // Only the 12 units before the stop count: the run "XGesellschaft" ends in the abbreviation.
    expect(splitSentences('XGesellschaft. Next', ABBREVIATIONS)).toEqual([{ start: 0, end: 19 }]);
    expect(splitSentences('One. Two', ABBREVIATIONS)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
  });
});
