/**
 * Reads footer or clause text, in any supported locale, back into claims: sentence by sentence,
 * it finds the action, the data categories, recipients (type, name, country), purposes, places,
 * transfer mechanisms, durations and the words for "not", "only", "up to" and "as required by".
 */
import { ACTIONS, claimKey, uniqueClaims, type Action, type Claim, type ClaimRetention } from './claim.js';
import { Lexicon, normalize, wordMap, type Entry, type MentionKind, type WordMap } from './lexicon.js';
import type { LocaleData } from '../load/locales.js';
import type { TimeUnit, TransferMechanism } from '../model/types.js';
import { oneLine } from '../render/one-line.js';

export interface Mention {
  kind: MentionKind;
  value: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  mentions: Mention[];
  durations: Array<{ value: number; unit: TimeUnit; start: number }>;
  claims: Claim[];
}

export interface ReadResult {
  claims: Claim[];
  sentences: Sentence[];
  /** Clause numbers the text refers to ("Privacy §5.2" → 5.2). */
  references: Array<{ number: string; start: number }>;
  /** Cue ids of reader.yaml `cues` found in the text. */
  cues: Set<string>;
  /** Vague purpose phrases found, with their offsets. */
  vague: Array<{ phrase: string; start: number }>;
}

const offsets = new WeakMap<ReadResult, Map<string, number>>();

/** Offset of the first sentence that makes `claim`, or 0. */
export function offsetOf(read: ReadResult, claim: Claim): number {
  let map = offsets.get(read);
  if (!map) {
    map = new Map();
    for (const s of read.sentences) for (const c of s.claims) if (!map.has(claimKey(c))) map.set(claimKey(c), s.start);
    offsets.set(read, map);
  }
  return map.get(claimKey(claim)) ?? 0;
}

export interface ReadOptions {
  /** Recipient names to recognise (from the declared flows). */
  names?: string[];
  /**
   * Other text users supplied that clauses quote as written (addresses, legal names, interests):
   * where one occurs whole it is read as none of our words, and no sentence ends inside it.
   */
  verbatim?: string[];
}

/** A name or quoted text to find in the normalized text. */
interface Quoted {
  name: string;
  norm: string;
  kind: 'name' | 'verbatim';
}

const lexicons = new Map<string, Lexicon>();
// Bounded so memory stays flat on large exports: the sentences that repeat (rights, contacts) fit.
const SENTENCE_CACHE_LIMIT = 2_000;
const sentenceCaches = new WeakMap<Lexicon, Map<string, Sentence>>();

function sentenceCache(lex: Lexicon): Map<string, Sentence> {
  let c = sentenceCaches.get(lex);
  if (!c) {
    c = new Map();
    sentenceCaches.set(lex, c);
  }
  return c;
}

/** Phrases, names and quoted texts recur on every read: normalize each once per locale (bounded). */
const normalizedTexts = new Map<string, string>();
function normalizedOnce(text: string, lng: string): string {
  const key = `${lng}\u0000${text}`;
  let n = normalizedTexts.get(key);
  if (n === undefined) {
    n = normalize(text, lng);
    if (normalizedTexts.size >= SENTENCE_CACHE_LIMIT * 4) normalizedTexts.clear();
    normalizedTexts.set(key, n);
  }
  return n;
}

/** A copy of a sentence with its offsets moved by `by` (claims carry no offsets and are shared). */
function shifted(s: Sentence, by: number): Sentence {
  return {
    text: s.text,
    start: s.start + by,
    end: s.end + by,
    mentions: s.mentions.map((m) => ({ ...m, start: m.start + by, end: m.end + by })),
    durations: s.durations.map((d) => ({ ...d, start: d.start + by })),
    claims: s.claims,
  };
}

export function lexiconFor(locale: LocaleData): Lexicon {
  const key = `${locale.lng}:${locale.files.join('|')}`;
  let lex = lexicons.get(key);
  if (!lex) {
    lex = new Lexicon(locale);
    lexicons.set(key, lex);
  }
  return lex;
}

