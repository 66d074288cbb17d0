/**
 * The plain text of a policy document's clause for the claim reader (tags, entities, Markdown
 * escapes and marks out, offsets mapped back into the document), and heading entities decoded.
 */
import type { PolicyDocument } from './document.js';

/** Entities of a heading's text, in one pass (so "&amp;lt;" reads "&lt;", not "<"); unknown names stay. */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi, (e) => (e.toLowerCase() === '&nbsp;' ? ' ' : e[1] === '#' || ENTITY_CHARS[e.toLowerCase()] ? decodeEntity(e) : e));
}

const HTML_TOKENS = /<br\s*\/?>|<\/(?:p|li|div|h[1-6])>|<[^<>]*>|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi;
/** Backslash escapes, entities, autolinks (read without their brackets), emphasis and code marks. */
const MARKDOWN_TOKENS = /\\[!-/:-@[-`{-~]|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);|<https?:\/\/[^<>\s]*>|\*\*|__|`/gi;

/** Entities kept as their character (padded with spaces to the entity's length) in plain text. */
const ENTITY_CHARS: Record<string, string> = { '&amp;': '&', '&sect;': '§', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&#34;': '"', '&rsquo;': '\u2019', '&lsquo;': '\u2018', '&rdquo;': '\u201d', '&ldquo;': '\u201c', '&ndash;': '\u2013', '&mdash;': '\u2014' };

/**
 * Plain text for the claim reader with entities decoded to their character (no padding, so
 * "Swift &amp; Sure" reads "Swift & Sure"), and the map from an offset in that text back to an
 * offset in the document. Tags still become spaces of their length, block ends line breaks.
 * Markdown: backslash escapes and entities decoded and autolinks without their brackets (as
 * disclose writes names and other text), `**`, `__` and backticks as spaces.
 */
export function plainTextMapped(doc: PolicyDocument, start: number, end: number): { text: string; sourceOffset(offset: number): number } {
  const markdown = doc.format === 'markdown';
  const slice = doc.text.slice(start, end);
  // Pairs of (offset in the plain text, offset in the slice) where the two stop running in step.
  const marks: Array<[number, number]> = [[0, 0]];
  let out = '';
  let last = 0;
  for (const m of slice.matchAll(markdown ? MARKDOWN_TOKENS : HTML_TOKENS)) {
    const tok = m[0];
    out += slice.slice(last, m.index);
    if (tok.startsWith('&') || (markdown && tok.startsWith('\\'))) {
      // An entity, or a Markdown backslash escape (what disclose writes for names and other text).
      marks.push([out.length, m.index!]);
      out += tok.startsWith('&') ? decodeEntity(tok) : tok.slice(1);
      marks.push([out.length, m.index! + tok.length]);
    } else if (markdown && tok.startsWith('<')) {
      // An autolink: the link as written, without its brackets.
      marks.push([out.length, m.index! + 1]);
      out += tok.slice(1, -1);
      marks.push([out.length, m.index! + tok.length]);
    } else if (markdown) out += ' '.repeat(tok.length);
    else out += /^<(br|\/)/i.test(tok) ? '\n'.padEnd(tok.length, ' ') : ' '.repeat(tok.length);
    last = m.index! + tok.length;
  }
  out += slice.slice(last);
  return {
    text: out,
    sourceOffset(o) {
      let lo = 0;
      let hi = marks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (marks[mid]![0] <= o) lo = mid;
        else hi = mid - 1;
      }
      const [p, q] = marks[lo]!;
      return start + q + (o - p);
    },
  };
}

function decodeEntity(e: string): string {
  const lower = e.toLowerCase();
  const num = /^&#(x[0-9a-f]+|\d+);$/.exec(lower);
  if (num) {
    const code = num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : Number(num[1]);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
  }
  return ENTITY_CHARS[lower] ?? ' ';
}

