/**
 * Names are names: in a policy people wrote, a company or product name that holds one of the
 * reader's words — a country ("India Post", "Mercado Libre Perú"), a purpose ("Delivery Hero"),
 * a data category or a recipient type — is found and kept whole, so that the claim reader never
 * reads "India" in "India Post" as a place or "Delivery" in "Delivery Hero" as a purpose.
 *
 * A name is a run of two or more capitalised words (in a script with capitals and spaces) that
 * holds at least one of the reader's words and at least one word of its own (not the reader's,
 * not a function word), or a run that ends in a legal form (GmbH, Inc., Ltd., …). Runs made only of
 * the reader's words ("Personal Data", "Delivery Partners") are phrases, not names.
 */
import { lexiconFor } from '../claims/read-claims.js';
import { normalize, wordMap } from '../claims/lexicon.js';
import type { LocaleData } from '../load/locales.js';

const LEGAL = /^(?:inc|incorporated|ltd|limited|llc|gmbh|ag|sa|srl|bv|nv|pte|plc|corp|corporation|co|se|kg|ohg|tbk|bhd)\.?$/i;
const TOKEN = /\p{Lu}[\p{L}\p{M}\p{N}'’&.-]*/uy;
const CONNECTOR = /^(?:&|and|und|of|de|do|da|del|la|y|e|für|von)$/;

/** A company's name without its legal form ("Meta Platforms, Inc." → "meta platforms"), as policies write names loosely. */
export function coreName(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 3; i++) n = n.replace(/[,\s]+(inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|gmbh|ag|s\.a\.?|s\.r\.l\.?|b\.v\.?|n\.v\.?|pte\.?|plc|corp\.?|corporation|co\.?|sdn\.? bhd\.?|tbk\.?)$/i, '');
  return n.toLowerCase();
}

/** Spans [start, end) of the names in a text (one line per unit, as the outline writes it). */
export function organizationNames(text: string, locale: LocaleData, keep: readonly string[] = []): Array<[number, number]> {
  const lex = lexiconFor(locale, true);
  if (!lex.spaced) return [];
  const functionWords = new Set((locale.reader.policy?.functionWords ?? []).map((w) => w.toLowerCase()));
  const kept = keep.map(coreName).filter((k) => k.length >= 3);
  const out: Array<[number, number]> = [];
  const re = /\p{Lu}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1]!)) continue;
    // Collect the run of capitalised words (with connectors between them).
    const tokens: Array<{ start: number; end: number; word: string }> = [];
    let i = start;
    for (;;) {
      TOKEN.lastIndex = i;
      const t = TOKEN.exec(text);
      if (!t) break;
      const word = t[0].replace(/[.,’']+$/, '');
      tokens.push({ start: i, end: i + word.length, word });
      let j = i + word.length;
      const gap = /^(?:,?[ \u00a0]+(?:(?:&|and|und|of|de|do|da|del|la|y|e|für|von)[ \u00a0]+)?)/u.exec(text.slice(j, j + 8));
      if (!gap || !gap[0] || !/\p{Lu}/u.test(text[j + gap[0].length] ?? '')) break;
      j += gap[0].length;
      i = j;
    }
    re.lastIndex = Math.max(re.lastIndex, tokens.length ? tokens[tokens.length - 1]!.end : start + 1);
    if (tokens.length < 2) continue;
    const span: [number, number] = [tokens[0]!.start, tokens[tokens.length - 1]!.end];
    const raw = text.slice(span[0], span[1]);
    if (kept.some((k) => raw.toLowerCase().includes(k) || k.includes(raw.toLowerCase()))) continue;
    const legal = LEGAL.test(tokens[tokens.length - 1]!.word);
    // Which tokens the reader would read as one of its words.
    const norm = normalize(raw, locale.lng);
    const words = wordMap(norm);
    let readerWord = false;
    let own = false;
    // A word inside a phrase the reader knows ("Pribadi" in "Data Pribadi Pengguna") is the reader's too.
    let coveredTo = -1;
    for (const t of tokens) {
      const at = t.start - span[0];
      if (at < coveredTo) continue;
      const hit = lex.longestAt(norm, at, words);
      const meaningful = hit?.entries.some((e) => ['place', 'purpose', 'data', 'recipient', 'action'].includes(e.kind));
      if (hit) coveredTo = Math.max(coveredTo, hit.end);
      if (meaningful) readerWord = true;
      else if (!hit && !functionWords.has(t.word.toLowerCase()) && !CONNECTOR.test(t.word) && t.word.length >= 2 && !LEGAL.test(t.word)) own = true;
    }
    if ((readerWord && own) || (legal && readerWord)) out.push(span);
  }
  return out;
}

/**
 * The text with each name's spaces joined by a letter-like mark (U+02BC), so the reader sees one
 * word it does not know; offsets unchanged. Quote findings from the text before masking.
 */
export function maskNames(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (!spans.length) return text;
  let out = '';
  let last = 0;
  for (const [s, e] of spans) {
    out += text.slice(last, s) + text.slice(s, e).replace(/[ \u00a0]/g, '\u02bc');
    last = e;
  }
  return out + text.slice(last);
}
