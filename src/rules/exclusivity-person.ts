/**
 * Whose "only" it is. An exclusive word ("only", "solely"; reader.yaml `exclusive`) next to a
 * phrase naming the person the text speaks to says what that person does ("verification is
 * accomplished solely by the User", "only you can see your orders"), not what the business does
 * with the data: exclusivity-contradicted reads no promise from it. The phrases are data, one file
 * a locale: `locales/<lng>/exclusivity.yaml` (`person.after`: read right after the exclusive word;
 * `person.before`: right before it, for languages that put "only" last, as Thai and Malay do).
 * A project's locale folders add to ours. `forward` (same file): words that make an exclusive clause
 * ending in a colon lead into the list after it ("only for the following purposes:"); `restriction`
 * finds the words that restrict the data to a purpose, or none when the purpose is not the clause's own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import type { Catalog } from '../load/catalog.js';
import { builtinYaml } from '../load/builtin-data.js';
import { loadYamlData } from '../load/read-file.js';
import type { YamlFile } from '../load/yaml-file.js';
import { normalizeText } from '../claims/lexicon.js';
import type { Mention, Sentence } from '../claims/read-claims.js';

export interface PersonWords {
  /** Phrases read right after the exclusive word, normalized as the reader normalizes text. */
  after: string[];
  /** Phrases read right before it. */
  before: string[];
  /** Words that make an "only" clause lead into what follows its colon ("only for the following purposes:"). */
  forward: string[];
  /** False for scripts without spaces between words: a phrase then needs no word boundary. */
  wordBoundaries: boolean;
  files: string[];
}

const NONE: PersonWords = { after: [], before: [], forward: [], wordBoundaries: true, files: [] };

function fail(y: YamlFile, at: Array<string | number>, message: string): never {
  throw new DiscloseError('E_SCHEMA', message, y.posOf(at), 'See schemas/locale-exclusivity.schema.json.');
}

function phrases(y: YamlFile, value: unknown, at: Array<string | number>): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) fail(y, at, `${at.join('.')}: expected a list of phrases`);
  return value as string[];
}

/** Reads one exclusivity.yaml, checking its shape by hand (the JSON schema serves editors). */
function readFile(file: string): { after: string[]; before: string[]; forward: string[]; wordBoundaries?: boolean } {
  const y = loadYamlData(file);
  const data = (y.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) fail(y, [], 'exclusivity.yaml: expected a mapping');
  for (const key of Object.keys(data)) if (!['person', 'forward', 'wordBoundaries'].includes(key)) fail(y, [key], `unknown field "${key}"`);
  if (data['wordBoundaries'] !== undefined && typeof data['wordBoundaries'] !== 'boolean') fail(y, ['wordBoundaries'], 'wordBoundaries: expected true or false');
  const person = (data['person'] ?? {}) as Record<string, unknown>;
  if (typeof person !== 'object' || Array.isArray(person)) fail(y, ['person'], 'person: expected a mapping with after and before');
  for (const key of Object.keys(person)) if (!['after', 'before'].includes(key)) fail(y, ['person', key], `unknown field "person.${key}"`);
  return {
    after: phrases(y, person['after'], ['person', 'after']),
    before: phrases(y, person['before'], ['person', 'before']),
    forward: phrases(y, data['forward'], ['forward']),
    ...(typeof data['wordBoundaries'] === 'boolean' ? { wordBoundaries: data['wordBoundaries'] } : {}),
  };
}

/** A language's phrases from every locale folder (ours first), or none. */
export function loadPersonWords(lng: string, dirs: readonly string[]): PersonWords {
  let words = NONE;
  for (const dir of dirs) {
    const file = path.join(dir, lng, 'exclusivity.yaml');
    if (!builtinYaml(file) && !existsSync(file)) continue;
    const read = readFile(file);
    const norm = (list: string[]) => list.map((p) => normalizeText(p.trim(), lng).norm);
    words = {
      after: [...words.after, ...norm(read.after)],
      before: [...words.before, ...norm(read.before)],
      forward: [...words.forward, ...norm(read.forward)],
      wordBoundaries: read.wordBoundaries ?? words.wordBoundaries,
      files: [...words.files, file],
    };
  }
  return words;
}

const perCatalog = new WeakMap<Catalog, Map<string, PersonWords>>();

