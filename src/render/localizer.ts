/**
 * Everything locale-specific the renderer needs: i18next for sentences, taxonomy labels, country
 * names, durations and lists from Intl. One instance per locale, cached by the caller.
 */
import i18next, { type i18n } from 'i18next';
import { DiscloseError } from '../errors.js';
import { intlNames } from '../load/intl-names.js';
import type { LocaleData } from '../load/locales.js';
import type { Retention, TaxonomyKind } from '../model/types.js';
import { oneLine } from './one-line.js';
import { placeName } from './citation.js';

/** Wording a snippet or statement needs is missing in a locale: an input error (exit 2), never a fallback. */
export class MissingWordingError extends DiscloseError {
  constructor(message: string) {
    super('E_WORDING_MISSING', message, {}, 'Add the key to the locale (see `disclose locales --missing <lng>`), or remove the override that asks for it.');
  }
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Fills a wording string's `{{name}}` placeholders from values; a placeholder without a value stays as written. */
type Filler = (values: Record<string, string>) => string;

/**
 * Languages whose script runs into a Latin word without a space unless one is written: Thai, and
 * Simplified Chinese, where a Latin name is spaced off the characters ("Sinch Sweden 处理", "通过
 * WhatsApp 向您"; review-3 CN3-10). `contacts: false`: an e-mail address or link is joined as the
 * wording writes it (发送电子邮件至pio-cn@nordlicht.example即可, the reviewer's own form).
 */
interface Spacing {
  script: RegExp;
  contacts: boolean;
}
const SCRIPT_OF: Record<string, Spacing> = { th: { script: /\p{Script=Thai}/u, contacts: true }, 'zh-CN': { script: /\p{Script=Han}/u, contacts: false } };
const LATIN = /\p{Script=Latin}/u;
/** An e-mail address or a link: the printable ASCII run at a join holds "@" or "://". */
const CONTACT = /@|:\/\//;

/**
 * Joins wording and a value in a language written without spaces between words: a Latin-script
 * name set against the script is spaced off it ("… Meta Platforms Ireland Limited ไปยัง…", not
 * "Limitedไปยัง"), as Thai writes a foreign word; other joins are left as the wording writes them.
 */
function spacedJoin(a: string, b: string, spacing: Spacing): string {
  const x = a.charAt(a.length - 1);
  const y = b.charAt(0);
  const { script } = spacing;
  if (!(x && y && ((LATIN.test(x) && script.test(y)) || (script.test(x) && LATIN.test(y))))) return a + b;
  if (!spacing.contacts && CONTACT.test(LATIN.test(x) ? (/[\x21-\x7e]+$/.exec(a)?.[0] ?? '') : (/^[\x21-\x7e]+/.exec(b)?.[0] ?? ''))) return a + b;
  return `${a} ${b}`;
}

/**
 * The string cut once at its placeholders. One pass: a value is never scanned for placeholders
 * itself, so "{{x}}" in a name stays as typed. `script`: see spacedJoin.
 */
function filler(template: string, script?: Spacing): Filler {
  const texts: string[] = [];
  const names: string[] = [];
  const wholes: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(last, m.index));
    names.push(m[1]!);
    wholes.push(m[0]);
    last = m.index + m[0].length;
  }
  const tail = template.slice(last);
  if (names.length === 0) return () => template;
  if (script) {
    return (values) => {
      let out = '';
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        out = spacedJoin(spacedJoin(out, texts[i]!, script), Object.hasOwn(values, name) ? oneLine(values[name]!) : wholes[i]!, script);
      }
      return spacedJoin(out, tail, script);
    };
  }
  return (values) => {
    let out = '';
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      out += texts[i]! + (Object.hasOwn(values, name) ? oneLine(values[name]!) : wholes[i]!);
    }
    return out + tail;
  };
}

export class Localizer {
  readonly lng: string;
  /**
   * Chinese, Japanese and Korean: sentences are joined with no space between them. (A country after a
   * name is bracketed by the locale's wording, statement.countryAfterName.)
   */
  get fullWidth(): boolean {
    return /^(zh|ja|ko)/.test(this.lng);
  }
  readonly data: LocaleData;
  private readonly i18n: i18n;
  private languageNames: Intl.DisplayNames | undefined;
  private readonly listLong: Intl.ListFormat;
  private readonly listShort: Intl.ListFormat;
  private readonly units = new Map<string, Intl.NumberFormat>();
  /** Each key as i18next resolved it, once: its filler when the key is a sentence, null when it exists but is not one, false when it does not exist. */
  private readonly resolved = new Map<string, Filler | null | false>();
  private readonly lists = new Map<string, string>();

