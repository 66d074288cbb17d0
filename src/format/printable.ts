/**
 * Text for a terminal. Output quotes what the input says (a key, an id, a name, a file name, a
 * policy's sentence, a hand-written footer): its control characters and direction marks are
 * shown as `\uXXXX` escapes, so a hostile file cannot drive the terminal (OSC 8 links, `ESC[2J`,
 * a carriage return that overwrites a line, U+202E turning text around).
 *
 * Escaped: C0 controls except tab and line feed (a carriage return only when no line feed follows
 * it, so CRLF documents still print line by line), DEL, C1 controls, the bidirectional marks,
 * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and
 * the line and paragraph separators U+2028 and U+2029.
 *
 * Every text formatter ends with `printable`; every JSON one with `printableJson`, which escapes
 * the same characters inside JSON strings (the parsed value is unchanged).
 */
const UNSAFE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Serialized JSON with the characters `printable` escapes written as `\uXXXX` (the same value). */
export function printableJson(json: string): string {
  // JSON.stringify already escapes C0; what is left can only be inside strings.
  return json.replace(/[\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, escape);
}