/** The phrases of a language for this catalog's locale folders, loaded once. */
export function personWords(catalog: Catalog, lng: string): PersonWords {
  let byLng = perCatalog.get(catalog);
  if (!byLng) {
    byLng = new Map();
    perCatalog.set(catalog, byLng);
  }
  let words = byLng.get(lng);
  if (!words) {
    words = loadPersonWords(lng, catalog.localeDirs);
    byLng.set(lng, words);
  }
  return words;
}

// A letter, digit or apostrophe continues a word: "the user's address" is not "the user".
const WORD = /[\p{L}\p{N}\p{M}']/u;

/**
 * Whether an exclusive word of a sentence is about the person the text speaks to: a `person`
 * phrase stands right after it (or right before it), whole words, and is not the start of a data
 * category's name ("only the user data we need" is about the data).
 */
export function aboutPerson(s: Sentence, only: Mention, words: PersonWords): boolean {
  const text = s.text;
  const boundary = (i: number) => !words.wordBoundaries || i <= 0 || i >= text.length || !WORD.test(text[i - 1]!) || !WORD.test(text[i]!);
  let a = only.end - s.start;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  for (const p of words.after) {
    if (!p || !text.startsWith(p, a) || !boundary(a + p.length)) continue;
    const from = s.start + a;
    const to = from + p.length;
    if (s.mentions.some((m) => m.kind === 'data' && m.start < to + 2 && m.end > from)) continue;
    return true;
  }
  let b = only.start - s.start;
  while (b > 0 && /\s/.test(text[b - 1]!)) b--;
  for (const p of words.before) {
    if (!p || b - p.length < 0 || text.slice(b - p.length, b) !== p || !boundary(b - p.length)) continue;
    return true;
  }
  return false;
}

// A colon or semicolon ends the clause an "only" restricts: a list's lead-in ends with one, so an
// item's words after it are not the lead-in's ("We collect only what we need to build your piece:
// a device identifier when you open our offers").
const CLAUSE_END = /[:：;；]/;

/**
 * The words that restrict the data to `purpose`, when an exclusive word of the sentence restricts it:
 * the exclusive word and a mention of that purpose in one clause ("only for order delivery",
 * "für den Versand ausschließlich", "仅用于配送"), or an exclusive clause that leads into what
 * follows its colon ("only for the following purposes:", a `forward` word after the exclusive word,
 * or before it when nothing but the colon follows it) and a mention of the purpose after that colon.
 * Offsets are the text's; undefined when no exclusive word restricts the data to that purpose (the
 * purpose was read from another clause, a list item under "only what we need to quote:", or the
 * label "Delivery:" before "…, used only for dispatch").
 */
export function restriction(s: Sentence, onlys: readonly Mention[], purpose: string, words: PersonWords): { only: Mention; from: number; to: number } | undefined {
  const text = s.text;
  const at = (o: number) => o - s.start;
  const purposes = s.mentions.filter((m) => m.kind === 'purpose' && m.value === purpose);
  const has = (from: number, to: number, phrase: string) => {
    for (let i = text.indexOf(phrase, from); i >= 0 && i + phrase.length <= to; i = text.indexOf(phrase, i + 1)) {
      const ok = !words.wordBoundaries || ((i === 0 || !WORD.test(text[i - 1]!)) && (i + phrase.length >= text.length || !WORD.test(text[i + phrase.length]!)));
      if (ok) return true;
    }
    return false;
  };
  for (const only of onlys) {
    // The clause of the exclusive word: from the stop before it to the stop after it.
    let start = at(only.start);
    while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
    let end = at(only.end);
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    const own = purposes.find((m) => at(m.start) >= start && at(m.end) <= end);
    if (own) return { only, from: Math.min(only.start, own.start), to: Math.max(only.end, own.end) };
    if (end >= text.length || !/[:：]/.test(text[end]!)) continue;
    const last = text.slice(at(only.end), end).trim() === '';
    const leads = words.forward.some((p) => p && (has(at(only.end), end, p) || (last && has(start, at(only.start), p))));
    const listed = leads ? purposes.find((m) => at(m.start) > end) : undefined;
    if (listed) return { only, from: only.start, to: listed.end };
  }
  return undefined;
}