  constructor(data: LocaleData) {
    this.lng = data.lng;
    this.data = data;
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      lng: data.lng,
      fallbackLng: false,
      initImmediate: false,
      resources: { [data.lng]: { translation: data.wording } },
      interpolation: { escapeValue: false },
      returnNull: false,
      returnEmptyString: false,
      keySeparator: '.',
      nsSeparator: false,
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
    this.listLong = new Intl.ListFormat(data.lng, { type: 'conjunction', style: 'long' });
    this.listShort = new Intl.ListFormat(data.lng, { type: 'unit', style: 'short' });
  }

  has(key: string): boolean {
    return this.resolution(key) !== false;
  }

  /**
   * What the key is in the wording, asked of i18next once per key: `has` and `t` ask again and
   * again for the same few hundred keys (every render of every cell), and i18next's `exists`
   * walks its resolution each time.
   */
  private resolution(key: string): Filler | null | false {
    let r = this.resolved.get(key);
    if (r === undefined) {
      if (!this.i18n.exists(key, { lng: this.lng, fallbackLng: false })) r = false;
      else {
        const raw = this.i18n.getResource(this.lng, 'translation', key) as unknown;
        r = typeof raw === 'string' ? filler(raw, SCRIPT_OF[this.lng]) : null;
      }
      this.resolved.set(key, r);
    }
    return r;
  }

  /**
   * A sentence from the wording; a missing key is an error, never a silent fallback. i18next holds
   * and resolves the resources; the resolved string is kept per key and its `{{name}}` placeholders
   * filled here, which is all the interpolation the wording uses (a test holds this equal to
   * i18next's own `t`) at a fraction of the cost per call.
   */
  t(key: string, values: Record<string, string> = {}): string {
    const fill = this.resolution(key);
    if (fill === false) throw new MissingWordingError(`wording key "${key}" is missing in locale ${this.lng}`);
    if (fill === null) throw new MissingWordingError(`wording key "${key}" in locale ${this.lng} is not a sentence`);
    return closeAppositions(fill(values));
  }

  /** i18next's own translation, for tests that hold `t` equal to it. */
  i18nextT(key: string, values: Record<string, string> = {}): string {
    return this.i18n.t(key, { ...values, lng: this.lng }) as string;
  }

  /** The entry's label; in a region whose law defines its own term for it (`vocabulary`), that term. */
  label(kind: TaxonomyKind, key: string, vocabulary?: string): string {
    const entry = this.data.labels[kind][key];
    if (!entry) throw new MissingWordingError(`${kind} label "${key}" is missing in locale ${this.lng}`);
    return (vocabulary ? entry.terms?.[vocabulary] : undefined) ?? entry.label;
  }

  country(code: string): string {
    return placeName(code, this.lng) ?? intlNames(this.lng).countries[code] ?? code;
  }

  language(code: string): string {
    this.languageNames ??= new Intl.DisplayNames([this.lng], { type: 'language' });
    return this.languageNames.of(code) ?? code;
  }

  list(items: string[], short = false): string {
    if (items.length === 1) return items[0]!;
    // The same lists recur on every render (a flow's data, a clause's recipients): format each once.
    const key = `${short ? 's' : 'l'}\u0000${items.join('\u0000')}`;
    let out = this.lists.get(key);
    if (out === undefined) {
      out = short ? this.listShort.format(items) : this.joinLong(items);
      if (this.lists.size >= 4_000) this.lists.clear();
      this.lists.set(key, out);
    }
    return out;
  }

