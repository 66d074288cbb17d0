/**
 * Finds the terms of a word list in text, case-insensitively. A `*` in a term stands for any run of
 * letters (`product*` matches "products"); terms match whole words unless the locale writes without
 * spaces between words (`wordBoundaries: false`, e.g. Chinese, Thai), where they match anywhere.
 * Overlapping terms yield the longest match, leftmost first.
 */
import { PairCache } from '../util/pair-cache.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface TermMatch {
  term: string;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';

/** Ends with a letter, mark or digit (the code point before an offset). */
const WORD_BEFORE = /[\p{L}\p{M}\p{N}]$/u;

interface Piece {
  /** The term must not follow a letter, mark or digit: checked on each match, not in the pattern. */
  wordStart: boolean;
  before: string;
  body: string;
  after: string;
}

/** A term as a pattern body, with the word-boundary checks it needs before and after it. */
function pattern(term: string, boundaries: boolean): Piece {
  const full = term.normalize('NFC').trim();
  // A trailing wildcard goes into `after`, so that neighbours can share it too.
  const tail = full.length > 1 && full.endsWith('*');
  const t = tail ? full.slice(0, -1) : full;
  const body = t
    .split('*')
    .map((part) => escapeRegExp(part).replace(/\s+/g, '\\s+'))
    .join(`${WORD}*`);
  const wildcard = tail ? `${WORD}*` : '';
  if (!boundaries) return { wordStart: false, before: '', body, after: wildcard };
  const after = /[\p{L}\p{M}\p{N}*]$/u.test(full) ? `(?!${WORD})` : '';
  // A term that starts with a letter, mark or digit can only match at such a character, where no
  // term that starts otherwise can: rejecting a match that follows a word character and going on
  // one character later finds exactly what a lookbehind would, without compiling one per term.
  if (/^[\p{L}\p{M}\p{N}]/u.test(full)) return { wordStart: true, before: '', body, after: wildcard + after };
  return { wordStart: false, before: full.startsWith('*') ? `(?<!${WORD})` : '', body, after: wildcard + after };
}

/**
 * One alternation of every term, longest first, each in its own capturing group. Neighbouring
 * terms that need the same checks after them share them: `(?:(a)|(b))(?!W)` matches exactly what
 * `(a(?!W))|(b(?!W))` does (the engine backtracks into the group in the same order), but compiles
 * the large Unicode classes once per run instead of once per term.
 */
function alternation(pieces: readonly Piece[]): string {
  const runs: Array<{ before: string; after: string; bodies: string[] }> = [];
  for (const { before, body, after } of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.before === before && last.after === after) last.bodies.push(`(${body})`);
    else runs.push({ before, after, bodies: [`(${body})`] });
  }
  return runs.map((r) => `${r.before}(?:${r.bodies.join('|')})${r.after}`).join('|');
}

interface Compiled {
  re: RegExp;
  sorted: string[];
  wordStart: boolean[];
}

const byList = new PairCache<readonly string[], boolean, Compiled>();

/** The compiled pattern of a word list; lists are long-lived data, so it is kept per list. */
function compile(terms: readonly string[], boundaries: boolean): Compiled {
  return byList.get(terms, boundaries, () => compileList(terms, boundaries));
}

const cache = new Map<string, Compiled>();

function compileList(terms: readonly string[], boundaries: boolean): Compiled {
  const sorted = [...new Set(terms)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  const key = `${boundaries ? 'w' : 's'}\u0000${sorted.join('\u0000')}`;
  let done = cache.get(key);
  if (!done) {
    const pieces = sorted.map((t) => pattern(t, boundaries));
    done = { re: new RegExp(sorted.length ? alternation(pieces) : '(?!)', 'giu'), sorted, wordStart: pieces.map((p) => p.wordStart) };
    cache.set(key, done);
  }
  return done;
}

export function findTerms(text: string, terms: readonly string[], options: { wordBoundaries?: boolean } = {}): TermMatch[] {
  const { re, sorted, wordStart } = compile(terms, options.wordBoundaries ?? true);
  const norm = text.normalize('NFC');
  const out: TermMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    if (m[0].length === 0 || (wordStart[group] && m.index > 0 && WORD_BEFORE.test(norm.slice(Math.max(0, m.index - 2), m.index)))) {
      // On by one code point: a search from inside a surrogate pair would find the same match again.
      re.lastIndex = m.index + ((norm.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    out.push({ term: sorted[group] ?? m[0], text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
