/**
 * Decorative symbols and emoji, by Unicode property and block: pictographs (emoji), regional
 * indicators (flags), arrows, geometric shapes, miscellaneous symbols and dingbats (★ ♪ → ✔ ❗).
 * The functional set (+ - / ( ) : , . % & and letters, digits, currency) never matches.
 */
export interface SymbolMatch {
  /** One user-perceived character (an emoji with its modifiers counts once). */
  symbol: string;
  start: number;
  emoji: boolean;
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
const DECORATIVE = /[\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u26FF\u2700-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF]/u;
/** Pictographic by Unicode, but used as marks in business text. */
const MARKS = new Set(['©', '®', '™']);

let segmenter: Intl.Segmenter | undefined;

export function findSymbols(text: string): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment, index } of segmenter.segment(text)) {
    if (MARKS.has(segment)) continue;
    const emoji = EMOJI.test(segment);
    if (emoji || DECORATIVE.test(segment)) out.push({ symbol: segment, start: index, emoji });
  }
  return out;
}