  /**
   * A list joined with "and" as the language joins it (Intl.ListFormat), except where an item itself
   * contains the language's "and" ("Kartenmarke und letzte vier Kartenziffern", "imię i nazwisko"): then
   * the last item is joined with the locale's "as well as" (`list.andAlso`, `list.andAlsoPair` for two
   * items), so the list never reads "… Transaktionsdaten und Kartenmarke und letzte vier Kartenziffern"
   * as one item more (review 5 EU-n3, MY-14, ID-9; review 6 TH6-4, VN6-3; pl "oraz" before).
   */
  private joinLong(items: string[]): string {
    this.andAlso ??= this.andAlsoOf();
    const swap = this.andAlso;
    if (!swap || !items.some((i) => swap.word.test(i))) return this.listLong.format(items);
    const parts = this.listLong.formatToParts(items);
    let at = -1;
    for (let i = parts.length - 1; i >= 0 && at < 0; i--) if (parts[i]!.type === 'literal') at = i;
    // Only the separator that is the conjunction is replaced (never a bare comma).
    if (at < 0 || !swap.word.test(parts[at]!.value)) return this.listLong.format(items);
    // A list of data labels only, where the locale words its own joiner for it (en ", and your ": "… transaction
    // details, and your card brand and the last four digits of your card", not ", as well as card brand …"; review 9
    // EU9-3, CA9-2). Purposes and other lists keep "as well as".
    const own = this.has('list.andAlsoData') && this.has('list.andAlsoDataPair') && items.every((i) => this.isDataLabel(i));
    const sep = own ? this.t(items.length === 2 ? 'list.andAlsoDataPair' : 'list.andAlsoData') : items.length === 2 ? swap.pair : swap.many;
    return parts.map((p, i) => (i === at ? sep : p.value)).join('');
  }

  private dataLabels: Set<string> | undefined;
  private isDataLabel(s: string): boolean {
    this.dataLabels ??= new Set(Object.values(this.data.labels.data).flatMap((e) => (e ? [e.label, ...Object.values(e.terms ?? {})] : [])));
    return this.dataLabels.has(s);
  }

  private andAlso: { word: RegExp; many: string; pair: string } | false | undefined;
  private andAlsoOf(): { word: RegExp; many: string; pair: string } | false {
    if (!this.has('list.and') || !this.has('list.andAlso') || !this.has('list.andAlsoPair')) return false;
    const raw = this.i18n.getResource(this.lng, 'translation', 'list.and') as unknown;
    if (typeof raw !== 'string' || !raw.trim()) return false;
    const words = raw.split('|').map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).filter(Boolean);
    // Scripts written without spaces between words (Thai, Chinese) hold the word anywhere; others as a whole word.
    const unspaced = /^(th|zh|ja|ko)/.test(this.lng);
    const word = unspaced ? new RegExp(`(?:${words.join('|')})`, 'u') : new RegExp(`(?:^|\\s)(?:${words.join('|')})(?:\\s|$)`, 'u');
    return { word, many: this.t('list.andAlso'), pair: this.t('list.andAlsoPair') };
  }

  /**
   * Phrases that each hold a list of their own ("your name and phone number directly from you", "your
   * order history from our records"), joined as the language joins them: the "and" inside a phrase is
   * its own list's, not one more item of this one, so `list.andAlso` does not apply.
   */
  phrases(items: string[]): string {
    return items.length === 1 ? items[0]! : this.listLong.format(items);
  }

  duration(r: Pick<Retention, 'value' | 'unit'>): string {
    let f = this.units.get(r.unit);
    if (!f) {
      f = new Intl.NumberFormat(this.lng, { style: 'unit', unit: r.unit, unitDisplay: 'long' });
      this.units.set(r.unit, f);
    }
    return f.format(r.value);
  }

  /** First letter in upper case, for footers that start with a label. */
  capitalize(text: string): string {
    const first = text.charAt(0);
    return first.toLocaleUpperCase(this.lng) + text.slice(1);
  }
}

/**
 * The mark (U+2063) a wording puts after an apposition that may end mid-sentence ("WhatsApp LLC, the
 * provider of the WhatsApp messenger (United States)" and the mark): a comma where the sentence goes on with a word
 * ("…(United States), for message transmission"), nothing before punctuation; kept at the end of a phrase
 * that goes into another sentence (review 3 EU-m12). The renderer drops any left at a line's end.
 */
export const APPOSITION = '\u2063';
export function closeAppositions(text: string): string {
  if (!text.includes(APPOSITION)) return text;
  return text.replace(/\u2063(\s*)(?=(.)?)/gsu, (_m, space: string, next: string | undefined) => (next === undefined ? `${APPOSITION}${space}` : /[.,;:!?)\]）。，：；、]/u.test(next) ? space : `,${space}`));
}
