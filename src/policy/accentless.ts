/**
 * Policies typed without diacritics: "transmis a Stripe …, etablie a Dublin", "Stripe peut traiter
 * ces donnees hors de l'Union europeenne", "informacion", "Uebermittlung", "khong chia se". A
 * document that writes its language's marked words without their marks is read with the locale's
 * words folded the same way (both sides: the locale's phrases and the document's text, the text
 * code unit for code unit so that offsets, lines and columns stay those of the file, and findings
 * quote it as written).
 *
 * Which documents: the locale's own vocabulary (its wording, labels and reader words) tells. Its
 * words with marks whose bare form is no word of it ("données" → "donnees") are evidence: a document
 * that writes more of them bare than marked, at least MIN_BARE times, is written without marks. A
 * language whose words carry no marks (English, Indonesian) or a document that writes them (every
 * accented set) is read as before, untouched.
 *
 * What folding may confuse: words that differ only by their marks (French "a"/"à", "ou"/"où",
 * Spanish "si"/"sí", "el"/"él", Vietnamese "bán"/"bạn"). In a document typed without marks they
 * are one word already; of the locale's phrases, a one-word phrase whose bare form is also the bare
 * form of another word of the vocabulary is left out of the folded locale (Vietnamese "bán", to
 * sell, would read every "ban", you, as a sale); phrases of several words keep their context and stay.
 */
import type { LocaleData } from '../load/locales.js';
import type { PolicyDocument } from './document.js';
import { foldPhrase, hasMarks } from '../util/fold-marks.js';

/** How many marked words a document must write bare before it is read as written without marks. */
const MIN_BARE = 3;

interface Vocabulary {
  /** Words of the locale with marks whose bare forms are no other word of it. */
  marked: Set<string>;
  /** Their bare forms. */
  bare: Set<string>;
  /** Bare forms that more than one word of the locale has ("ban": "bán", "bạn"; "si": "si", "sí"). */
  ambiguous: Set<string>;
}

const vocabularies = new WeakMap<LocaleData, Vocabulary>();

function spelledOf(locale: LocaleData): Readonly<Record<string, string>> {
  return (locale.reader.policy as { withoutMarks?: Record<string, string> } | undefined)?.withoutMarks ?? {};
}

function wordsIn(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    for (const w of value.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []) out.add(w);
  } else if (Array.isArray(value)) {
    for (const v of value) wordsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      wordsIn(k, out);
      wordsIn(v, out);
    }
  }
}

function vocabularyOf(locale: LocaleData): Vocabulary {
  let v = vocabularies.get(locale);
  if (v) return v;
  const words = new Set<string>();
  wordsIn(locale.wording, words);
  wordsIn(locale.labels, words);
  wordsIn(locale.reader, words);
  const spelled = spelledOf(locale);
  const origins = new Map<string, Set<string>>();
  for (const w of words) {
    for (const f of foldPhrase(w, spelled)) {
      let o = origins.get(f);
      if (!o) origins.set(f, (o = new Set()));
      o.add(w);
    }
  }
  v = { marked: new Set(), bare: new Set(), ambiguous: new Set() };
  for (const [f, o] of origins) if (o.size > 1) v.ambiguous.add(f);
  for (const w of words) {
    if (!hasMarks(w)) continue;
    const forms = foldPhrase(w, spelled);
    if (forms.some((f) => v!.ambiguous.has(f))) continue;
    v.marked.add(w);
    for (const f of forms) v.bare.add(f);
  }
  vocabularies.set(locale, v);
  return v;
}

/** Whether a text writes its language's marked words without their marks (see above). */
export function writtenWithoutMarks(text: string, locale: LocaleData): boolean {
  const v = vocabularyOf(locale);
  if (!v.marked.size) return false;
  let marked = 0;
  let bare = 0;
  for (const w of text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (v.marked.has(w)) marked++;
    else if (v.bare.has(w)) bare++;
  }
  return bare >= MIN_BARE && bare > marked;
}

const folded = new WeakMap<LocaleData, LocaleData>();

/**
 * The locale with its words as a text typed without marks writes them: every phrase bare (and
 * spelled out where the language does so, `policy.withoutMarks`: German "ü" as "ue" too), a
 * one-word phrase whose bare form another word shares left out of lists. `accentless` is set, so
 * that the reader folds the text it reads too (src/claims/read-claims.ts).
 */
export function accentlessLocale(locale: LocaleData): LocaleData {
  if (locale.accentless) return locale;
  let out = folded.get(locale);
  if (out) return out;
  const v = vocabularyOf(locale);
  const spelled = spelledOf(locale);
  const forms = (s: string): string[] => {
    const all = foldPhrase(s, spelled);
    // One word that folds onto another word of the language means nothing certain on its own.
    if (/^\p{L}+$/u.test(s.trim()) && hasMarks(s)) return all.filter((f) => !v.ambiguous.has(f.trim().toLowerCase()));
    return all;
  };
  const fold = (value: unknown, key?: string): unknown => {
    if (key === 'withoutMarks') return value;
    if (typeof value === 'string') return foldPhrase(value, spelled)[0];
    if (Array.isArray(value)) {
      const list: unknown[] = [];
      for (const x of value) {
        if (typeof x === 'string') {
          for (const f of forms(x)) if (!list.includes(f)) list.push(f);
        } else list.push(fold(x));
      }
      return list;
    }
    if (value && typeof value === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(value)) o[foldPhrase(k, spelled)[0]!] = fold(x, k);
      return o;
    }
    return value;
  };
  out = {
    ...locale,
    wording: fold(locale.wording) as LocaleData['wording'],
    labels: fold(locale.labels) as LocaleData['labels'],
    reader: fold(locale.reader) as LocaleData['reader'],
    accentless: true,
  };
  folded.set(locale, out);
  return out;
}

const reading = new WeakMap<PolicyDocument, Map<LocaleData, LocaleData>>();

/** The locale a policy document is read with: folded when the document is written without marks. */
export function readingLocale(doc: PolicyDocument, locale: LocaleData): LocaleData {
  if (locale.accentless) return locale;
  let byLocale = reading.get(doc);
  if (!byLocale) reading.set(doc, (byLocale = new Map()));
  let l = byLocale.get(locale);
  if (!l) {
    l = writtenWithoutMarks(doc.text, locale) ? accentlessLocale(locale) : locale;
    byLocale.set(locale, l);
  }
  return l;
}
