/**
 * splitSentences finds the word before a stop by scanning back over the text; it must cut where
 * the regular expression it replaced did (`/([\p{L}.]+)$/u` on the 12 code units before the
 * stop). Generated text of letters from several scripts, astral letters and digits, lone
 * surrogates, stops, spaces and abbreviations, against a copy of the former implementation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/claims/read-claims.js';
import { FUZZ_TIMEOUT, fuzzParams, RUNS } from './fuzz-helpers.js';

/** splitSentences before the backward scan, as it was (3416acc). */
function reference(text: string, abbreviations: readonly string[], keep: ReadonlyArray<readonly [number, number]> = []): Array<{ start: number; end: number }> {
  const abbr = new Set([...abbreviations].map((a) => a.toLowerCase()));
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  };
  let k = 0;
  let keepUntil = 0;
  for (let i = 0; i < text.length; i++) {
    while (k < keep.length && keep[k]![0] <= i) keepUntil = Math.max(keepUntil, keep[k++]![1]);
    if (i < keepUntil) continue;
    const ch = text[i]!;
    if (ch === '\n' || ch === ';' || ch === '；' || ch === '。' || ch === '！' || ch === '？') {
      push(i + 1);
    } else if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ')) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const nextChar = text.codePointAt(j) === undefined ? '' : String.fromCodePoint(text.codePointAt(j)!);
      if (ch === '.' && (abbr.has(before) || abbr.has(before.replace(/\.$/, '')))) continue;
      if (/\p{Ll}/u.test(nextChar)) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

// 'Gesellschaft' fills the 12-unit window exactly: a longer run of letters before it reads otherwise.
const ABBREVIATIONS = ['Art', 'e.g', 'U.S', 'Nr', 'Abs', 'Straße', 'Σελ', '𐐨𐐯', 'Gesellschaft'];
const PIECES = ['Gesellschaft', 'gesellschaft', 'a', 'Z', 'art', 'Art', 'e.g', 'U.S', 'Nr', 'abs', 'é', 'É', 'ß', 'Σ', 'σελ', 'ǅ', '中', 'ก', '𐐀', '𐐨𐐯', '𝟙', '1', '42', '\uD801', '\uDC00', '.', '.', '. ', '! ', '? ', ' ', '  ', '\u00a0', '\n', ';', '。', '-', "'", 'Straße', 'straße'];

describe('splitSentences', () => {
  it(
    'cuts where the regular-expression version did',
    () => {
      const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
      fc.assert(
        fc.property(textArb, (text) => {
          expect(splitSentences(text, ABBREVIATIONS)).toEqual(reference(text, ABBREVIATIONS));
        }),
        fuzzParams(900, RUNS),
      );
      // Arbitrary unicode as well (lone surrogates included).
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
          expect(splitSentences(text, ABBREVIATIONS)).toEqual(reference(text, ABBREVIATIONS));
        }),
        fuzzParams(901, RUNS),
      );
    },
    FUZZ_TIMEOUT,
  );

  it('does not end a sentence after an abbreviation that starts with an astral letter or ends a 12-unit window', () => {
    expect(splitSentences('See 𐐨𐐯. Then more.', ABBREVIATIONS)).toEqual([{ start: 0, end: 20 }]);
    expect(splitSentences('Xyzxyzxyzart. Next', ABBREVIATIONS)).toEqual(reference('Xyzxyzxyzart. Next', ABBREVIATIONS));
    expect(splitSentences('One. Two', ABBREVIATIONS)).toEqual([{ start: 0, end: 4 }, { start: 4, end: 8 }]);
    // Only the 12 units before the stop count: the run "XGesellschaft" ends in the abbreviation.
    expect(splitSentences('XGesellschaft. Next', ABBREVIATIONS)).toEqual([{ start: 0, end: 19 }]);
  });
});
