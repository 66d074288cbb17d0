/**
 * findSymbols segments long text piece by piece (V8's grapheme segmenter is quadratic on one long
 * string: a 180,000-character body took minutes). The pieces are cut only where a grapheme cluster
 * must start, so it finds exactly what segmenting the whole text finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSymbols } from '../../src/lint/symbols.js';

const SYMBOL = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u26FF\u2700-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF]/u;

describe('findSymbols on long text', () => {
  it('finds what segmenting the whole text finds (emoji sequences, flags, ZWJ, CRLF, combining marks, Thai, Hangul, Indic, Prepend)', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const pieces = ['a', ' ', '\r', '\n', '\r\n', '😀', '👍🏽', '\u200D', '❤️', '🇩🇪', '🇫', 'é', 'e\u0301', '\u0301', '中', '文', 'ไทย', 'ำ', '\u0600', '\u0E33', '한', '\u1100', '\u1161', '\u11A8', '#\uFE0F\u20E3', '★', '→', '™', '©', '\uD83D', 'क्', 'ष', '\u094D', '{{1}}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 3000 }), (parts) => {
        const text = parts.join('');
        const whole = [...seg.segment(text)].filter((x) => SYMBOL.test(x.segment) && !['©', '®', '™'].includes(x.segment)).map((x) => [x.segment, x.index]);
        expect(findSymbols(text).map((m) => [m.symbol, m.start])).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
  it('takes linear time: 180,000 characters in well under a second or two', () => {
    const text = `${'Hi {{1}} '.repeat(20_000)}★`;
    const t = performance.now();
    expect(findSymbols(text)).toEqual([{ symbol: '★', start: 180_000, emoji: false }]);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
