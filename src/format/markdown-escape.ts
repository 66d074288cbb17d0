/**
 * The one escaping layer for Markdown output (policy documents, summary.md): text shows as it was
 * written and is never read as Markdown, HTML, a link, or one of disclose's `<!-- … -->` markers.
 *
 * - ASCII punctuation Markdown and its common extensions act on (emphasis, code, links, images,
 *   headings, tables, strikethrough, math, template braces) gets a backslash.
 * - `&`, `<` and `>` become entities, so no `<!--`, tag or autolink can appear in the file at all
 *   (a backslash would hide `<` from a Markdown renderer but not from a marker scanner).
 * - An http(s) link with any of those characters in it becomes an autolink `<https://…>`, inside
 *   which nothing is escaped (CommonMark reads no escapes there, so the link keeps working); the
 *   control characters an autolink cannot hold are percent-encoded, and in a table cell a `|` in
 *   it gets the backslash GFM tables ask for. Other links stay as they are.
 */

const PUNCTUATION = /[\\`*_[\]#!{}|~$^]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const URL = /\bhttps?:\/\/[^\s<>]+/gi;
const TRAILING = /[.,;:!?'"*_~]+$/;

function escapeRun(s: string): string {
  return s.replace(PUNCTUATION, '\\$&').replace(/[&<>]/g, (c) => ENTITY[c]!);
}

/** A link's end: trailing sentence punctuation and unbalanced closing brackets stay outside it. */
function linkEnd(url: string): number {
  let end = url.length;
  for (;;) {
    const t = TRAILING.exec(url.slice(0, end));
    if (t) end -= t[0].length;
    const last = url[end - 1];
    const open = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : undefined;
    if (!open) return end;
    const body = url.slice(0, end);
    if (body.split(open).length >= body.split(last!).length) return end;
    end--;
  }
}

/** A link as it is when nothing in it means anything to Markdown, else as an autolink. */
function autolink(url: string): string {
  if (!/[\\`*_[\]#!{}|~$^&<>]/.test(url)) return url;
  return `<${url.replace(/[\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

/** Inline text: punctuation escaped, links as autolinks. */
export function escapeMarkdownText(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(URL)) {
    const end = linkEnd(m[0]);
    if (end <= m[0].indexOf('//') + 2) continue;
    out += escapeRun(s.slice(last, m.index)) + autolink(m[0].slice(0, end));
    last = m.index + end;
  }
  return out + escapeRun(s.slice(last));
}

/** One paragraph line: inline escapes, and nothing at its start that opens a block (list, rule, quote). */
export function escapeMarkdownLine(s: string): string {
  return escapeMarkdownText(s)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A table cell: inline escapes, and line breaks (LF, CR, CRLF) as `<br>` so the row stays one line. */
export function escapeMarkdownCell(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdownText(line).replace(/<https?:\/\/[^<>\s]*>/gi, (link) => link.replace(/\|/g, '\\|')))
    .join('<br>');
}
