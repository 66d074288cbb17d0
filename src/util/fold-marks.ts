/**
 * Letters without their diacritics, for reading text people typed without them ("donnees" for
 * "données", "informacion", "Uebermittlung", "khong chia se"): src/policy/accentless.ts.
 */

/** Latin letters that carry a mark but have no decomposition in Unicode: the letter people type instead. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };
/** Letters written as two when written without marks (phrases only: a text keeps its length). */
const SPELLED: Record<string, string> = { ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' };

const LATIN = /\p{Script=Latin}/u;
const MARKS = /\p{M}+/gu;

/** One character without its marks, one UTF-16 code unit for one (a letter that would become two stays). */
function bareChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  const u = UNDECOMPOSED[ch];
  if (u) return u;
  if (!LATIN.test(ch)) return ch;
  const bare = ch.normalize('NFD').replace(MARKS, '');
  return bare.length === 1 ? bare : ch;
}

/**
 * A text with the marks of its Latin letters taken off, code unit for code unit, so that every
 * offset into it is the same offset into the text ("é" → "e", "ệ" → "e", "ł" → "l"; "ß", "æ"
 * and letters outside the Latin script stay).
 */
export function foldText(text: string): string {
  // Most text is ASCII: nothing to do.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += bareChar(text[i]!);
  return out;
}

/**
 * A phrase as people write it without marks: the bare letters ("Übermittlung" → "Ubermittlung",
 * "Straße" → "Strasse"), and, where the language spells a marked letter out (`spelled`: German
 * "ä" → "ae"), that spelling too ("Uebermittlung"). The first is the bare one; each once.
 */
export function foldPhrase(phrase: string, spelled: Readonly<Record<string, string>> = {}): string[] {
  const bare = (s: string) => s.normalize('NFD').replace(MARKS, '').replace(/[^\x00-\x7f]/g, (c) => UNDECOMPOSED[c] ?? SPELLED[c] ?? c).normalize('NFC');
  const out = [bare(phrase)];
  const keys = Object.keys(spelled);
  if (keys.length) {
    let spelledOut = '';
    for (const ch of phrase.normalize('NFC')) {
      const lower = ch.toLowerCase();
      const s = spelled[lower];
      spelledOut += s === undefined ? ch : ch === lower ? s : s.charAt(0).toUpperCase() + s.slice(1);
    }
    const second = bare(spelledOut);
    if (second !== out[0]) out.push(second);
  }
  return out;
}

/** Whether a word carries a mark that folding takes off. */
export function hasMarks(word: string): boolean {
  return foldPhrase(word)[0] !== word.normalize('NFC');
}
