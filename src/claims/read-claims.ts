/**
 * Reads footer or clause text, in any supported locale, back into claims: sentence by sentence,
 * it finds the action, the data categories, recipients (type, name, country), purposes, places,
 * transfer mechanisms, durations and the words for "not", "only", "up to" and "as required by".
 */
import { ACTIONS, claimKey, uniqueClaims, type Action, type Claim, type ClaimRetention } from './claim.js';
import { Lexicon, normalize, normalizeText, wordMap, type Entry, type MentionKind, type WordMap } from './lexicon.js';
import type { LocaleData } from '../load/locales.js';
import type { TimeUnit, TransferMechanism } from '../model/types.js';
import { oneLine } from '../render/one-line.js';
import { PairCache } from '../util/pair-cache.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { foldText } from '../util/fold-marks.js';
import { findClauseReferences } from './clause-references.js';
import { legalFormVariants, shortNames } from './name-variants.js';

/** The footer's own wording of a clause reference ("Datenschutzhinweise Ziff. {{number}}"), if the locale has one. */
function footerReferenceWording(locale: LocaleData): string | undefined {
  const footer = locale.wording['footer'] as Record<string, unknown> | undefined;
  const r = footer?.['reference'];
  return typeof r === 'string' ? r : undefined;
}

export interface Mention {
  kind: MentionKind;
  value: string;
  start: number;
  end: number;
  /** An action said by its noun in a denial ("Eine Weitergabe … findet nicht statt"): no "we" says it (reader.yaml `policy.nounActions`). */
  noun?: true;
  /** A place said as a company's nationality ("een Amerikaans bedrijf"): its seat (reader.yaml `policy.nationalities`). */
  seat?: true;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  mentions: Mention[];
  durations: Array<{ value: number; unit: TimeUnit; start: number }>;
  /** A verb of deleting with no period beside it ("you can ask us to delete it"): erasure, no keeping stated. */
  deletion?: boolean;
  claims: Claim[];
}

export interface ReadResult {
  claims: Claim[];
  sentences: Sentence[];
  /** Clause numbers the text refers to, in its language's forms ("Privacy §5.2", "Ziff. 5.2", "第5.2条" → 5.2). */
  references: Array<{ number: string; start: number }>;
  /** Cue ids of reader.yaml `cues` found in the text. */
  cues: Set<string>;
  /** Vague purpose phrases found, with their offsets. */
  vague: Array<{ phrase: string; start: number }>;
}

/** Offset of the first sentence that makes `claim`, or 0. */
export function offsetOf(read: ReadResult, claim: Claim): number {
  // The reader's results keep their lines, and the offsets once asked, themselves (a WeakMap entry
  // per read cost more than the read of a cached text); any other result is worked out from its sentences.
  const offsets = read instanceof LineReadResult ? (read.offsets ??= claimOffsets(read.lines)) : claimOffsets([{ at: 0, read }]);
  return offsets.get(claimKey(claim)) ?? 0;
}

function claimOffsets(lines: ReadonlyArray<{ at: number; read: Pick<LineRead, 'sentences'> }>): Map<string, number> {
  const map = new Map<string, number>();
  for (const { at, read: line } of lines) for (const s of line.sentences) for (const c of s.claims) if (!map.has(claimKey(c))) map.set(claimKey(c), s.start + at);
  return map;
}

/** The lists are read as they are on their first read (and remembered): pass a new array for other texts. */
export interface ReadOptions {
  /** Recipient names to recognise (from the declared flows). */
  names?: string[];
  /**
   * Other text users supplied that clauses quote as written (addresses, legal names, interests):
   * where one occurs whole it is read as none of our words, and no sentence ends inside it.
   */
  verbatim?: string[];
  /** A policy people wrote: also read the words of reader.yaml `policy` (src/policy/). */
  policy?: boolean;
  /**
   * Terms the text defines ("Order data — your name, …", src/policy/definitions.ts), read as what
   * their definitions name wherever they occur (a policy people wrote only).
   */
  terms?: ReadonlyArray<{ term: string; entries: readonly Entry[] }>;
  /**
   * The messengers the declared recipients provide ("WhatsApp", `Recipient.messenger`), as the
   * channel is also called: a recipient's short name that is one ("WhatsApp" for "WhatsApp LLC") is
   * read as that recipient only as the subject of a verb (a policy people wrote only; see `channelSubjects`).
   */
  channels?: string[];
}

/** A name or quoted text to find in the normalized text. */
interface Quoted {
  name: string;
  norm: string;
  kind: 'name' | 'verbatim';
  /** A short name of a declared recipient ("Meta"): a whole word only. */
  short?: true;
  /** A short name that is also a messenger's, so the channel's ("via WhatsApp"): the recipient only as a verb's subject. */
  channel?: true;
}

const lexicons = new Map<string, Lexicon>();

/** One line of text as read: its sentences (offsets from the line's start) and what they say. */
interface LineRead {
  /** The normalized line, compared on a hit (its raw text is the key). */
  norm: string;
  /** The names and quoted texts it was read with ('' for none), compared on a hit. */
  quoted: string;
  /** A read of the same raw line with other names or quoted texts in it. */
  other: LineRead | undefined;
  sentences: Sentence[];
  claims: Claim[];
  cues: string[];
  vague: Array<{ phrase: string; start: number }>;
}

/**
 * What the reader keeps per lexicon: lines it has read, and the cue and vague phrases normalized
 * once. A sentence never spans a line break, so a line reads the same wherever it occurs: with
 * the same names and quoted texts in it, the rights, contacts and recurring flows of every clause
 * are read once. Bounded (lines not read for a generation drop out) so memory stays flat on large
 * exports.
 */
interface ReaderState {
  lines: Map<string, LineRead>;
  oldLines: Map<string, LineRead>;
  normalized: Map<string, string>;
  cues: Array<{ id: string; phrases: string[] }>;
  vague: Array<{ phrase: string; norm: string }>;
  /** Matches where any cue or vague phrase occurs: most lines hold none, and one search says so. */
  anyPhrase: RegExp | undefined;
  /** No cue or vague phrase holds a line break: a text's phrases are those of its lines (`phrasesUnderHeading`). */
  phrasesInLines: boolean;
  abbreviations: Set<string>;
  /** The actions each wording key names (`wordingActions`). */
  wordingActions: Map<string, readonly Action[]>;
  /** The lexicon is a locale's folded for a text typed without diacritics: names are folded as the text is. */
  bare?: boolean;
}

function anyOf(phrases: string[]): RegExp | undefined {
  return phrases.length ? new RegExp([...new Set(phrases)].map(escapeRegExp).join('|')) : undefined;
}

