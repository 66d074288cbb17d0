/**
 * The claim reader's lexicons of disclose's own locales, made at build time (scripts/build-data.mjs,
 * dist/builtin-lexicons/<lng>.json): building one is most of what reading a locale first costs a
 * command (normalizing thousands of phrases into a trie and flattening it). A lexicon takes the
 * build's trie only when it was made from the very phrases it has, in the same order (their hash is
 * the key): a project's own locale files, another ICU's country names or `extra` entries make other
 * phrases, and that lexicon builds its own trie as before.
 */
import { createHash } from 'node:crypto';
import { builtinLexicon } from '../load/builtin-data.js';
import type { Entry } from './lexicon.js';

/**
 * The trie flattened into typed arrays for the reader's hot loop (a Map per node cost a hash
 * lookup per character): the root's children by code unit in one table, every other node's
 * children as a run of (code unit, child) pairs sorted by code unit.
 */
export interface FlatTrie {
  /** Child of the root for each code unit, as node number + 1 (0: none). */
  first: Int32Array;
  /** Where each node's children (but the root's) start in `codes`/`child`, and how many there are. */
  start: Int32Array;
  count: Int32Array;
  codes: Uint16Array;
  child: Int32Array;
  /** What a phrase ending at each node means (undefined: no phrase ends there). */
  entries: Array<Entry[] | undefined>;
}

export type SplitVerb = { head: string; tail: string; entry: Entry };

/** A lexicon's trie as the build stores it (JSON; typed arrays in base64, little-endian). */
export interface LexiconForm {
  /** The hash of the locale and the phrases, with their entries, the trie was made from. */
  key: string;
  /** The root's children: code unit, node number + 1, … */
  first: number[];
  count: string;
  codes: string;
  child: string;
  /** Node number and what a phrase ending there means, for the nodes where one ends. */
  entries: Array<[number, Entry[]]>;
  split: SplitVerb[];
}

/**
 * Raise when the trie a lexicon makes of the same phrases changes (normalization, how entries of
 * one phrase merge): a build's form of another version is then never taken.
 */
const FORM_VERSION = 1;

export function phrasesKey(lng: string, phrases: ReadonlyArray<readonly [string, Entry]>): string {
  return createHash('sha256').update(JSON.stringify([FORM_VERSION, lng, phrases])).digest('base64');
}

const b64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export function toForm(key: string, t: FlatTrie, split: readonly SplitVerb[]): LexiconForm {
  const first: number[] = [];
  t.first.forEach((n, code) => {
    if (n) first.push(code, n);
  });
  const entries: Array<[number, Entry[]]> = [];
  t.entries.forEach((e, node) => {
    if (e) entries.push([node, e]);
  });
  return { key, first, count: b64(t.count), codes: b64(t.codes), child: b64(t.child), entries, split: [...split] };
}

function typed<T>(text: string, make: (b: ArrayBuffer) => T, bytes: number): T {
  const buf = Buffer.from(text, 'base64');
  // A copy of its own, aligned for the typed array.
  const own = new ArrayBuffer(buf.byteLength - (buf.byteLength % bytes));
  new Uint8Array(own).set(buf.subarray(0, own.byteLength));
  return make(own);
}

export function fromForm(form: LexiconForm): { flat: FlatTrie; split: SplitVerb[] } {
  const count = typed(form.count, (b) => new Int32Array(b), 4);
  const nodes = count.length;
  const start = new Int32Array(nodes);
  for (let n = 1, at = 0; n < nodes; n++) {
    start[n] = at;
    at += count[n]!;
  }
  const first = new Int32Array(0x10000);
  for (let i = 0; i < form.first.length; i += 2) first[form.first[i]!] = form.first[i + 1]!;
  const entries: Array<Entry[] | undefined> = new Array<Entry[] | undefined>(nodes).fill(undefined);
  for (const [node, e] of form.entries) entries[node] = e;
  return {
    flat: { first, start, count, codes: typed(form.codes, (b) => new Uint16Array(b), 2), child: typed(form.child, (b) => new Int32Array(b), 4), entries },
    split: form.split,
  };
}

/** The build's trie for these phrases of a locale, if the build made one from the same phrases. */
export function prebuiltLexicon(lng: string, phrases: ReadonlyArray<readonly [string, Entry]>): { flat: FlatTrie; split: SplitVerb[] } | undefined {
  const form = builtinLexicon(lng) as LexiconForm | undefined;
  if (!form || form.key !== phrasesKey(lng, phrases)) return undefined;
  return fromForm(form);
}
