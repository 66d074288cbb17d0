/** The one escaping layer for HTML output: every user string passes here exactly once. */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'{}]/g, (c) => MAP[c]!);
}

const UNMAP: Record<string, string> = Object.fromEntries(Object.entries(MAP).map(([c, e]) => [e, c]));
const ESCAPED = new RegExp(Object.values(MAP).join('|'), 'g');

/** The text `escapeHtml` escaped, back (only its own entities: reading back a page the pack wrote). */
export function unescapeHtml(s: string): string {
  return s.replace(ESCAPED, (e) => UNMAP[e]!);
}
