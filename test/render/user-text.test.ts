/**
 * A user's text used inside our sentence (src/render/statements/user-text.ts): the locale's copy, with
 * the closing marks the call names dropped. The two sets differ as the four call sites always did:
 * a consequence or a PIPL Art. 30 effect loses a closing "!" or "?" as well as a full stop; retention
 * criteria lose only a full stop.
 */
import { describe, expect, it } from 'vitest';
import { localText, textInSentence } from '../../src/render/statements/user-text.js';

describe('textInSentence', () => {
  it('drops closing full stops and blanks, half- and full-width, under both sets', () => {
    for (const drop of ['sentenceEnd', 'fullStop'] as const) {
      expect(textInSentence('you cannot pay. ', 'en', 'en', drop)).toBe('you cannot pay');
      expect(textInSentence('无法完成支付。', 'zh-CN', 'zh-CN', drop)).toBe('无法完成支付');
      expect(textInSentence('as the law requires..', 'en', 'en', drop)).toBe('as the law requires');
    }
  });

  it('drops a closing "!" or "?" only under sentenceEnd', () => {
    expect(textInSentence('you cannot pay!', 'en', 'en', 'sentenceEnd')).toBe('you cannot pay');
    expect(textInSentence('无法完成支付！', 'zh-CN', 'zh-CN', 'sentenceEnd')).toBe('无法完成支付');
    expect(textInSentence('is the order open?', 'en', 'en', 'sentenceEnd')).toBe('is the order open');
    expect(textInSentence('you cannot pay!', 'en', 'en', 'fullStop')).toBe('you cannot pay!');
    expect(textInSentence('is the order open?', 'en', 'en', 'fullStop')).toBe('is the order open?');
  });

  it('keeps marks inside the text and gives what localText gives where the locale has no copy', () => {
    expect(textInSentence('e.g. a refund. ', 'en', 'en', 'fullStop')).toBe('e.g. a refund');
    expect(textInSentence('text in German.', 'en', 'de', 'sentenceEnd')).toBeUndefined();
    expect(textInSentence({ de: 'Zahlung scheitert.', en: 'payment fails.' }, 'de-DE', undefined, 'fullStop')).toBe('Zahlung scheitert');
    expect(textInSentence(undefined, 'en', 'en', 'fullStop')).toBeUndefined();
    expect(textInSentence(' . ', 'en', 'en', 'sentenceEnd')).toBe('');
    expect(localText('payment fails.', 'en', 'en')).toBe('payment fails.');
  });
});
