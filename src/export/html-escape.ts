/** The one escaping layer for HTML output: every user string passes here exactly once. */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'{}]/g, (c) => MAP[c]!);
}
