/**
 * The phrases the claim reader recognises in one locale, in a character trie for longest-first
 * matching: taxonomy labels and synonyms, retention events, transfer mechanisms, country names
 * (from Intl), time units (from Intl plus reader.yaml), and the action, negation, exclusivity,
 * "up to" and statutory cue words of reader.yaml.
 */
import type { LocaleData } from '../load/locales.js';
import { intlNames } from '../load/intl-names.js';
import { RETENTION_EVENTS, TIME_UNITS, TRANSFER_MECHANISMS, type TaxonomyKind } from '../model/types.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { phrasesKey, prebuiltLexicon, toForm, type FlatTrie, type LexiconForm } from './prebuilt-lexicon.js';
import { foldPhrase } from '../util/fold-marks.js';

export type MentionKind =
  | TaxonomyKind
  | 'event'
  | 'mechanism'
  | 'place'
  | 'name'
  | 'action'
  | 'negation'
  | 'exclusive'
  | 'upTo'
  | 'statutory'
  | 'unit'
  /** A number written as a word ("two", "deux", "zwei"): a period's value before a time unit. */
  | 'number'
  /** A fixed title (a link's statutory name) that reads like a statement but is none. */
  | 'literal';

export interface Entry {
  kind: MentionKind;
  value: string;
  /** A term the document defines ("Order data — your name, …"): every such entry of a phrase is read, not one. */
  defined?: boolean;
  /** A verb that states a period of keeping only with a period beside it ("we delete … 180 days after"). */
  periodOnly?: boolean;
  /** The noun of an action ("Weitergabe"): the action only in a denial with a verb of happening (reader.yaml `policy.nounActions`). */
  noun?: boolean;
  /**
   * A state or city (reader.yaml `policy.localPlaces`: "Texas", "Frankfurt"): the country it lies in, read as a place
   * only where it is said as one ("headquartered in Austin, Texas"), not in "California residents".
   */
  local?: boolean;
  /** A company's nationality ("een Amerikaans bedrijf", "an American company"): the place of its seat (`policy.nationalities`). */
  seat?: boolean;
}

interface TrieNode {
  /** By UTF-16 code unit: phrases and texts are walked unit by unit. */
  next: Map<number, TrieNode>;
  entries?: Entry[];
}

function flatten(root: TrieNode): FlatTrie {
  // Number the nodes breadth first; node 0 is the root.
  const nodes: TrieNode[] = [root];
  for (let n = 0; n < nodes.length; n++) for (const c of nodes[n]!.next.values()) nodes.push(c);
  const index = new Map<TrieNode, number>(nodes.map((node, i) => [node, i]));
  const start = new Int32Array(nodes.length);
  const count = new Int32Array(nodes.length);
  const codes = new Uint16Array(nodes.length);
  const child = new Int32Array(nodes.length);
  const first = new Int32Array(0x10000);
  for (const [code, c] of root.next) first[code] = index.get(c)! + 1;
  // The root's children are only in `first`: a walk starts there, never at the root's run.
  let at = 0;
  for (let n = 1; n < nodes.length; n++) {
    const kids = [...nodes[n]!.next].sort((a, b) => a[0] - b[0]);
    start[n] = at;
    count[n] = kids.length;
    for (const [code, c] of kids) {
      codes[at] = code;
      child[at++] = index.get(c)!;
    }
  }
  return { first, start, count, codes, child, entries: nodes.map((node) => node.entries) };
}

/** Scripts written without spaces between words: phrases match anywhere, not at word edges. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

/**
 * Languages whose lower case differs from the default mapping (Unicode SpecialCasing: Lithuanian,
 * Turkish, Azerbaijani). For every other language `toLocaleLowerCase` gives what `toLowerCase`
 * does, through ICU and many times slower.
 */
const SPECIAL_CASING = new Set(['lt', 'tr', 'az']);

function hasSpecialCasing(lng: string): boolean {
  return SPECIAL_CASING.has(lng.split(/[-_]/)[0]!.toLowerCase());
}

export function normalize(text: string, lng: string): string {
  return normalizeText(text, lng).norm;
}

/**
 * The normalized text, and whether it had to be lower-cased character by character. When it did
 * not, a line of the result is the normalized line (a line break ends every case context), so a
 * line's reading depends on its own text alone.
 */
