/**
 * Finds WhatsApp-style placeholders (`{{1}}`, `{{order_id}}`) in message text. A small parser of
 * its own: message bodies never go through Handlebars, where `{{1}}` renders as an empty string.
 */
export interface Placeholder {
  /** The name as written between the braces, trimmed (`1`, `order_id`). */
  name: string;
  /** `{{1}}`, `{{2}}` … rather than a name. */
  positional: boolean;
  /** Offsets of `{{` and just after `}}`. */
  start: number;
  end: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Names Meta accepts: 1, 2, … or lowercase letters, digits and underscores starting with a letter. */
export const VALID_NAME = /^(?:[1-9]\d*|[a-z][a-z0-9_]*)$/;

export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!.trim();
    out.push({ name, positional: /^\d+$/.test(name), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Each name once, in order of first appearance. */
export function namesInOrder(placeholders: Placeholder[]): string[] {
  return [...new Set(placeholders.map((p) => p.name))];
}
