/**
 * Small, strict readers of disclose's output for the injection tests: an HTML scanner that knows
 * only the markup disclose writes, a Markdown check for unescaped syntax, and an RFC 4180 CSV parser.
 */

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#123;': '{', '&#125;': '}' };

/** Decodes the entities disclose writes, once (so "&amp;lt;" gives "&lt;"). */
export function decodeHtml(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#123|#125);/g, (e) => HTML_ENTITIES[e]!);
}

function withoutStyle(html: string): string {
  return html.replace(/<style>[^<]*<\/style>/g, '<style></style>');
}

/** The text of an HTML document as a browser shows it (tags and comments out, entities decoded once). */
export function htmlText(html: string): string {
  return decodeHtml(withoutStyle(html).replace(/<!--[^]*?-->/g, '').replace(/<[^>]*>/g, ''));
}

export interface HtmlRules {
  tags: ReadonlySet<string>;
  /** Comments allowed (disclose's markers in a policy); none when absent. */
  comment?: RegExp;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>/y;
const COMMENT = /<!--[^]*?-->/y;
const DOCTYPE = /<!DOCTYPE html>/y;

/**
 * What is wrong with an HTML document disclose wrote: a `<` that opens no tag disclose writes, an
 * element or attribute outside the list, an unquoted attribute, an event handler, a script or
 * data link, template braces or a raw `>` in text, a comment that is not one of disclose's markers.
 */
export function htmlProblems(html: string, rules: HtmlRules): string[] {
  const text = withoutStyle(html);
  const problems: string[] = [];
  let textRun = '';
  const flushText = () => {
    if (/\{\{|\}\}/.test(textRun)) problems.push(`template braces in text: ${textRun.slice(0, 80)}`);
    if (textRun.includes('>')) problems.push(`raw > in text: ${textRun.slice(0, 80)}`);
    textRun = '';
  };
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '<') {
      const next = text.indexOf('<', i);
      textRun += text.slice(i, next < 0 ? text.length : next);
      i = next < 0 ? text.length : next;
      continue;
    }
    flushText();
    for (const re of [DOCTYPE, COMMENT]) re.lastIndex = i;
    if (DOCTYPE.test(text)) {
      i = DOCTYPE.lastIndex;
      continue;
    }
    if (COMMENT.test(text)) {
      const c = text.slice(i, COMMENT.lastIndex);
      if (!rules.comment?.test(c)) problems.push(`comment: ${c.slice(0, 80)}`);
      i = COMMENT.lastIndex;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    if (!m) {
      problems.push(`raw < at ${i}: ${text.slice(i, i + 60)}`);
      i++;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (!rules.tags.has(name)) problems.push(`element <${name}>`);
    for (const a of m[3]!.matchAll(/\s+([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
      const attr = a[1]!.toLowerCase();
      if (a[2] === undefined) problems.push(`unquoted or empty attribute ${attr} on <${name}>`);
      if (attr.startsWith('on')) problems.push(`event handler ${attr} on <${name}>`);
      if ((attr === 'href' || attr === 'src') && /^\s*(?:javascript|vbscript|data):/i.test(decodeHtml(a[2] ?? ''))) problems.push(`script link ${a[2]}`);
    }
    i = TAG.lastIndex;
  }
  flushText();
  return problems;
}

/** Markdown characters that make syntax, unless a backslash escapes them. */
const SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '!', '{', '}', '|', '~', '$', '#']);

/**
 * The characters of a Markdown text that would be read as syntax: special punctuation with no
 * backslash before it, and any `<` (after the given allowed constructs are taken out).
 */
export function markdownSyntax(md: string, allowed: RegExp[] = []): string[] {
  let text = md;
  for (const re of allowed) text = text.replace(re, ' ');
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '<' || SPECIAL.has(c)) found.push(`${c} in …${text.slice(Math.max(0, i - 30), i + 30)}…`);
  }
  return found;
}

/** Autolinks disclose writes for links with Markdown characters in them. */
export const AUTOLINK = /<https:\/\/[^<>\s]*>/g;
/** disclose's markers in a Markdown policy. */
export const MARKERS = /<!-- disclose:clause id=[a-z0-9_-]+ sha256=[0-9a-f]{16} -->|<!-- \/disclose:clause -->/g;

/** Splits a Markdown table row at its unescaped pipes. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      cur += row.slice(i, i + 2);
      i++;
    } else if (row[i] === '|') {
      cells.push(cur);
      cur = '';
    } else cur += row[i];
  }
  cells.push(cur);
  return cells;
}

/** RFC 4180: records of fields; throws on a quote in an unquoted field or text after a closing quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      value = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`quote or line break in an unquoted field: ${JSON.stringify(value)}`);
      i += value.length;
    }
    row.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (text.startsWith('\r\n', i)) i += 2;
    if (i >= text.length) return rows;
  }
}
