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
  // A symbol is a cluster that holds one of these characters: a text without any has none, and is
  // not segmented (the first segmenter of a run loads ICU's break rules).
  if (!EMOJI.test(text) && !DECORATIVE.test(text)) return out;
  for (const { segment, index } of graphemes(text)) {
    if (MARKS.has(segment)) continue;
    const emoji = EMOJI.test(segment);
    if (emoji || DECORATIVE.test(segment)) out.push({ symbol: segment, start: index, emoji });
  }
  return out;
}

/** Longest piece handed to the segmenter at once: V8's grapheme segmenter takes quadratic time on one long string (80,000 characters: 10 s). */
const PIECE = 512;
/** Characters that always start a grapheme cluster: ASCII (but LF, which may follow CR) and ideographs. */
const STARTS = /[\x00-\x09\x0B-\x7F\p{Ideographic}]/u;
/** Grapheme_Cluster_Break=Prepend (Unicode 15.1): joins the character after it. */
const PREPEND = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]/u;

/** Whether a grapheme cluster always starts at `i` (a code-unit index that is not inside a pair). */
function clusterStartsAt(text: string, i: number): boolean {
  if (!STARTS.test(text[i]!)) return false;
  const before = text.codePointAt(i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) ? i - 2 : i - 1)!;
  const prev = String.fromCodePoint(before);
  return prev !== '\u200D' && !PREPEND.test(prev) && !(before >= 0x1f1e6 && before <= 0x1f1ff);
}

/** The grapheme clusters of `text` with their code-unit offsets, segmented piece by piece, cut only where a cluster must start. */
function* graphemes(text: string): Generator<{ segment: string; index: number }> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    while (end < text.length && !clusterStartsAt(text, end)) end++;
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) yield { segment, index: start + index };
    start = end;
  }
}
