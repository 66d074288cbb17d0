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

/** A run of letters, marks and digits from an offset (the flags of the terms' patterns). */
const WORD_RUN = /[\p{L}\p{M}\p{N}]*/iuy;

interface Piece {
  /** The term must not follow a letter, mark or digit: checked on each match, not in the pattern. */
  wordStart: boolean;
  /**
   * A trailing wildcard: the match runs on to the end of the word. In the pattern it would be
   * `W*(?!W)` (`W*` without word boundaries), which cannot fail once the term's body matched and
   * takes every letter after it; found here, its class is compiled once, not once per pattern.
   */
  tail: boolean;
  before: string;
  body: string;
  after: string;
}

/** A term as a pattern body, with the word-boundary checks it needs before and after it. */
function pattern(term: string, boundaries: boolean): Piece {
  const full = term.normalize('NFC').trim();
  const tail = full.length > 1 && full.endsWith('*');
  const t = tail ? full.slice(0, -1) : full;
  const body = t
    .split('*')
    .map((part) => escapeRegExp(part).replace(/\s+/g, '\\s+'))
    .join(`${WORD}*`);
  const after = boundaries && !tail && /[\p{L}\p{M}\p{N}*]$/u.test(full) ? `(?!${WORD})` : '';
  // A term that starts with a letter, mark or digit can only match at such a character, where no
  // term that starts otherwise can: rejecting a match that follows a word character and going on
  // one character later finds exactly what a lookbehind would, without compiling one per term.
  if (boundaries && /^[\p{L}\p{M}\p{N}]/u.test(full)) return { wordStart: true, tail, before: '', body, after };
  return { wordStart: false, tail, before: boundaries && full.startsWith('*') ? `(?<!${WORD})` : '', body, after };
}

/**
 * The terms, longest first, as one pattern per kind of word-boundary check: each pattern an
 * alternation of its terms (each in its own capturing group) with the checks written once around it.
 * `(?:(a)|(b))(?!W)` matches exactly what `(a(?!W))|(b(?!W))` does (the engine backtracks into the
 * group in the same order). The large Unicode classes of the checks are what compiling a pattern
 * costs: per kind, not per term or per run of terms of one kind, they are compiled a few times per
 * list instead of dozens.
 */
interface Group {
  re: RegExp;
  /** Each capturing group's term, as its index in the sorted list. */
  index: number[];
}

function groups(pieces: readonly Piece[]): Group[] {
  const byKind = new Map<string, { before: string; after: string; bodies: string[]; index: number[] }>();
  pieces.forEach(({ before, body, after }, i) => {
    const kind = `${before}\u0000${after}`;
    let g = byKind.get(kind);
    if (!g) byKind.set(kind, (g = { before, after, bodies: [], index: [] }));
    g.bodies.push(`(${body})`);
    g.index.push(i);
  });
  return [...byKind.values()].map((g) => ({ re: new RegExp(`${g.before}(?:${g.bodies.join('|')})${g.after}`, 'giu'), index: g.index }));
}

interface Compiled {
  groups: Group[];
  sorted: string[];
  wordStart: boolean[];
  tail: boolean[];
}

const byList = new PairCache<readonly string[], boolean, Compiled>();

/** The compiled patterns of a word list; lists are long-lived data, so they are kept per list. */
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
    done = { groups: groups(pieces), sorted, wordStart: pieces.map((p) => p.wordStart), tail: pieces.map((p) => p.tail) };
    cache.set(key, done);
  }
  return done;
}

/** A term's match: where it starts, its text, and the term as its index in the sorted list. */
interface Hit {
  index: number;
  text: string;
  term: number;
}

/** The first match of a group's pattern from `from`: the leftmost, and there the first of its terms that matches. */
function next(g: Group, text: string, from: number): Hit | null {
  g.re.lastIndex = from;
  const m = g.re.exec(text);
  if (!m) return null;
  let k = 1;
  while (m[k] === undefined) k++;
  return { index: m.index, text: m[0], term: g.index[k - 1]! };
}

/**
 * The matches as one pattern of every term, longest first, would find them: the leftmost match of
 * any group's pattern, and where several start there, the term that comes first in the sorted list
 * (that one pattern would try it first). A group's match found from an earlier offset stays its first
 * while it does not start before the offset the search goes on from.
 */
export function findTerms(text: string, terms: readonly string[], options: { wordBoundaries?: boolean } = {}): TermMatch[] {
  const { groups: gs, sorted, wordStart, tail } = compile(terms, options.wordBoundaries ?? true);
  const norm = text.normalize('NFC');
  const out: TermMatch[] = [];
  if (!gs.length) return out;
  const hits: Array<Hit | null> = gs.map((g) => next(g, norm, 0));
  for (let from = 0; ; ) {
    let best: Hit | null = null;
    for (let i = 0; i < gs.length; i++) {
      let h = hits[i] ?? null;
      if (h && h.index < from) h = hits[i] = next(gs[i]!, norm, from);
      if (h && (!best || h.index < best.index || (h.index === best.index && h.term < best.term))) best = h;
    }
    if (!best) return out;
    const m = best;
    if (tail[m.term]) {
      WORD_RUN.lastIndex = m.index + m.text.length;
      m.text += WORD_RUN.exec(norm)![0];
    }
    if (m.text.length === 0 || (wordStart[m.term] && m.index > 0 && WORD_BEFORE.test(norm.slice(Math.max(0, m.index - 2), m.index)))) {
      // On by one code point: a search from inside a surrogate pair would find the same match again.
      from = m.index + ((norm.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    out.push({ term: sorted[m.term] ?? m.text, text: m.text, start: m.index, end: m.index + m.text.length });
    from = m.index + m.text.length;
  }
}
