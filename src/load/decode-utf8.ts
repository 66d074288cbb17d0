/**
 * Decodes file bytes as strict UTF-8. Invalid bytes are an error at the line and column of the
 * first one, never silently replaced by U+FFFD.
 */
import { DiscloseError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const { offset, line, column } = firstInvalid(bytes);
    throw new DiscloseError(
      'E_ENCODING',
      `the file is not valid UTF-8 text (byte ${offset + 1}, 0x${bytes[offset]!.toString(16).padStart(2, '0')})`,
      { file, line, column },
      'Save the file as UTF-8.',
    );
  }
}

/** The byte offset of the first byte that does not start a valid UTF-8 sequence, with its line and column. */
function firstInvalid(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) break;
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else column += n === 4 ? 2 : 1; // columns count UTF-16 code units, as everywhere else
    i += n;
  }
  return { offset: Math.min(i, bytes.length - 1), line, column };
}

/** Length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, surrogates or code points past U+10FFFF), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
