/**
 * Text for a terminal. Messages quote what the input says (a key, an id, a name, a policy's
 * sentence): its control characters and direction overrides are shown as escapes, so a hostile
 * file cannot drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