const LINE_CACHE_LIMIT = 2_000;
const OTHER_READS = 8;
const NORMALIZED_LIMIT = 8_000;
const states = new WeakMap<Lexicon, ReaderState>();

function stateOf(lex: Lexicon, locale: LocaleData): ReaderState {
  let st = states.get(lex);
  if (!st) {
    const norm = (p: string) => normalize(p, locale.lng);
    const cues = Object.entries(locale.reader.cues).map(([id, phrases]) => ({ id, phrases: phrases.map(norm).filter(Boolean) }));
    const vague = locale.reader.vaguePurposes.map((phrase) => ({ phrase, norm: norm(phrase) })).filter((v) => v.norm);
    st = {
      lines: new Map(),
      oldLines: new Map(),
      normalized: new Map(),
      cues,
      vague,
      anyPhrase: anyOf([...cues.flatMap((c) => c.phrases), ...vague.map((v) => v.norm)]),
      phrasesInLines: ![...cues.flatMap((c) => c.phrases), ...vague.map((v) => v.norm)].some((p) => p.includes('\n')),
      abbreviations: new Set(locale.reader.abbreviations.map((a) => a.toLowerCase())),
      wordingActions: new Map(),
      ...(locale.accentless ? { bare: true } : {}),
    };
    states.set(lex, st);
  }
  return st;
}

/**
 * Forgets every line read, in every locale (the phrases stay): the next reads start as a new
 * process's do. Tests compare a cached read with a fresh one; the benchmark starts each round so.
 */
export function clearReaderCache(): void {
  for (const lex of lexicons.values()) {
    const st = states.get(lex);
    if (st) {
      st.lines = new Map();
      st.oldLines = new Map();
    }
  }
}

/** Names and quoted texts recur on every read: normalize each once per locale (bounded). */
function normalizedOnce(st: ReaderState, text: string, lng: string): string {
  let n = st.normalized.get(text);
  if (n === undefined) {
    n = st.bare ? foldText(normalize(text, lng)) : normalize(text, lng);
    if (st.normalized.size >= NORMALIZED_LIMIT) st.normalized.clear();
    st.normalized.set(text, n);
  }
  return n;
}

/** A copy of a sentence with its offsets moved by `by` (claims carry no offsets and are shared). */
function shifted(s: Sentence, by: number): Sentence {
  if (by === 0) return s;
  return {
    text: s.text,
    start: s.start + by,
    end: s.end + by,
    mentions: s.mentions.map((m) => ({ ...m, start: m.start + by, end: m.end + by })),
    durations: s.durations.map((d) => ({ ...d, start: d.start + by })),
    claims: s.claims,
    ...(s.deletion ? { deletion: true } : {}),
  };
}

export function lexiconFor(locale: LocaleData, policy = false, terms: ReadOptions['terms'] = []): Lexicon {
  const own = terms.length ? `:terms:${terms.map((t) => `${t.term}=${t.entries.map((e) => `${e.kind}/${e.value}`).join(',')}`).join(';')}` : '';
  const key = `${locale.lng}:${policy ? 'policy:' : ''}${locale.accentless ? 'bare:' : ''}${locale.files.join('|')}${own}`;
  let lex = lexicons.get(key);
  if (!lex) {
    lex = new Lexicon(locale, [], policy);
    for (const t of terms) for (const e of t.entries) lex.add(t.term, { ...e, defined: true });
    // A document's own terms make a lexicon of their own: keep a few (the documents of one run).
    if (own) {
      const mine = [...lexicons.keys()].filter((k) => k.includes(':terms:'));
      if (mine.length >= TERM_LEXICONS) lexicons.delete(mine[0]!);
    }
    lexicons.set(key, lex);
  }
  return lex;
}

const TERM_LEXICONS = 8;

export function readClaims(text: string, locale: LocaleData, options: ReadOptions = {}): ReadResult {
  const lex = lexiconFor(locale, options.policy === true, options.policy ? options.terms : undefined);
  const st = stateOf(lex, locale);
  const normalized = normalizeText(text, locale.lng);
  // A locale folded for a text typed without diacritics reads the text folded too, offsets kept (src/policy/accentless.ts).
  const norm = locale.accentless ? foldText(normalized.norm) : normalized.norm;
  const perCharacter = normalized.perCharacter;
  const quoted = quotedTexts(options, locale, lex, st);
  // Where each name and quoted text occurs, by line: a line is read with the ones it holds.
  const spans = quotedSpans(norm, quoted);
  const lines: Array<{ at: number; read: LineRead }> = [];
  const claims: Claim[] = [];
  const cues = new Set<string>();
  const vague: ReadResult['vague'] = [];
  let k = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    // Most lines hold no name or quoted text: they share one empty list.
    const from = k;
    let present = NONE;
    while (k < spans.length && spans[k]!.start < end) {
      const sp = spans[k++]!;
      if (sp.end > end) continue;
      if (present === NONE) present = [];
      if (!present.includes(sp.quoted)) present.push(sp.quoted);
    }
    // Longest first, as the reader tries them.
    if (present.length > 1) present.sort((a, b) => quoted.indexOf(a) - quoted.indexOf(b));
    const line = readLine(text, norm, start, end, lex, st, present, { spans, from, to: k }, perCharacter);
    lines.push({ at: start, read: line });
    for (const c of line.claims) claims.push(c);
    for (const c of line.cues) cues.add(c);
    for (const v of line.vague) vague.push({ phrase: v.phrase, start: v.start + start });
    start = end;
  }
  if (vague.length > 1) {
    const order = new Map(st.vague.map((v, i) => [v.phrase, i]));
    vague.sort((a, b) => order.get(a.phrase)! - order.get(b.phrase)! || a.start - b.start);
  }
  return new LineReadResult(uniqueClaims(claims), lines, () => findClauseReferences(text, locale.lng, footerReferenceWording(locale), locale.files), cues, vague);
}

/** A read whose sentences, with offsets in the whole text, are made when asked for: most rules need only claims. */
class LineReadResult implements ReadResult {
  private made: Sentence[] | undefined;
  /** Offset of the first sentence making each claim (by key), made when `offsetOf` first asks. */
  offsets: Map<string, number> | undefined;
  constructor(
    readonly claims: Claim[],
    /** The lines read, each with its offset in the text: sentences and offsets come from them. */
    readonly lines: Array<{ at: number; read: LineRead }>,
    /** The clause references, found when first asked (only footers' are): src/claims/clause-references.ts. */
    private readonly findRefs: () => ReadResult['references'],
    readonly cues: Set<string>,
    readonly vague: ReadResult['vague'],
  ) {}

