/**
 * Linear-time scans of policy markup: disclose's comment markers, HTML headings and Markdown ATX
 * headings. Each finds what a short regular expression with a lazy `[^]*?` would, but such an
 * expression backtracks over the rest of the text at every unclosed candidate, which makes a
 * hostile document of a few hundred kilobytes take minutes.
 */
import { escapeRegExp } from '../util/escape-regexp.js';

export interface CommentMatch {
  start: number;
  end: number;
  /** The text after the keyword, up to `-->`. */
  body: string;
}

/** Every `<!--\s*keyword\b … -->` in order, as `/<!--\s*keyword\b([^]*?)-->/g` would find them. */
export function* markerComments(text: string, keyword: string): Generator<CommentMatch> {
  const head = new RegExp(`\\s*${escapeRegExp(keyword)}\\b`, 'y');
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) return;
    head.lastIndex = start + 4;
    if (!head.test(text)) {
      from = start + 1;
      continue;
    }
    const close = text.indexOf('-->', head.lastIndex);
    // No later candidate can close either.
    if (close < 0) return;
    yield { start, end: close + 3, body: text.slice(head.lastIndex, close) };
    from = close + 3;
  }
}

export interface HtmlHeadingMatch {
  level: number;
  start: number;
  end: number;
  /** The markup between the opening and the closing tag. */
  inner: string;
}

/** Every `<hN …>…</hN>` in order, as `/<h([1-6])\b[^>]*>([^]*?)<\/h\1\s*>/gi` would find them. */
export function* htmlHeadings(text: string): Generator<HtmlHeadingMatch> {
  const open = /<h([1-6])\b/gi;
  const closers = new Map<number, RegExp>();
  /** Levels with no closing tag after some point: no later heading of that level can close. */
  const unclosed = new Set<number>();
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const level = Number(m[1]);
    const start = m.index;
    if (unclosed.has(level)) continue;
    const gt = text.indexOf('>', open.lastIndex);
    if (gt < 0) return;
    let closer = closers.get(level);
    if (!closer) {
      closer = new RegExp(`</h${level}\\s*>`, 'gi');
      closers.set(level, closer);
    }
    closer.lastIndex = gt + 1;
    const c = closer.exec(text);
    if (!c) {
      unclosed.add(level);
      open.lastIndex = start + 1;
      continue;
    }
    const end = c.index + c[0].length;
    yield { level, start, end, inner: text.slice(gt + 1, c.index) };
    open.lastIndex = end;
  }
}

/**
 * A Markdown ATX heading line (`## 5.2 Title ##`): its level and title, as
 * `/^(#{1,6})\s+(.*?)\s*#*\s*$/` would read it.
 */
export function atxHeading(line: string): { level: number; title: string } | undefined {
  const m = /^(#{1,6})\s+/.exec(line);
  if (!m) return undefined;
  let title = line.slice(m[0].length).trimEnd();
  let j = title.length;
  while (j > 0 && title[j - 1] === '#') j--;
  title = title.slice(0, j).trimEnd();
  return { level: m[1]!.length, title };
}
