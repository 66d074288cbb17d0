/**
 * Finds the terms of a word list in text, case-insensitively. A `*` in a term stands for any run of
 * letters (`product*` matches "products"); terms match whole words unless the locale writes without
 * spaces between words (`wordBoundaries: false`, e.g. Chinese, Thai), where they match anywhere.
 * Overlapping terms yield the longest match, leftmost first.
 */
export interface TermMatch {
  term: string;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';
const cache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pattern(term: string, boundaries: boolean): string {
  const t = term.normalize('NFC').trim();
  const body = t
    .split('*')
    .map((part) => escape(part).replace(/\s+/g, '\\s+'))
    .join(`${WORD}*`);
  if (!boundaries) return body;
  const before = /^[\p{L}\p{M}\p{N}*]/u.test(t) ? `(?<!${WORD})` : '';
  const after = /[\p{L}\p{M}\p{N}*]$/u.test(t) ? `(?!${WORD})` : '';
  return `${before}${body}${after}`;
}

const byList = new WeakMap<readonly string[], Map<boolean, { re: RegExp; sorted: string[] }>>();

/** The compiled pattern of a word list; lists are long-lived data, so it is kept per list. */
function compile(terms: readonly string[], boundaries: boolean): { re: RegExp; sorted: string[] } {
  let perList = byList.get(terms);
  if (!perList) {
    perList = new Map();
    byList.set(terms, perList);
  }
  let done = perList.get(boundaries);
  if (!done) {
    done = compileList(terms, boundaries);
    perList.set(boundaries, done);
  }
  return done;
}

function compileList(terms: readonly string[], boundaries: boolean): { re: RegExp; sorted: string[] } {
  const sorted = [...new Set(terms)].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  const key = `${boundaries ? 'w' : 's'}\u0000${sorted.join('\u0000')}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(sorted.length ? sorted.map((t) => `(${pattern(t, boundaries)})`).join('|') : '(?!)', 'giu');
    cache.set(key, re);
  }
  return { re, sorted };
}

export function findTerms(text: string, terms: readonly string[], options: { wordBoundaries?: boolean } = {}): TermMatch[] {
  const { re, sorted } = compile(terms, options.wordBoundaries ?? true);
  const out: TermMatch[] = [];
  for (const m of text.normalize('NFC').matchAll(re)) {
    if (m[0].length === 0) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ term: sorted[group] ?? m[0], text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