  private refs: ReadResult['references'] | undefined;
  get references(): ReadResult['references'] {
    this.refs ??= this.findRefs().map((r) => ({ number: r.number, start: r.start }));
    return this.refs;
  }

  get sentences(): Sentence[] {
    this.made ??= this.lines.flatMap(({ at, read }) => read.sentences.map((s) => shifted(s, at)));
    return this.made;
  }
}

/** Spans [from, to) of a text's names and quoted texts that start in a line: where no sentence may end. */
interface LineSpans {
  spans: Array<{ start: number; end: number }>;
  from: number;
  to: number;
}

/** Reads text[start, end) (one line with its line break), from the cache when it was read before. */
function readLine(text: string, norm: string, start: number, end: number, lex: Lexicon, st: ReaderState, present: Quoted[], inLine: LineSpans, perCharacter: boolean): LineRead {
  // Keyed by the raw line alone (a key joined with the names cost a copy of the line per lookup);
  // reads of one line with other names in it hang off each other.
  const raw = text.slice(start, end);
  const lineNorm = norm.slice(start, end);
  const quoted = present.length ? quotedKey(present) : '';
  let current = st.lines.get(raw);
  let hit = find(current, quoted);
  if (!hit) {
    hit = find(st.oldLines.get(raw), quoted);
    // Read in the previous generation: still in use, so it moves to the current one.
    if (hit) current = remember(st, raw, { ...hit, other: current });
  }
  // Lower-cased character by character, a line may read otherwise than on its own: compare.
  if (hit && (!perCharacter || hit.norm === lineNorm)) return hit;
  const word = wordMap(lineNorm);
  // The ranges to keep whole, from the line's start (made on a miss only).
  const keep: Array<[number, number]> = [];
  for (let i = inLine.from; i < inLine.to; i++) {
    const sp = inLine.spans[i]!;
    if (sp.end <= end) keep.push([sp.start - start, sp.end - start]);
  }
  const sentences = splitSentences(raw, st.abbreviations, keep).map((s) => readSentence(lineNorm, word, s.start, s.end, lex, present));
  const read: LineRead = { norm: lineNorm, quoted, other: bounded(current), sentences, claims: sentences.flatMap((s) => s.claims), cues: [], vague: [] };
  if (st.anyPhrase?.test(lineNorm)) {
    for (const { id, phrases } of st.cues) if (phrases.some((p) => lineNorm.includes(p))) read.cues.push(id);
    for (const v of st.vague) {
      for (let at = lineNorm.indexOf(v.norm); at >= 0; at = lineNorm.indexOf(v.norm, at + v.norm.length)) read.vague.push({ phrase: v.phrase, start: at });
    }
  }
  remember(st, raw, read);
  return read;
}

function quotedKey(present: Quoted[]): string {
  let key = '';
  for (const n of present) key += `\u0001${n.kind}${n.channel ? 'c' : ''}\u0002${n.name}`;
  return key;
}

/** A line's reads with other names, at most OTHER_READS of them (the oldest drop out). */
function bounded(reads: LineRead | undefined): LineRead | undefined {
  let n = 1;
  for (let r = reads; r; r = r.other) if (++n > OTHER_READS && r.other) r.other = undefined;
  return reads;
}

function find(read: LineRead | undefined, quoted: string): LineRead | undefined {
  while (read && read.quoted !== quoted) read = read.other;
  return read;
}

/**
 * Two generations: when the current one is full it becomes the previous one, and the oldest is
 * dropped. Returns what it stored.
 */
function remember(st: ReaderState, raw: string, read: LineRead): LineRead {
  if (st.lines.size >= LINE_CACHE_LIMIT / 2) {
    st.oldLines = st.lines;
    st.lines = new Map();
    // The line's other reads stayed behind in the previous generation.
    read = { ...read, other: undefined };
  }
  st.lines.set(raw, read);
  return read;
}

/**
 * The cue ids and vague purpose phrases in a text, as `readClaims` finds them (line by line; no
 * phrase spans a line break, so one scan of the whole text finds the same), without reading it.
 */
export function phrasesIn(text: string, locale: LocaleData): { cues: Set<string>; vague: ReadResult['vague'] } {
  const { cues, vague } = textPhrases(text, locale);
  return { cues, vague };
}

/** A text's cue and vague phrases (`phrasesIn`), and whether it was lower-cased character by character (`normalizeText`). */
export interface TextPhrases {
  cues: Set<string>;
  vague: ReadResult['vague'];
  perCharacter: boolean;
}

/** `phrasesIn`, saying whether the text was lower-cased character by character. */
export function textPhrases(text: string, locale: LocaleData): TextPhrases {
  const st = stateOf(lexiconFor(locale), locale);
  const cues = new Set<string>();
  const vague: ReadResult['vague'] = [];
  if (!st.anyPhrase) return { cues, vague, perCharacter: false };
  const { norm, perCharacter } = normalizeText(text, locale.lng);
  if (!st.anyPhrase.test(norm)) return { cues, vague, perCharacter };
  for (const { id, phrases } of st.cues) if (phrases.some((p) => norm.includes(p))) cues.add(id);
  // In the order `readClaims` gives: by phrase, then by offset.
  for (const v of st.vague) {
    for (let at = norm.indexOf(v.norm); at >= 0; at = norm.indexOf(v.norm, at + v.norm.length)) vague.push({ phrase: v.phrase, start: at });
  }
  return { cues, vague, perCharacter };
}

/**
 * The phrases of `heading + '\n' + body` from the body's, found once (a generated clause's body is
 * made once per flow shape; src/check/run-rules.ts): the same as `phrasesIn` of the whole text where
 * the heading holds no phrase, no phrase holds a line break and neither part is lower-cased character
 * by character (then the whole text's normalized lines are each line's own, `normalizeText`, so every
 * phrase found is the body's, `heading.length + 1` further on). Undefined otherwise: read the whole text.
 */
export function phrasesUnderHeading(heading: string, body: TextPhrases, locale: LocaleData): { cues: Set<string>; vague: ReadResult['vague'] } | undefined {
  const st = stateOf(lexiconFor(locale), locale);
  if (!st.anyPhrase) return { cues: new Set(), vague: [] };
  if (body.perCharacter || !st.phrasesInLines) return undefined;
  const { norm, perCharacter } = normalizeText(heading, locale.lng);
  if (perCharacter || st.anyPhrase.test(norm)) return undefined;
  const at = heading.length + 1;
  return { cues: new Set(body.cues), vague: body.vague.map((v) => ({ phrase: v.phrase, start: v.start + at })) };
}

