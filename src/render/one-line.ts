/**
 * Text a user supplies (names, addresses, legal text) goes into one sentence of a footer or a
 * clause: a line break in it would cut the sentence in two, end a Markdown paragraph or table row,
 * or start a new line that reads as a heading or a marker. Each line break, with the blanks around
 * it, becomes one space; one at either end is dropped (a YAML `>` block ends with one).
 */
const BREAK = /[\t ]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[\s\u0085]*/g;

export function oneLine(text: string): string {
  if (!/[\n\r\v\f\u0085\u2028\u2029]/.test(text)) return text;
  return text.replace(BREAK, (m, offset: number) => (offset === 0 || offset + m.length === text.length ? '' : ' '));
}
