/**
 * Text with every placeholder (`{{discount_code}}`, `{{1}}`) blanked out with spaces of the same
 * length, so word searches never read a placeholder's name as a word of the message and offsets
 * stay those of the original text.
 */
import { findPlaceholders } from './placeholders.js';

export function maskPlaceholders(text: string): string {
  let out = '';
  let last = 0;
  for (const p of findPlaceholders(text)) {
    out += text.slice(last, p.start) + ' '.repeat(p.end - p.start);
    last = p.end;
  }
  return out + text.slice(last);
}

/** The words of a text, placeholders left out (letters and digits in a row). */
export function wordsOf(text: string): string[] {
  return maskPlaceholders(text).match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}