/**
 * The actions a wording string names in its own words ("We do not sell or share your {{data}}."
 * names selling and sharing), its placeholders left blank: read once per key and locale.
 */
export function wordingActions(locale: LocaleData, key: string): readonly Action[] {
  const st = stateOf(lexiconFor(locale), locale);
  let actions = st.wordingActions.get(key);
  if (!actions) {
    let v: unknown = locale.wording;
    for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    const found = new Set<Action>();
    if (typeof v === 'string') {
      for (const sentence of readClaims(v.replace(/\{\{[^}]*\}\}/g, ' '), locale).sentences) {
        for (const m of sentence.mentions) if (m.kind === 'action') found.add(m.value as Action);
      }
    }
    actions = ACTIONS.filter((a) => found.has(a));
    st.wordingActions.set(key, actions);
  }
  return actions;
}

/** The clause numbers a text refers to, in its language's forms, as `readClaims` finds them. */
export function referencesIn(text: string, locale: LocaleData): ReadResult['references'] {
  return findClauseReferences(text, locale.lng, footerReferenceWording(locale), locale.files).map((r) => ({ number: r.number, start: r.start }));
}

/**
 * Names and quoted texts, longest first. A name or a text is compared as it is rendered: on one
 * line. A quoted text that is itself one of our phrases ("order delivery") is left to the lexicon.
 */
function quotedTexts(options: ReadOptions, locale: LocaleData, lex: Lexicon, st: ReaderState): Quoted[] {
  const names = channelNames(candidates(options.names, 'name', locale, lex, st), options.channels, locale, st);
  const verbatim = candidates(options.verbatim, 'verbatim', locale, lex, st);
  if (!verbatim.length) return names;
  // Both lists sorted together once per pair (the sort is stable: names first among equals). The
  // texts this text does not hold stay in: `quotedSpans` finds none of them, as it would a name.
  const longestFirst = () => [...names, ...verbatim].sort((a, b) => b.norm.length - a.norm.length);
  // Keyed by the names, held weakly: never by the one empty list, which every template shares.
  return names.length ? mergedLists.get(names, verbatim, longestFirst) : sortedVerbatim.get(verbatim, lex, longestFirst);
}

const mergedLists = new PairCache<Quoted[], Quoted[], Quoted[]>();
const sortedVerbatim = new PairCache<Quoted[], Lexicon, Quoted[]>();

// The same lists come with every read of a template's texts (run-rules makes them once per
// template): what of them the reader compares is worked out once per list and locale.
const candidateLists = new PairCache<readonly string[], Lexicon, Quoted[]>();
const NONE: Quoted[] = [];

/** Each text once, normalized; for quoted texts, those of three characters or more that are not one of our phrases. */
function candidates(list: readonly string[] | undefined, kind: Quoted['kind'], locale: LocaleData, lex: Lexicon, st: ReaderState): Quoted[] {
  if (!list?.length) return NONE;
  return candidateLists.get(list, lex, () => {
    const out: Quoted[] = [];
    for (const text of new Set(list)) {
      const q = normalizedOnce(st, oneLine(text), locale.lng);
      if (kind === 'name' ? !q.trim() : q.trim().length < 3 || lex.longestAt(q, 0)?.end === q.length) continue;
      out.push({ name: text, norm: q, kind });
      // In a policy people wrote, the name with its legal form written the other way ("Ltd." for "Limited").
      if (kind === 'name' && lex.policy) for (const v of legalFormVariants(text)) out.push({ name: text, norm: normalizedOnce(st, oneLine(v), locale.lng), kind });
    }
    // … and by its short name ("Meta", "Sinch", "Zendesk"), after every name in full (so that
    // "Meta Platforms, Inc." is read whole before "Meta" of another declared name), unless the
    // short name is one of the reader's words or another declared name's in full.
    if (kind === 'name' && lex.policy) {
      const common = (w: string) => {
        const q = normalizedOnce(st, w, locale.lng);
        return lex.longestAt(q, 0)?.end === q.length || (locale.reader.policy?.functionWords ?? []).some((f) => f.toLowerCase() === q);
      };
      const seen = new Set(out.map((q) => q.norm));
      for (const text of new Set(list)) {
        for (const v of shortNames(oneLine(text), common)) {
          const norm = normalizedOnce(st, v, locale.lng);
          if (seen.has(norm)) continue;
          seen.add(norm);
          out.push({ name: text, norm, kind, short: true });
        }
      }
    }
    return out;
  });
}

const channelLists = new PairCache<Quoted[], string, Quoted[]>();

/** The names with the short ones that are also a messenger's name marked `channel` (see `ReadOptions.channels`). */
function channelNames(names: Quoted[], channels: readonly string[] | undefined, locale: LocaleData, st: ReaderState): Quoted[] {
  if (!channels?.length || !names.some((n) => n.short)) return names;
  const key = [...new Set(channels.map((c) => normalizedOnce(st, oneLine(c), locale.lng)))].sort().join('\u0001');
  return channelLists.get(names, key, () => {
    const set = new Set(key.split('\u0001'));
    return names.some((n) => n.short && set.has(n.norm)) ? names.map((n) => (n.short && set.has(n.norm) ? { ...n, channel: true as const } : n)) : names;
  });
}

/** Whether the reader keeps a name or quoted text whole where it occurs (else it reads it as words, see `candidates`). */
export function keptWhole(text: string, kind: Quoted['kind'], locale: LocaleData): boolean {
  const lex = lexiconFor(locale);
  const q = normalizedOnce(stateOf(lex, locale), oneLine(text), locale.lng);
  return kind === 'name' ? q.trim() !== '' : !(q.trim().length < 3 || lex.longestAt(q, 0)?.end === q.length);
}