export function readClaims(text: string, locale: LocaleData, options: ReadOptions = {}): ReadResult {
  const lex = lexiconFor(locale);
  const norm = normalize(text, locale.lng);
  const word = wordMap(norm);
  const names = quotedTexts(options, locale, lex, norm);
  const cache = sentenceCache(lex);
  const sentences = splitSentences(text, locale.reader.abbreviations, quotedSpans(norm, names)).map((s) => {
    // The same sentence reads the same way with the same names and quoted texts in it (the
    // controller's address, a courier's name recur in every clause): cache it under both.
    const slice = norm.slice(s.start, s.end);
    const present = names.filter((n) => slice.includes(n.norm));
    const key = present.length ? `${slice}\u0001${present.map((n) => `${n.kind}\u0002${n.name}`).join('\u0001')}` : slice;
    const hit = cache.get(key);
    if (hit) return shifted(hit, s.start);
    const read = readSentence(norm, word, s.start, s.end, lex, present);
    if (cache.size >= SENTENCE_CACHE_LIMIT) cache.clear();
    cache.set(key, shifted(read, -s.start));
    return read;
  });
  const cues = new Set<string>();
  for (const [id, phrases] of Object.entries(locale.reader.cues)) {
    if (phrases.some((p) => norm.includes(normalizedOnce(p, locale.lng)))) cues.add(id);
  }
  const vague: ReadResult['vague'] = [];
  for (const phrase of locale.reader.vaguePurposes) {
    const p = normalizedOnce(phrase, locale.lng);
    let at = norm.indexOf(p);
    while (at >= 0) {
      vague.push({ phrase, start: at });
      at = norm.indexOf(p, at + p.length);
    }
  }
  return {
    claims: uniqueClaims(sentences.flatMap((s) => s.claims)),
    sentences,
    references: findReferences(norm, locale),
    cues,
    vague,
  };
}

function findReferences(norm: string, locale: LocaleData): ReadResult['references'] {
  const out: ReadResult['references'] = [];
  const re = /§\s*(\d+(?:\.\d+)*)/gu;
  for (let m = re.exec(norm); m; m = re.exec(norm)) out.push({ number: m[1]!, start: m.index });
  void locale;
  return out;
}

/**
 * Names and quoted texts, longest first. A name or a text is compared as it is rendered: on one
 * line. A quoted text that is itself one of our phrases ("order delivery") is left to the lexicon.
 */
function quotedTexts(options: ReadOptions, locale: LocaleData, lex: Lexicon, norm: string): Quoted[] {
  const out = new Map<string, Quoted>();
  for (const n of options.names ?? []) {
    const q = normalizedOnce(oneLine(n), locale.lng);
    if (q.trim()) out.set(`name\u0000${n}`, { name: n, norm: q, kind: 'name' });
  }
  for (const v of options.verbatim ?? []) {
    const q = normalizedOnce(oneLine(v), locale.lng);
    if (q.trim().length < 3 || !norm.includes(q)) continue;
    if (lex.longestAt(q, 0)?.end === q.length) continue;
    out.set(`verbatim\u0000${v}`, { name: v, norm: q, kind: 'verbatim' });
  }
  return [...out.values()].sort((a, b) => b.norm.length - a.norm.length);
}