export function normalizeText(text: string, lng: string): { norm: string; perCharacter: boolean } {
  // One code unit in, one code unit out, so offsets stay valid. Lower-casing the whole text keeps
  // its length in nearly every case; where it does not (İ, some ligatures), go character by character.
  const special = hasSpecialCasing(lng);
  let out = special ? text.toLocaleLowerCase(lng) : text.toLowerCase();
  const perCharacter = out.length !== text.length;
  if (perCharacter) {
    out = '';
    for (const ch of text) {
      const lower = special ? ch.toLocaleLowerCase(lng) : ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  // Typographic apostrophes and dashes read like their plain forms.
  return { norm: out.replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-'), perCharacter };
}

export class Lexicon {
  readonly lng: string;
  readonly spaced: boolean;
  private readonly root: TrieNode = { next: new Map() };
  private flat: FlatTrie | undefined;
  /**
   * The phrases added, in order, until the lexicon is first used: then they go into the trie, or the
   * build's form of the same trie is taken (the lexicons of disclose's own locales, src/claims/prebuilt-lexicon.ts).
   */
  private phrases: Array<[string, Entry]> | undefined = [];
  /** The phrases of the build's trie, when it was taken (`root` is empty then). */
  private prebuilt: Array<[string, Entry]> | undefined;
  /** What the last phrase `matchAt` found means. */
  matched: Entry[] = [];
  /** A lexicon for policies people wrote (their words read too). */
  readonly policy: boolean;
  /** Nouns join into compounds (reader.yaml `policy.compounds`): a word's last part may name it. */
  readonly compounds: boolean;
  /** Nouns for messages that make a word for content before them message content (`policy.messageNouns`). */
  readonly messageNouns: ReadonlySet<string>;
  /**
   * Verbs whose particle may stand after their object, written "pass … on" in reader.yaml ("We never
   * pass your personal data on to third parties"): the verb, the particle, and what the verb means.
   */
  get split(): ReadonlyArray<{ head: string; tail: string; entry: Entry }> {
    this.ready();
    return this.splits;
  }
  private splits: Array<{ head: string; tail: string; entry: Entry }> = [];
  /** A verb of happening (`policy.happens`): with a negation, a noun of an action in the sentence denies it. */
  happens: RegExp | undefined;
  /** A word that gives an example (`policy.examples`: "e.g.", "例如"): a period after it is the example's, not the sentence's. */
  examples: RegExp | undefined;
  /** A relative pronoun after a comma (`policy.relatives`: ", which", ", das"): a clause about whom the sentence names. */
  relatives: RegExp | undefined;
  /**
   * What a state or city (`policy.localPlaces`) must follow to be read as a place: a word of
   * `policy.localPlaceAfter` ("in", "from"), or one and a town with a comma ("in Austin, Texas").
   */
  localPlace: RegExp | undefined;

  /** `policy`: also the words policies people write (reader.yaml `policy`), for the policy reader only. */
  constructor(data: LocaleData, extra: Entry[] = [], policy = false) {
    // A locale folded for a policy typed without diacritics (src/policy/accentless.ts): every phrase,
    // the countries and units of Intl too, as such a text writes it.
    if (data.accentless) this.bare = (data.reader.policy as { withoutMarks?: Record<string, string> } | undefined)?.withoutMarks ?? {};
    this.lng = data.lng;
    this.spaced = !UNSPACED.has(data.lng.split('-')[0]!);
    for (const kind of ['data', 'purpose', 'recipient'] as const) {
      for (const [key, entry] of Object.entries(data.labels[kind])) {
        this.add(entry.label, { kind, value: key });
        for (const s of entry.synonyms ?? []) this.add(s, { kind, value: key });
        // A law's own term (California's "cross-context behavioral advertising") reads as the entry too.
        for (const s of Object.values(entry.terms ?? {})) this.add(s, { kind, value: key });
      }
    }
    const wording = data.wording as Record<string, Record<string, string> | undefined>;
    for (const ev of RETENTION_EVENTS) if (wording['event']?.[ev]) this.add(wording['event'][ev]!, { kind: 'event', value: ev });
    for (const m of TRANSFER_MECHANISMS) if (wording['mechanism']?.[m]) this.add(wording['mechanism'][m]!, { kind: 'mechanism', value: m });
    // A region's own wording of a mechanism (mechanism.contract_necessity: the EU's Art. 49(1)(b) `contract`) reads as that mechanism.
    for (const [k, text] of Object.entries(wording['mechanism'] ?? {})) {
      const m = TRANSFER_MECHANISMS.find((x) => k.startsWith(`${x}_`) && !(TRANSFER_MECHANISMS as readonly string[]).includes(k));
      if (m && text) this.add(text, { kind: 'mechanism', value: m });
    }
    const intl = intlNames(data.lng);
    for (const [code, name] of Object.entries(intl.countries)) this.add(name, { kind: 'place', value: code });
    for (const unit of TIME_UNITS) {
      for (const word of intl.units[unit] ?? []) this.add(word, { kind: 'unit', value: unit });
      for (const word of data.reader.units[unit] ?? []) this.add(word, { kind: 'unit', value: unit });
    }
    for (const [action, words] of Object.entries(data.reader.actions)) for (const w of words) this.add(w, { kind: 'action', value: action });
    for (const w of data.reader.negation) this.add(w, { kind: 'negation', value: 'not' });
    for (const w of data.reader.exclusive) this.add(w, { kind: 'exclusive', value: 'only' });
    for (const w of data.reader.upTo) this.add(w, { kind: 'upTo', value: 'upTo' });
    for (const w of data.reader.statutory) this.add(w, { kind: 'statutory', value: 'statutory' });
    for (const w of data.reader.literals) this.add(w, { kind: 'literal', value: w });
    for (const [code, words] of Object.entries(data.reader.places)) for (const w of words) this.add(w, { kind: 'place', value: code });
    // Words policies people write use for actions, recipients and data beyond ours (reader.yaml
    // `policy`): read in their documents only, never in the text disclose writes and reads back.
    if (policy) {
      const p = data.reader.policy as (typeof data.reader.policy & { actions?: Record<string, string[]> }) | undefined;
      for (const [action, words] of Object.entries(p?.actions ?? {})) for (const w of words) this.add(w, { kind: 'action', value: action });
      for (const [key, words] of Object.entries(p?.recipients ?? {})) for (const w of words) this.add(w, { kind: 'recipient', value: key });
      for (const [key, words] of Object.entries(p?.data ?? {})) for (const w of words) this.add(w, { kind: 'data', value: key });
      for (const [key, words] of Object.entries(p?.purposes ?? {})) for (const w of words) this.add(w, { kind: 'purpose', value: key });
      // "the details of the transaction" is "transaction details" said the other way round: every data term
      // ending in a head noun (`policy.ofForms.heads`) is read with the head first and a link before the rest.
      // "the notice text": a noun for messages with a word for content after it is message content
      // ("the text of the notice" is read by `messageNouns` in read-claims.ts).
      for (const n of p?.messageNouns ?? []) for (const w of p?.contentAfter ?? []) this.add(`${n} ${w}`, { kind: 'data', value: 'user.content.message' });
      const of = p?.ofForms;
      if (of && this.spaced && this.phrases) {
        const heads = [...new Set(of.heads.map((w) => normalize(w, data.lng)))];
        for (const [phrase, entry] of [...this.phrases]) {
          if (entry.kind !== 'data') continue;
          const words = normalize(phrase, data.lng).split(/\s+/);
          const last = words.pop()!;
          // A compound ending in the head ("transactiegegevens"): the head first, then the rest of the word.
          const compound = of.compound && !words.length ? heads.find((h) => last.length >= h.length + 3 && last.endsWith(h)) : undefined;
          if (compound) {
            for (const link of of.links) this.add(`${compound} ${link} ${last.slice(0, -compound.length).replace(/-$/, '')}`, entry);
            continue;
          }
          if (!words.length || !heads.includes(last)) continue;
          for (const link of of.links) this.add(`${last} ${link} ${words.join(' ')}`, entry);
        }
      }
      // "identifiant de l'appareil" said "identifiant de votre appareil", "historique des achats" said
      // "historique de vos achats": in a language that puts the head first, the article or possessive
      // after "of" (`policy.linkForms`) does not change what data a term names.
      const linkForms = (p?.linkForms ?? []).map((w) => normalize(w, data.lng)).sort((a, b) => b.length - a.length);
      if (linkForms.length && this.spaced && this.phrases) {
        const at = new RegExp(` (${linkForms.map(escapeRegExp).join('|')})(?: (?=[\\p{L}\\p{N}])|(?<=')(?=[\\p{L}\\p{N}]))`, 'u');
        for (const [phrase, entry] of [...this.phrases]) {
          if (entry.kind !== 'data') continue;
          const norm = normalize(phrase, data.lng);
          const m = at.exec(norm);
          if (!m || m.index === 0) continue;
          const head = norm.slice(0, m.index);
          const rest = norm.slice(m.index + m[0].length);
          for (const link of linkForms) if (link !== m[1]) this.add(`${head} ${link}${link.endsWith("'") ? '' : ' '}${rest}`, entry);
        }
      }
      for (const w of p?.scopes ?? []) this.add(w, { kind: 'exclusive', value: 'scoped' });
      for (const w of p?.deletion ?? []) this.add(w, { kind: 'action', value: 'retain', periodOnly: true });
      for (const [key, words] of Object.entries(p?.mechanisms ?? {})) for (const w of words) this.add(w, { kind: 'mechanism', value: key });
      for (const [w, n] of Object.entries(p?.numbers ?? {})) this.add(w, { kind: 'number', value: String(n) });
      // "deleted immediately after sending", "bị xóa ngay sau khi được gửi đi": a period of zero (read-claims.ts).
      for (const w of p?.immediately ?? []) this.add(w, { kind: 'number', value: 'now' });
      // "giữ cho đến khi đơn hàng được giao": kept until an event, a period of zero from it (read-claims.ts).
      for (const w of p?.until ?? []) this.add(w, { kind: 'number', value: 'until' });
      for (const [ev, words] of Object.entries(p?.events ?? {})) for (const w of words) this.add(w, { kind: 'event', value: ev });
      for (const [action, words] of Object.entries(p?.nounActions ?? {})) for (const w of words) this.add(w, { kind: 'action', value: action, noun: true });
      for (const [code, words] of Object.entries(p?.localPlaces ?? {})) for (const w of words) this.add(w, { kind: 'place', value: code, local: true });
      for (const [code, words] of Object.entries(p?.nationalities ?? {})) for (const w of words) this.add(w, { kind: 'place', value: code, seat: true });
      const after = (p?.localPlaceAfter ?? []).map((w) => normalize(w, data.lng)).filter(Boolean);
      if (after.length) this.localPlace = new RegExp(`(^|[^\\p{L}\\p{N}\u02bc])(${after.map(escapeRegExp).join('|')})\\s+([\\p{L}\\p{M}\u02bc'.-]+(\\s+[\\p{L}\\p{M}\u02bc'.-]+){0,2},\\s*)?$`, 'u');
      // "no less than three years", "不少于三年": a minimum, no negation (the period after it is read as stated).
      for (const w of p?.minimum ?? []) this.add(w, { kind: 'literal', value: w });
      const examples = (p?.examples ?? []).map((w) => normalize(w, data.lng)).filter(Boolean);
      const anyExample = examples.map(escapeRegExp).join('|');
      if (examples.length) this.examples = this.spaced ? new RegExp(`(^|[^\\p{L}\\p{N}])(${anyExample})(?![\\p{L}\\p{N}])`, 'u') : new RegExp(`()(${anyExample})`, 'u');
      const happens = (p?.happens ?? []).map((w) => normalize(w, data.lng)).filter(Boolean);
      const relatives = (p?.relatives ?? []).map((w) => normalize(w, data.lng)).filter(Boolean);
      if (relatives.length) this.relatives = new RegExp(`,\\s*(${relatives.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
      if (happens.length) this.happens = new RegExp(`(^|[^\\p{L}\\p{N}])(${happens.map(escapeRegExp).join('|')})([^\\p{L}\\p{N}]|$)`, 'u');
    }
    this.policy = policy;
    this.compounds = policy && data.reader.policy?.compounds === true;
    this.messageNouns = new Set(policy ? (data.reader.policy?.messageNouns ?? []).map((w) => normalize(w, data.lng)) : []);
    for (const e of extra) this.add(e.value, e);
  }

  /** Set for a locale folded for a text typed without diacritics: how its letters are spelled out without them. */
  private readonly bare: Readonly<Record<string, string>> | undefined;

  add(phrase: string, entry: Entry): void {
    if (this.bare) {
      const forms = foldPhrase(phrase, this.bare);
      if (forms.length > 1 || forms[0] !== phrase) {
        for (const f of forms) this.add1(f, entry);
        return;
      }
    }
    this.add1(phrase, entry);
  }

  private add1(phrase: string, entry: Entry): void {
    if (this.phrases) this.phrases.push([phrase, entry]);
    else {
      // A phrase added after the build's trie was taken: the trie is built from every phrase after all.
      const taken = this.prebuilt;
      if (taken) {
        this.prebuilt = undefined;
        this.flat = undefined;
        this.splits = [];
        for (const [p, e] of taken) this.insert(p, e);
      }
      this.insert(phrase, entry);
    }
  }

  /** The trie, on first use: the build's when the build made it from the same phrases, else built from them. */
  private ready(build = false): void {
    const phrases = this.phrases;
    if (!phrases) return;
    this.phrases = undefined;
    const pre = build ? undefined : prebuiltLexicon(this.lng, phrases);
    if (pre) {
      this.flat = pre.flat;
      this.splits = pre.split;
      this.prebuilt = phrases;
    } else for (const [p, e] of phrases) this.insert(p, e);
  }

  /**
   * For the build (scripts/build-data.mjs): the trie of a lexicon not used yet, in the form
   * src/claims/prebuilt-lexicon.ts stores, keyed by the phrases it was made from.
   */
  form(): LexiconForm {
    if (!this.phrases) throw new Error('Lexicon.form(): the lexicon has been used');
    const key = phrasesKey(this.lng, this.phrases);
    this.ready(true);
    return toForm(key, (this.flat ??= flatten(this.root)), this.splits);
  }

  private insert(phrase: string, entry: Entry): void {
    // "pass … on": the verb and its particle with the object between them (read by the claim reader).
    if (phrase.includes('…')) {
      const [head, tail] = phrase.split('…').map((p) => normalize(p.trim(), this.lng));
      if (head && tail && !this.splits.some((x) => x.head === head && x.tail === tail)) this.splits.push({ head, tail, entry });
      return;
    }
    const norm = normalize(phrase.trim(), this.lng);
    if (!norm) return;
    this.flat = undefined;
    let node = this.root;
    for (let i = 0; i < norm.length; i++) {
      const unit = norm.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.entries ??= [];
    const same = node.entries.find((e) => e.kind === entry.kind && e.value === entry.value && !!e.defined === !!entry.defined);
    // A verb of deleting the policy reader knows (reader.yaml `policy.deletion`) states keeping only beside a
    // period, also where the base reader has it as a verb of keeping (nl "verwijderen", de "löschen").
    if (same) {
      if (entry.periodOnly) same.periodOnly = true;
    } else node.entries.push(entry);
  }

  /**
   * A compound's head (`compounds` only): where the word starting at `i` ends when one of its
   * later parts, running to the word's end, is a data or recipient noun ("Versandnachricht" ends in
   * "nachricht"), with those entries in `matched`; else -1. The part must be four letters or more.
   */
  headAt(text: string, i: number, word: WordMap): number {
    if (!this.compounds) return -1;
    let end = i;
    while (end < text.length && word[end]) end++;
    for (let k = i + 3; k <= end - 4; k++) {
      if (this.matchAt(text, k, word, true) !== end) continue;
      const nouns = this.matched.filter((e) => e.kind === 'data' || e.kind === 'recipient');
      if (nouns.length) {
        this.matched = nouns;
        return end;
      }
    }
    return -1;
  }

  /** The longest phrase starting at `i` of normalized `text`, respecting word edges. */
  longestAt(text: string, i: number, word: WordMap = wordMap(text)): { end: number; entries: Entry[] } | undefined {
    const end = this.matchAt(text, i, word);
    return end < 0 ? undefined : { end, entries: this.matched };
  }

  /**
   * Where the longest phrase starting at `i` ends, or -1; what it means is left in `matched`
   * (the reader's loop, which calls this at every word start, allocates nothing per call).
   */
  matchAt(text: string, i: number, word: WordMap, inside = false): number {
    if (this.spaced && !inside && i > 0 && word[i - 1] && word[i]) return -1;
    if (i >= text.length) return -1;
    this.ready();
    const t = (this.flat ??= flatten(this.root));
    let node = t.first[text.charCodeAt(i)]! - 1;
    let j = i + 1;
    let best = -1;
    const { start, count, codes, child, entries } = t;
    while (node >= 0) {
      const e = entries[node];
      if (e && (!this.spaced || j >= text.length || !word[j] || !word[j - 1])) {
        best = j;
        this.matched = e;
      }
      if (j >= text.length) break;
      const c = text.charCodeAt(j);
      let k = start[node]!;
      const stop = k + count[node]!;
      while (k < stop && codes[k]! < c) k++;
      node = k < stop && codes[k] === c ? child[k]! : -1;
      j++;
    }
    return best;
  }
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
export function isWordChar(ch: string): boolean {
  return WORD.test(ch);
}

/** For each code unit of a text, whether it belongs to a word (letters, digits, marks). */
export type WordMap = Uint8Array;

export function wordMap(text: string): WordMap {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 128 ? Number((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : Number(WORD.test(text[i]!) || (c >= 0xd800 && c <= 0xdfff));
  }
  return out;
}