/** Where the names and quoted texts occur, in order: no sentence ends inside one. */
function quotedSpans(norm: string, quoted: Quoted[]): Array<{ start: number; end: number; quoted: Quoted }> {
  const spans: Array<{ start: number; end: number; quoted: Quoted }> = [];
  for (const q of quoted) {
    for (let at = norm.indexOf(q.norm); at >= 0; at = norm.indexOf(q.norm, at + 1)) spans.push({ start: at, end: at + q.norm.length, quoted: q });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Splits at line breaks, at ; and CJK stops, at U+2028 (a clause break where the language writes no
 * full stop, src/policy/clause-breaks.ts), and at . ! ? followed by space unless after an
 * abbreviation or a digit; never inside one of the `keep` ranges (a name such as "J. Smith").
 */
export function splitSentences(text: string, abbreviations: readonly string[] | ReadonlySet<string>, keep: ReadonlyArray<readonly [number, number]> = []): Array<{ start: number; end: number }> {
  const abbr = abbreviations instanceof Set ? abbreviations : new Set([...abbreviations].map((a) => a.toLowerCase()));
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
    // U+2028: a clause break where the language writes no full stop (src/policy/clause-breaks.ts).
    if (ch === '\n' || ch === ';' || ch === '；' || ch === '。' || ch === '！' || ch === '？' || ch === '\u2028') {
      push(i + 1);
    } else if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ')) {
      const before = wordBefore(text, i).toLowerCase();
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
const LETTER = /^\p{L}$/u;

/**
 * The run of letters and dots that ends at `i`, within the 12 code units before it (what
 * `/[\p{L}.]+$/u` finds in that slice), scanned backwards without cutting the slice.
 */
export function wordBefore(text: string, i: number): string {
  const lo = Math.max(0, i - 12);
  let j = i;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) j--;
    else if (c < 128) break;
    else if (c >= 0xdc00 && c <= 0xdfff) {
      // A low surrogate: a letter only with its high surrogate, inside the window.
      if (j - 2 >= lo && LETTER.test(text.slice(j - 2, j))) j -= 2;
      else break;
    } else if (c >= 0xd800 && c <= 0xdbff) break; // a high surrogate with no low one after it
    else if (LETTER.test(text[j - 1]!)) j--;
    else break;
  }
  return text.slice(j, i);
}

function readSentence(norm: string, word: WordMap, start: number, end: number, lex: Lexicon, names: Quoted[]): Sentence {
  const mentions: Mention[] = [];
  let periodOnly: Set<number> | undefined;
  let channelMentions: Set<Mention> | undefined;
  const durations: Sentence['durations'] = [];
  let pendingNumber: { value: number; start: number } | undefined;
  let immediately: number | undefined;
  let until: number | undefined;
  let i = start;
  while (i < end) {
    const code = norm.charCodeAt(i);
    // In scripts without spaces a name may follow a word directly ("快递公司SwiftShip").
    const name = names.length && (!lex.spaced || i === 0 || !word[i - 1] || !word[i]) ? nameAt(norm, i, end, names) : undefined;
    if (name) {
      if (name.kind === 'name') {
        const m: Mention = { kind: 'name', value: name.name, start: i, end: i + name.norm.length };
        mentions.push(m);
        if (name.channel) (channelMentions ??= new Set()).add(m);
      }
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
    const hitEnd = lex.matchAt(norm, i, word);
    // "i dati dell'appuntamento", "the data of your appointment": a term for data in general whose
    // last word begins a more specific data term ("dati dell'appuntamento") is read as that term.
    const inner = hitEnd >= 0 && hitEnd <= end ? runOn(lex, norm, word, i, hitEnd, end) : undefined;
    if (inner) {
      mentions.push({ kind: 'data', value: inner.value, start: inner.start, end: inner.end });
      pendingNumber = undefined;
      i = inner.end;
      continue;
    }
    if (hitEnd >= 0 && hitEnd <= end) {
      const entries = lex.matched;
      if (entries.some((e) => e.kind === 'literal')) {
        pendingNumber = undefined;
        i = hitEnd;
        continue;
      }
      const unit = entries.find((e) => e.kind === 'unit');
      // A number written as a word ("deux ans", "twee jaar", "zwei Jahre"): the value of a period when a unit follows.
      const number = entries.find((e) => e.kind === 'number');
      if (number?.value === 'now' && !unit) {
        immediately ??= i;
        pendingNumber = undefined;
        i = hitEnd;
        continue;
      }
      if (number?.value === 'until' && !unit) {
        until ??= i;
        pendingNumber = undefined;
        i = hitEnd;
        continue;
      }
      if (number && !unit) {
        pendingNumber = { value: Number(number.value), start: i };
        i = hitEnd;
        continue;
      }
      const defined = entries.some((e) => e.defined);
      if (unit && pendingNumber) {
        durations.push({ value: pendingNumber.value, unit: unit.value as TimeUnit, start: pendingNumber.start });
      } else if (defined) {
        // A term the document defines reads as everything its definition names.
        for (const e of entries) if (e.defined) mentions.push({ kind: e.kind, value: e.value, start: i, end: hitEnd });
      } else {
        const chosen = pickEntry(entries);
        // A state or city is a place only where it is said as one ("in Austin, Texas"), not in "California residents".
        if (chosen && !(chosen.local && !lex.localPlace?.test(norm.slice(start, i)))) {
          if (chosen.periodOnly) (periodOnly ??= new Set()).add(mentions.length);
          mentions.push({ kind: chosen.kind, value: chosen.value, start: i, end: hitEnd, ...(chosen.noun ? { noun: true as const } : {}), ...(chosen.seat ? { seat: true as const } : {}) });
        }
      }
      pendingNumber = undefined;
      i = hitEnd;
      continue;
    }
    // A compound whose last part is one of our nouns reads as that noun ("Versandnachricht": a message).
    if (lex.compounds && word[i] && (i === 0 || !word[i - 1])) {
      const headEnd = lex.headAt(norm, i, word);
      if (headEnd > 0 && headEnd <= end) {
        const chosen = pickEntry(lex.matched);
        if (chosen) mentions.push({ kind: chosen.kind, value: chosen.value, start: i, end: headEnd });
        pendingNumber = undefined;
        i = headEnd;
        continue;
      }
    }
    // A number written twice, the second time in brackets ("1 (satu) tahun", "30 (tiga puluh) hari", "thirty
    // (30) days", legal style in id and ms and in contracts): the bracket is passed over, the first number stays.
    if (pendingNumber && (code === 40 || code === 0xff08)) {
      const close = norm.slice(i + 1, Math.min(end, i + 40)).search(/[)）]/u);
      if (close > 0 && /^[\p{L}\p{M}\p{N}\s-]+$/u.test(norm.slice(i + 1, i + 1 + close))) {
        i += close + 2;
        continue;
      }
    }
    if (code !== 32 && code !== 160 && code !== 0x202f && code !== 9) pendingNumber = undefined;
    // Nothing starts here: in a spaced script no phrase starts inside a word, so skip to its end.
    if (lex.spaced && word[i]) {
      while (i < end && word[i]) i++;
    } else i++;
  }
  // A period given as an example ("…只在所需期限内保留, 除非法律另有要求, 例如…不少于三年", "e.g. seven years
  // for invoices") is the example's, not the sentence's (reader.yaml `policy.examples`).
  if (lex.examples && durations.length) {
    const ex = lex.examples.exec(norm.slice(start, end));
    if (ex) {
      const at = start + ex.index + ex[1]!.length;
      for (let k = durations.length - 1; k >= 0; k--) if (durations[k]!.start > at) durations.splice(k, 1);
    }
  }
  // "Deleted right after it is sent" (reader.yaml `policy.immediately` beside a verb of deleting, no period): kept for no time.
  if (immediately !== undefined && periodOnly && !durations.length) durations.push({ value: 0, unit: 'day', start: immediately });
  // "Giữ cho đến khi đơn hàng được giao thành công" (reader.yaml `policy.until` before an event, no period): kept
  // until the event, a period of zero from it.
  if (until !== undefined && !durations.length && mentions.some((m) => m.kind === 'event' && m.start > until!)) durations.push({ value: 0, unit: 'day', start: until });
  // "We delete …" says how long data is kept only with a period ("… 180 days after delivery").
  const kept = periodOnly && !durations.length ? mentions.filter((_, k) => !periodOnly!.has(k)) : mentions;
  const split = lex.split.length ? splitVerbs(kept, norm, word, start, end, lex.split, lex.spaced) : kept;
  // The noun of an action ("Weitergabe", "transmission") is that action only in a denial with a verb
  // of happening ("Eine Weitergabe Ihrer Daten an Dritte findet nicht statt", "Aucune transmission …
  // n'a lieu"); in a sentence on rights or legal bases it states nothing.
  const nouns = split.some((m) => m.noun) && !nounDenial(split, norm, start, end, lex.happens) ? split.filter((m) => !m.noun) : split;
  const related = lex.relatives ? relativeClauses(nouns, norm, start, end, lex.relatives) : nouns;
  const read = channelMentions ? channelSubjects(related, norm, start, channelMentions) : related;
  const sentence: Sentence = { text: norm.slice(start, end), start, end, mentions: lex.messageNouns.size ? messageContent(read, norm, word, end, lex.messageNouns) : read, durations, claims: [] };
  if (kept !== mentions) sentence.deletion = true;
  if (lex.policy) keepingOrStorage(sentence);
  sentence.claims = claimsOf(sentence, lex.policy);
  return sentence;
}

/**
 * A data term for data in general (`user`: "i dati", "the data") whose words run on into a more
 * specific data term starting at one of its later words and ending after it ("i dati
 * dell'appuntamento": "dati dell'appuntamento"): that term, where it starts and ends. The head noun
 * of a data phrase decides nothing on its own when what follows it names the data.
 */
function runOn(lex: Lexicon, norm: string, word: WordMap, i: number, hitEnd: number, end: number): { value: string; start: number; end: number } | undefined {
  const general = lex.matched.find((e) => e.kind === 'data');
  if (!general || general.value !== 'user' || lex.matched.some((e) => e.kind !== 'data')) return undefined;
  for (let k = i + 1; k < hitEnd; k++) {
    if (lex.spaced && (!word[k] || word[k - 1])) continue;
    const e = lex.matchAt(norm, k, word);
    if (e <= hitEnd || e > end) continue;
    const data = lex.matched.find((x) => x.kind === 'data' && x.value !== 'user' && !x.defined);
    if (data) return { value: data.value, start: k, end: e };
  }
  // Leave what `matchAt` found at `i` for the caller.
  lex.matchAt(norm, i, word);
  return undefined;
}

/**
 * "WhatsApp" is the short name of the declared "WhatsApp LLC" and the channel's name. It names the
 * company only as the subject of a verb: opening its clause (nothing but marks before it since the
 * sentence's start or a comma, colon, semicolon or dash) with a verb the next thing said
 * after it (names in brackets aside, no colon, semicolon or dash between): "WhatsApp receives your
 * number", "WhatsApp (Meta) keeps the messages". Elsewhere it is the channel: "via WhatsApp", "on
 * WhatsApp", "WhatsApp messages", "WhatsApp — updates reach you …", "Meta (WhatsApp) receives …":
 * no name of a recipient.
 */
function channelSubjects(mentions: Mention[], norm: string, start: number, channel: ReadonlySet<Mention>): Mention[] {
  return mentions.filter((m, k) => {
    if (!channel.has(m)) return true;
    const before = norm.slice(start, m.start);
    const clause = before.slice(Math.max(-1, ...[',', ';', ':', '—', '–', '•', '、', '，', '：'].map((b) => before.lastIndexOf(b))) + 1);
    if (/[\p{L}\p{N}]/u.test(clause)) return false;
    const next = mentions.slice(k + 1).find((x) => x.kind !== 'name');
    return next?.kind === 'action' && !/[;:—–]|\s-\s/.test(norm.slice(m.end, next.start));
  });
}

/**
 * Whether a sentence denies an action said by its noun: a negation and a verb of happening (`happens`),
 * the negation in the clause of the noun or of that verb (no comma, semicolon or colon between them):
 * "Eine Weitergabe Ihrer Daten an Dritte findet nicht statt", "No se produce ninguna cesión …". "Eine
 * Weitergabe erfolgt nur, wenn Sie nicht widersprochen haben" is a condition, no denial.
 */
function nounDenial(mentions: Mention[], norm: string, start: number, end: number, happens: RegExp | undefined): boolean {
  if (!happens) return false;
  const text = norm.slice(start, end);
  const h = happens.exec(text);
  if (!h) return false;
  const verb = start + h.index + h[1]!.length;
  const sameClause = (a: number, b: number) => !/[,;:]/.test(norm.slice(Math.min(a, b), Math.max(a, b)));
  return mentions.some((n) => n.kind === 'negation' && (sameClause(n.start, verb) || mentions.some((m) => m.noun && sameClause(n.start, m.start))));
}

/**
 * A relative clause about the recipient a sentence names says what that recipient does, not what the
 * sentence says of the data: "We share your address with SwiftShip, which does not sell it", "Wir
 * übermitteln Ihre Adresse an DHL, das sie nicht verkauft". Its negations and verbs are left out
 * (the disclosure is not negated, nor a sale): a relative pronoun after a comma (reader.yaml
 * `policy.relatives`), after a verb and a recipient or name, to the next comma or the sentence's end.
 * A verb of giving in a clause that denies nothing stays: "usamos la plataforma de Meta …, que recibe
 * su número de teléfono" says Meta receives the number.
 */
function relativeClauses(mentions: Mention[], norm: string, start: number, end: number, relatives: RegExp): Mention[] {
  if (!mentions.some((m) => m.kind === 'negation' || m.kind === 'action')) return mentions;
  const text = norm.slice(start, end);
  const drop: Array<[number, number]> = [];
  relatives.lastIndex = 0;
  for (let m = relatives.exec(text); m; m = relatives.exec(text)) {
    const from = start + m.index;
    const before = mentions.filter((x) => x.end <= from);
    if (!before.some((x) => x.kind === 'action') || !before.some((x) => x.kind === 'recipient' || x.kind === 'name')) continue;
    const comma = text.slice(m.index + m[0].length).search(/[,;:()]/);
    drop.push([from, comma < 0 ? end : start + m.index + m[0].length + comma]);
  }
  if (!drop.length) return mentions;
  const inClause = (x: Mention, [a, b]: [number, number]) => x.start >= a && x.end <= b;
  // "… Meta Platforms Ireland Limited, que recibe su número de teléfono": a clause that gives the one
  // named before it data, denying nothing, says that one receives them (its verb of giving is kept). So does one
  // in which that one keeps them ("… door Meta Platforms Ireland Ltd., die ze opslaat in de Verenigde Staten", "…
  // dai nostri fornitori tecnici, che li conservano su server negli Stati Uniti e li cancellano entro 30 giorni"):
  // where and how long the one named before it keeps what it got (its verb of keeping is kept).
  const denies = (c: [number, number]) => mentions.some((x) => x.kind === 'negation' && inClause(x, c));
  const kept = (x: Mention) => x.kind === 'action' && (x.value === 'share' || x.value === 'store' || x.value === 'retain');
  return mentions.filter((x) => !((x.kind === 'negation' || x.kind === 'action') && drop.some((c) => inClause(x, c) && !(kept(x) && !denies(c)))));
}

/** How far after its verb a particle may stand ("pass your name, address and phone number on"). */
const SPLIT_REACH = 60;

/**
 * A verb whose particle stands after its object ("We never pass your personal data on to third
 * parties", "we will not hand your details over to anyone"; reader.yaml phrases "pass … on"; Thai
 * "เก็บข้อความไว้", keeps the messages, found inside the unspaced text) is
 * that action, at the verb: the particle in the same clause (no colon, semicolon, bracket or
 * stop between), within SPLIT_REACH characters, with no other verb between. Returns the mentions
 * with those verbs, in order of offset (the same array when there are none).
 */
function splitVerbs(mentions: Mention[], norm: string, word: WordMap, start: number, end: number, split: Lexicon['split'], spaced = true): Mention[] {
  // In a script written without spaces (Thai "เก็บ … ไว้", keep … aside) verb and particle are found inside the text.
  const edge = (k: number) => spaced && !!word[k];
  const added: Mention[] = [];
  for (const { head, tail, entry } of split) {
    for (let hs = norm.indexOf(head, start); hs >= 0 && hs + head.length <= end; hs = norm.indexOf(head, hs + 1)) {
      const he = hs + head.length;
      if ((hs > 0 && edge(hs - 1)) || edge(he) || mentions.some((m) => m.start < he && m.end > hs)) continue;
      const stop = Math.min(end, he + SPLIT_REACH);
      let at = -1;
      for (let k = norm.indexOf(tail, he + 1); k >= 0 && k + tail.length <= stop; k = norm.indexOf(tail, k + 1)) {
        if (!edge(k - 1) && !edge(k + tail.length)) {
          at = k;
          break;
        }
      }
      if (at < 0 || /[;:()]|[.!?](\s|$)/.test(norm.slice(he, at))) continue;
      if (mentions.some((m) => m.kind === 'action' && m.start >= he && m.end <= at)) continue;
      added.push({ kind: entry.kind, value: entry.value, start: hs, end: he });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * Keeping and storing are one verb in many languages ("keep", "menyimpan", "speichern",
 * "przechowywać"). In a policy people wrote, such a verb with a place and no period says where the
 * data are ("Meta may keep the messages on its servers in the United States": storage there), and one
 * with a period and no place says how long ("przechowuje je Meta, najdłużej 30 dni": keeping). A
 * sentence with both, or with neither, keeps the verb's first reading.
 */
function keepingOrStorage(s: Sentence): void {
  const actions = s.mentions.filter((m) => m.kind === 'action');
  const hasPlace = s.mentions.some((m) => m.kind === 'place');
  const has = (v: string) => actions.some((m) => m.value === v);
  let from: string | undefined;
  let to: string | undefined;
  if (hasPlace && !s.durations.length && !s.deletion && has('retain') && !has('store')) [from, to] = ['retain', 'store'];
  else if (!hasPlace && s.durations.length && has('store')) [from, to] = ['store', 'retain'];
  if (!from || !to) return;
  s.mentions = s.mentions.map((m) => (m.kind === 'action' && m.value === from ? { ...m, value: to } : m));
}

const CONTENT = 'user.content';
const MESSAGE_CONTENT = 'user.content.message';
const CONTENT_REACH = 40;

/**
 * Content of messages is message content: a mention of content in general ("content", "Inhalt")
 * followed closely, in the same clause (no comma or stop between), by a noun for messages ("of
 * order updates", "der Versandnachrichten") reads as message content, to the noun's end.
 */
function messageContent(mentions: Mention[], norm: string, word: WordMap, end: number, nouns: ReadonlySet<string>): Mention[] {
  if (!mentions.some((m) => m.kind === 'data' && m.value === CONTENT)) return mentions;
  return mentions.map((m, k) => {
    if (m.kind !== 'data' || m.value !== CONTENT) return m;
    const next = mentions[k + 1];
    const stop = Math.min(end, m.end + CONTENT_REACH, next && next.kind !== 'purpose' ? next.start : end);
    for (let i = m.end; i < stop; i++) {
      const c = norm[i]!;
      if (c === ',' || c === ';' || c === '.' || c === ':') break;
      if (!word[i] || (i > 0 && word[i - 1])) continue;
      let j = i;
      while (j < norm.length && word[j]) j++;
      // The noun, or (compounds) a word ending in it ("versandnachricht").
      const w = norm.slice(i, j);
      if (nouns.has(w) || [...nouns].some((n) => n.length >= 4 && w.length > n.length && w.endsWith(n))) return { ...m, value: MESSAGE_CONTENT, end: j };
    }
    return m;
  });
}

/** The first (longest) of the names and quoted texts that starts at `i` and ends by `end`. */
function nameAt(norm: string, i: number, end: number, names: Quoted[]): Quoted | undefined {
  const code = norm.charCodeAt(i);
  for (const n of names) if (n.norm.charCodeAt(0) === code && i + n.norm.length <= end && norm.startsWith(n.norm, i) && (!n.short || wholeWord(norm, i, i + n.norm.length))) return n;
  return undefined;
}

/** A short name is a word of its own: "Meta", not "metadata"; in Chinese text "由Meta保存" too (no Latin letter or digit beside it). */
function wholeWord(norm: string, start: number, end: number): boolean {
  const part = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}_]/u.test(c) && !/[\p{Script=Han}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c);
  return !part(norm[start - 1]) && !part(norm[end]);
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

/** Whether every negation of a sentence stands before a colon and every verb after it ("Sus datos no salen del EEE: … está alojado en Alemania"). */
function explainedAfterColon(s: Sentence): boolean {
  const colon = s.text.search(/:\s/);
  if (colon < 0) return false;
  const at = s.start + colon;
  const actions = s.mentions.filter((m) => m.kind === 'action');
  return actions.length > 0 && actions.every((a) => a.start > at) && s.mentions.every((m) => m.kind !== 'negation' || m.end <= at);
}

/** `policy`: a policy people wrote, where a colon ends what a recipient type before it names ("… to others: Order updates: Meta …"). */
function claimsOf(s: Sentence, policy = false): Claim[] {
  const kinds = (k: MentionKind) => s.mentions.filter((m) => m.kind === k);
  const actions = new Set(kinds('action').map((m) => m.value as Action));
  const action = ACTIONS.find((a) => actions.has(a));
  const data = [...new Set(kinds('data').map((m) => m.value))];
  if (!action || data.length === 0) return [];
  // "Sus datos no salen del EEE: los SMS se envían desde Suecia y el programa … está alojado en
  // Alemania": in a policy people wrote, the clause after a colon explains the one before it; a
  // negation before the colon, where no verb of ours stands, does not deny the verbs after it.
  const negated = kinds('negation').length > 0 && !(policy && explainedAfterColon(s));
  // "only in these cases", "ausschließlich … bei den beschriebenen Übermittlungen": an "only" scoped
  // to the cases or transfers the text describes restricts those, not what the data is used for.
  const exclusive = kinds('exclusive').some((m) => m.value === 'only') && !kinds('exclusive').some((m) => m.value === 'scoped');
  const purposes = [...new Set(kinds('purpose').map((m) => m.value))];
  const mechanism = kinds('mechanism')[0]?.value as TransferMechanism | undefined;

  // Recipients: a type, optionally followed by a name, optionally followed by a place.
  const recipients: Who[] = [];
  const places: string[] = [];
  let current: Who | undefined;
  let lastEnd = -1;
  for (const m of s.mentions) {
    const prevEnd = lastEnd;
    lastEnd = m.end;
    if (m.kind === 'recipient') {
      current = { type: m.value };
      recipients.push(current);
    } else if (m.kind === 'name') {
      if (current && !current.name && !current.place && !(policy && prevEnd >= 0 && s.text.slice(prevEnd - s.start, m.start - s.start).includes(':'))) current.name = m.value;
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
  // The sentence's subject, when it is a name alone before the action (a holder's onward transfer).
  const firstAction = s.mentions.findIndex((m) => m.kind === 'action');
  const before = firstAction > 0 ? s.mentions.slice(0, firstAction).filter((m) => m.kind === 'name' || m.kind === 'recipient' || m.kind === 'place') : [];
  const holder = action === 'transfer' && before.length === 1 && before[0]!.kind === 'name' && recipients[0]?.name === before[0]!.value && !recipients[0]?.type && !recipients[0]?.place ? before[0]!.value : undefined;
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
  // "Meta menyimpan mesej di Amerika Syarikat untuk tempoh tidak lebih daripada 30 hari", "conserva i
  // messaggi su server negli Stati Uniti per 30 giorni": in a policy people wrote, one clause that says
  // where data are kept and for how long says both; the place (one not said as a recipient's seat)
  // is the storing, the period the keeping. Either verb may carry both (store, retain).
  const both = policy && retention !== undefined && places.length > 0 && (action === 'store' || action === 'retain') && (actions.has('store') || actions.has('retain'));
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
        if (holder) {
          // A transfer said of a named party first ("Meta Platforms Ireland Limited transfers your … to
          // Meta Platforms, Inc. in the United States"): that party's own onward transfer, to the places
          // the sentence names (review 3 EU-A).
          for (const p of new Set([...recipients.slice(1).flatMap((r) => (r.place ? [r.place] : [])), ...places])) out.push(base({ action, data: datum, recipient: { name: holder }, place: p, ...(mechanism ? { mechanism } : {}) }));
          break;
        }
        for (const r of recipients) out.push(base({ action, data: datum, recipient: recipientOf(r), ...(r.place ? { place: r.place } : {}), ...(mechanism ? { mechanism } : {}) }));
        for (const p of places) out.push(base({ action, data: datum, place: p, ...(mechanism ? { mechanism } : {}) }));
        break;
      case 'store':
        // Each place once: a sentence may name the place twice (a recipient's country and where it stores).
        for (const p of new Set([...places, ...recipients.flatMap((r) => (r.place ? [r.place] : []))])) out.push(base({ action, data: datum, place: p }));
        if (both) out.push(base({ action: 'retain', data: datum, retention: { ...retention! } }));
        break;
      case 'retain':
        if (retention) out.push(base({ action, data: datum, retention: { ...retention } }));
        if (both) for (const p of new Set(places)) out.push(base({ action: 'store', data: datum, place: p }));
        break;
      case 'use':
        for (const p of purposes) out.push(base({ action, data: datum, purpose: p, ...(exclusive ? { exclusive } : {}) }));
        break;
      case 'collect':
        forPurposes((p) => out.push(base({ action, data: datum, ...(p ? { purpose: p } : {}), ...(exclusive ? { exclusive } : {}) })));
        break;
    }
  }
  // "Meta otrzymuje Twój numer … i przechowuje wiadomości na serwerach w Stanach Zjednoczonych przez okres do 90
  // dni", "Zendesk receives your name … and keeps it for two years": in a policy people wrote, a verb of keeping
  // after the sentence's verb of giving, with the period after it, says how long the data are kept: the data named
  // after that verb, else the sentence's. (The claim reader makes one action per sentence, the giving.)
  if (policy && retention && !negated && (action === 'share' || action === 'transfer' || action === 'sell')) {
    const giving = kinds('action').find((m) => m.value === action);
    const keep = kinds('action').find((m) => (m.value === 'retain' || m.value === 'store') && giving !== undefined && m.start > giving.start);
    if (keep && d!.start > keep.start) {
      const after = [...new Set(kinds('data').filter((m) => m.start > keep.start).map((m) => m.value))];
      for (const datum of after.length ? after : data) out.push({ action: 'retain', data: datum, retention: { ...retention } });
    }
  }
  return out;
}