/** Where the names and quoted texts occur, as [start, end) ranges: no sentence ends inside one. */
function quotedSpans(norm: string, quoted: Quoted[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const q of quoted) {
    for (let at = norm.indexOf(q.norm); at >= 0; at = norm.indexOf(q.norm, at + 1)) spans.push([at, at + q.norm.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Splits at line breaks, at ; and CJK stops, and at . ! ? followed by space unless after an
 * abbreviation or a digit; never inside one of the `keep` ranges (a name such as "J. Smith").
 */
export function splitSentences(text: string, abbreviations: string[], keep: ReadonlyArray<readonly [number, number]> = []): Array<{ start: number; end: number }> {
  const abbr = new Set(abbreviations.map((a) => a.toLowerCase()));
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  };
  let k = 0;
  let keepUntil = 0;
  for (let i = 0; i < text.length; i++) {
    while (k < keep.length && keep[k]![0] <= i) keepUntil = Math.max(keepUntil, keep[k++]![1]);
    if (i < keepUntil) continue;
    const ch = text[i]!;
    if (ch === '\n' || ch === ';' || ch === '；' || ch === '。' || ch === '！' || ch === '？') {
      push(i + 1);
    } else if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ')) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const nextChar = text.codePointAt(j) === undefined ? '' : String.fromCodePoint(text.codePointAt(j)!);
      // Not a boundary: after an abbreviation ("Art. 6", "U.S. Data"), or before a lower-case word.
      if (ch === '.' && (abbr.has(before) || abbr.has(before.replace(/\.$/, '')))) continue;
      if (/\p{Ll}/u.test(nextChar)) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function readSentence(norm: string, word: WordMap, start: number, end: number, lex: Lexicon, names: Quoted[]): Sentence {
  const mentions: Mention[] = [];
  const durations: Sentence['durations'] = [];
  let pendingNumber: { value: number; start: number } | undefined;
  let i = start;
  while (i < end) {
    const code = norm.charCodeAt(i);
    // In scripts without spaces a name may follow a word directly ("快递公司SwiftShip").
    const name = names.length && (!lex.spaced || i === 0 || !word[i - 1] || !word[i]) ? names.find((n) => norm.charCodeAt(i) === n.norm.charCodeAt(0) && i + n.norm.length <= end && norm.startsWith(n.norm, i)) : undefined;
    if (name) {
      if (name.kind === 'name') mentions.push({ kind: 'name', value: name.name, start: i, end: i + name.norm.length });
      i += name.norm.length;
      pendingNumber = undefined;
      continue;
    }
    if (isDigit(code) && (i === start || !(isDigit(norm.charCodeAt(i - 1)) || norm.charCodeAt(i - 1) === 46))) {
      let j = i;
      while (j < end && isDigit(norm.charCodeAt(j))) j++;
      pendingNumber = { value: Number(norm.slice(i, j)), start: i };
      i = j;
      continue;
    }
    const hit = lex.longestAt(norm, i, word);
    if (hit && hit.end <= end) {
      const entries = hit.entries;
      if (entries.some((e) => e.kind === 'literal')) {
        pendingNumber = undefined;
        i = hit.end;
        continue;
      }
      const unit = entries.find((e) => e.kind === 'unit');
      if (unit && pendingNumber) {
        durations.push({ value: pendingNumber.value, unit: unit.value as TimeUnit, start: pendingNumber.start });
      } else {
        const chosen = pickEntry(entries);
        if (chosen) mentions.push({ kind: chosen.kind, value: chosen.value, start: i, end: hit.end });
      }
      pendingNumber = undefined;
      i = hit.end;
      continue;
    }
    if (code !== 32 && code !== 160 && code !== 0x202f && code !== 9) pendingNumber = undefined;
    // Nothing starts here: in a spaced script no phrase starts inside a word, so skip to its end.
    if (lex.spaced && word[i]) {
      while (i < end && word[i]) i++;
    } else i++;
  }
  const sentence: Sentence = { text: norm.slice(start, end), start, end, mentions, durations, claims: [] };
  sentence.claims = claimsOf(sentence);
  return sentence;
}

/** When one phrase means several things, prefer the taxonomy over cue words. */
function pickEntry(entries: Entry[]): Entry | undefined {
  const order: MentionKind[] = ['data', 'recipient', 'purpose', 'event', 'mechanism', 'place', 'action', 'negation', 'exclusive', 'upTo', 'statutory'];
  for (const k of order) {
    const e = entries.find((x) => x.kind === k);
    if (e) return e;
  }
  return undefined;
}

interface Who {
  type?: string;
  name?: string;
  place?: string;
}

function claimsOf(s: Sentence): Claim[] {
  const kinds = (k: MentionKind) => s.mentions.filter((m) => m.kind === k);
  const actions = new Set(kinds('action').map((m) => m.value as Action));
  const action = ACTIONS.find((a) => actions.has(a));
  const data = [...new Set(kinds('data').map((m) => m.value))];
  if (!action || data.length === 0) return [];
  const negated = kinds('negation').length > 0;
  const exclusive = kinds('exclusive').length > 0;
  const purposes = [...new Set(kinds('purpose').map((m) => m.value))];
  const mechanism = kinds('mechanism')[0]?.value as TransferMechanism | undefined;

  // Recipients: a type, optionally followed by a name, optionally followed by a place.
  const recipients: Who[] = [];
  const places: string[] = [];
  let current: Who | undefined;
  for (const m of s.mentions) {
    if (m.kind === 'recipient') {
      current = { type: m.value };
      recipients.push(current);
    } else if (m.kind === 'name') {
      if (current && !current.name && !current.place) current.name = m.value;
      else {
        current = { name: m.value };
        recipients.push(current);
      }
    } else if (m.kind === 'place') {
      if (current && !current.place) current.place = m.value;
      else places.push(m.value);
    } else if (m.kind === 'data' || m.kind === 'action' || m.kind === 'purpose') {
      current = undefined;
    }
  }
  let retention: ClaimRetention | undefined;
  const d = s.durations[0];
  if (d) {
    retention = { value: d.value, unit: d.unit };
    const ev = kinds('event')[0];
    if (ev) retention.from = ev.value;
    if (kinds('statutory').length) retention.statutory = true;
    else if (kinds('upTo').length) retention.upTo = true;
  }
  const base = (c: Claim): Claim => {
    if (negated) c.negated = true;
    return c;
  };
  const out: Claim[] = [];
  const forPurposes = (make: (purpose: string | undefined) => void) => (purposes.length ? purposes.forEach(make) : make(undefined));
  const recipientOf = (r: Who) => ({ ...(r.type ? { type: r.type } : {}), ...(r.name ? { name: r.name } : {}) });
  for (const datum of data) {
    switch (action) {
      case 'share':
      case 'sell':
        if (recipients.length === 0) {
          if (negated) forPurposes((p) => out.push(base({ action, data: datum, ...(p ? { purpose: p } : {}) })));
          break;
        }
        for (const r of recipients) {
          forPurposes((p) =>
            out.push(base({ action, data: datum, recipient: recipientOf(r), ...(p ? { purpose: p } : {}), ...(r.place ? { place: r.place } : {}), ...(exclusive ? { exclusive } : {}) })),
          );
        }
        break;
      case 'transfer':
        for (const r of recipients) out.push(base({ action, data: datum, recipient: recipientOf(r), ...(r.place ? { place: r.place } : {}), ...(mechanism ? { mechanism } : {}) }));
        for (const p of places) out.push(base({ action, data: datum, place: p, ...(mechanism ? { mechanism } : {}) }));
        break;
      case 'store':
        for (const p of [...places, ...recipients.flatMap((r) => (r.place ? [r.place] : []))]) out.push(base({ action, data: datum, place: p }));
        break;
      case 'retain':
        if (retention) out.push(base({ action, data: datum, retention: { ...retention } }));
        break;
      case 'use':
        for (const p of purposes) out.push(base({ action, data: datum, purpose: p, ...(exclusive ? { exclusive } : {}) }));
        break;
      case 'collect':
        forPurposes((p) => out.push(base({ action, data: datum, ...(p ? { purpose: p } : {}), ...(exclusive ? { exclusive } : {}) })));
        break;
    }
  }
  return out;
}
