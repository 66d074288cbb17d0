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
/** Whether a word is a company's legal form ("Limited", "GmbH", "Inc."): it ends a name, never opens a sentence. */
export const isLegalForm = (word: string): boolean => LEGAL.test(word);
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
  if (!lex.spaced) return unspacedNames(text, locale, lex, keep);
  const functionWords = new Set((locale.reader.policy?.functionWords ?? []).map((w) => w.toLowerCase()));
  // Where every noun is capitalised (German), a run of capitals is no name by itself: "Ihren Namen,
  // Ihre Lieferanschrift und Ihre Telefonnummer" or "Unser Paketdienst" are words of the sentence.
  // There a function word ends the run and a comma joins only a legal form ("Meta Platforms, Inc.").
  const nouns = (locale.reader.policy as { capitalisedNouns?: boolean } | undefined)?.capitalisedNouns === true;
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
      if (nouns && functionWords.has(word.toLowerCase())) {
        // A function word ends the run; one that opens it is passed over ("Unser Paketdienst").
        if (tokens.length) break;
        i += word.length;
        const space = /^[ \u00a0]+/u.exec(text.slice(i, i + 4));
        if (!space || !/\p{Lu}/u.test(text[i + space[0].length] ?? '')) break;
        i += space[0].length;
        continue;
      }
      tokens.push({ start: i, end: i + word.length, word });
      let j = i + word.length;
      const gap = /^(?:,?[ \u00a0]+(?:(?:&|and|und|of|de|do|da|del|la|y|e|für|von)[ \u00a0]+)?)/u.exec(text.slice(j, j + 8));
      if (!gap || !gap[0] || !/\p{Lu}/u.test(text[j + gap[0].length] ?? '')) break;
      if (nouns && gap[0].startsWith(',') && !LEGAL.test(/^[\p{L}.]+/u.exec(text.slice(j + gap[0].length, j + gap[0].length + 16))?.[0] ?? '')) break;
      if (nouns && /\b(?:und|and)\b/.test(gap[0])) break;
      j += gap[0].length;
      i = j;
    }
    re.lastIndex = Math.max(re.lastIndex, tokens.length ? tokens[tokens.length - 1]!.end : start + 1);
    // Where every noun is capitalised, a recipient noun before a name is its role, not part of it:
    // "Paketdienst DHL", "Versanddienstleister Hermes Germany GmbH" (issue 18). A run ending in a
    // legal form keeps the noun when what follows it has no word of its own: "Die Paketdienst
    // Deutschland GmbH" is a name whole (a place and a legal form are no name by themselves).
    const ownWord = (t: { word: string }) => {
      const w = normalize(t.word, locale.lng);
      return !lex.longestAt(w, 0, wordMap(w)) && !functionWords.has(t.word.toLowerCase()) && !CONNECTOR.test(t.word) && t.word.length >= 2 && !LEGAL.test(t.word);
    };
    while (nouns && tokens.length && recipientNoun(lex, tokens[0]!.word, locale.lng) && (!LEGAL.test(tokens[tokens.length - 1]!.word) || tokens.slice(1).some(ownWord))) tokens.shift();
    // "Frankfurt, Germany", "Austin, Texas": a town and, after a comma, the country or state it lies
    // in is an address, not a name; the place after the comma stays one (and so does the town's run).
    for (let k = tokens.length - 1; k > 0; k--) {
      if (!text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) continue;
      const rest = normalize(text.slice(tokens[k]!.start, tokens[tokens.length - 1]!.end), locale.lng);
      const hit = lex.longestAt(rest, 0, wordMap(rest));
      if (hit && hit.end === rest.length && hit.entries.some((e) => e.kind === 'place')) tokens.length = k;
      break;
    }
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
    // A legal form after a word of its own is a name too ("Nord GmbH", left when its role noun is its role).
    if ((readerWord && own) || (legal && (readerWord || own))) out.push(span);
  }
  return out;
}

/** Whether a word is, whole, one of the reader's recipient nouns, or a compound ending in one ("Paketdienst", "Versandpartner"). */
function recipientNoun(lex: ReturnType<typeof lexiconFor>, word: string, lng: string): boolean {
  const norm = normalize(word, lng);
  const map = wordMap(norm);
  const hit = lex.longestAt(norm, 0, map);
  if (hit && hit.end === norm.length) return hit.entries.some((e) => e.kind === 'recipient');
  return lex.headAt(norm, 0, map) === norm.length && lex.matched.some((e) => e.kind === 'recipient');
}

/**
 * Names in a script without spaces (Chinese, Thai), where no capitals mark them: a place the
 * reader knows that a name word joins without a break — 中国邮政 (China + post), 新加坡航空
 * (Singapore + airlines), ไปรษณีย์ไทย (post + Thai) — is part of a name, and so is a place between
 * it and the legal form the name ends in (中国…速递物流股份有限公司). The span runs from the place
 * (or the name word before it) to the end of the name word or legal form.
 */
function unspacedNames(text: string, locale: LocaleData, lex: ReturnType<typeof lexiconFor>, keep: readonly string[]): Array<[number, number]> {
  const vocab = locale.reader.policy;
  const nameWords = (vocab?.nameWords ?? []).map((w) => normalize(w, locale.lng)).filter(Boolean);
  const legalForms = (vocab?.legalForms ?? []).map((w) => normalize(w, locale.lng)).filter(Boolean);
  if (!nameWords.length && !legalForms.length) return [];
  const norm = normalize(text, locale.lng);
  const words = wordMap(norm);
  const kept = keep.map((k) => normalize(k, locale.lng)).filter((k) => k.length >= 2);
  const out: Array<[number, number]> = [];
  const BREAK = /[\s\p{P}\p{S}\d]/u;
  for (let i = 0; i < norm.length; i++) {
    const hit = lex.longestAt(norm, i, words);
    if (!hit || !hit.entries.some((e) => e.kind === 'place')) continue;
    let start = i;
    let end = -1;
    const after = nameWords.find((w) => norm.startsWith(w, hit.end));
    const before = nameWords.find((w) => i >= w.length && norm.startsWith(w, i - w.length));
    if (after) end = hit.end + after.length;
    else if (before) {
      start = i - before.length;
      end = hit.end;
    }
    // A legal form closely after, with no break between: the name runs to it.
    for (let j = Math.max(end, hit.end), n = 0; j < norm.length && n < 24 && !BREAK.test(norm[j]!); j++, n++) {
      const form = legalForms.find((f) => norm.startsWith(f, j));
      if (form) {
        end = j + form.length;
        break;
      }
    }
    if (end < 0) continue;
    const span = norm.slice(start, end);
    if (kept.some((k) => span.includes(k) || k.includes(span))) continue;
    out.push([start, end]);
    i = end - 1;
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
    const name = text.slice(s, e);
    // A name without spaces (中国邮政) becomes one run of the mark, so none of its words is read.
    out += text.slice(last, s) + (/[ \u00a0]/.test(name) ? name.replace(/[ \u00a0]/g, '\u02bc') : /^[\p{Script=Han}\p{Script=Thai}]/u.test(name) ? '\u02bc'.repeat(name.length) : name);
    last = e;
  }
  return out + text.slice(last);
}
