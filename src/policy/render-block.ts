/**
 * What a managed block holds, in the document's format. Markdown: each line of the rendered
 * clause body is a paragraph of its own (a blank line between two), Markdown-escaped once here.
 * HTML: each line is a `<p>` element, its text HTML-escaped once here. Either way the names and
 * other text users supply show as written: no link, tag, template braces or marker of ours can
 * come out of them. Companion versions (a second language a region asks for) follow the main text
 * inside the block.
 */
import { escapeMarkdownLine, escapeMarkdownText } from '../format/markdown-escape.js';
import { fingerprint, FINGERPRINT_ATTR } from './fingerprint.js';

export type PolicyFormat = 'markdown' | 'html';

export const CLOSE_MARKER = '<!-- /disclose:clause -->';

export interface ClauseText {
  body: string;
  companions: ReadonlyArray<{ locale: string; text: string }>;
}

/** The block's lines, without indentation or line breaks; '' is a blank line. */
export function blockLines(format: PolicyFormat, clause: ClauseText): string[] {
  const split = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
  const main = split(clause.body);
  if (format === 'html') {
    return [
      ...main.map((l) => `<p>${escapeHtmlText(l)}</p>`),
      ...clause.companions.flatMap((c) => split(c.text).map((l) => `<p lang="${escapeHtmlText(c.locale)}">${escapeHtmlText(l)}</p>`)),
    ];
  }
  const paragraphs = [...main, ...clause.companions.flatMap((c) => split(c.text))].map(escapeMarkdownLine);
  return paragraphs.flatMap((p, i) => (i === 0 ? [p] : ['', p]));
}

/** The text between the markers: each line indented like the opening marker and ended by `eol`, then the closing marker's indentation. */
export function blockContent(lines: readonly string[], eol: string, indent: string): string {
  return `${lines.map((l) => (l ? `${indent}${l}` : '') + eol).join('')}${indent}`;
}

/** An opening marker carrying the content's fingerprint; other attributes the user wrote are kept. */
export function openMarker(id: string, content: string, extra: Record<string, string> = {}): string {
  const attrs = [`id=${id}`, `${FINGERPRINT_ATTR}=${fingerprint(content)}`];
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'id' || k === FINGERPRINT_ATTR) continue;
    attrs.push(/^[^\s"'>=]+$/.test(v) && !v.includes('--') ? `${k}=${v}` : `${k}="${v.replace(/"/g, "'")}"`);
  }
  return `<!-- disclose:clause ${attrs.join(' ')} -->`;
}

/** A numbered heading the document parser reads back (`numberAt`): "5.2 Order delivery". */
export function headingLine(format: PolicyFormat, level: number, number: string | undefined, title: string): string {
  const n = Math.min(Math.max(level, 1), 6);
  if (format === 'html') return `<h${n}>${escapeHtmlText(number ? `${number} ${title}` : title)}</h${n}>`;
  const text = escapeMarkdownText(title);
  return `${'#'.repeat(n)} ${number ? `${number} ${text}` : text}`;
}

const HTML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

/**
 * Escapes text for an HTML element's content (quotes need no escape there); applied once, to plain
 * strings. Braces too, so a page that runs a client-side template engine over the policy
 * (`{{…}}` in Angular or Vue) finds no expression in it.
 */
export function escapeHtmlText(s: string): string {
  return s.replace(/[&<>{}]/g, (c) => HTML_TEXT[c]!);
}
