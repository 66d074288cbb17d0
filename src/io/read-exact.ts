/** Reads a text file to rewrite it: strict UTF-8, byte-order mark kept, nothing normalized. */
import { readFileSync, statSync } from 'node:fs';
import { DiscloseError } from '../errors.js';
import { decodeUtf8 } from '../load/decode-utf8.js';

export function readTextExact(file: string, maxBytes = 16 * 1024 * 1024): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new DiscloseError('E_FILE_NOT_FOUND', 'not a file', { file }, 'Pass the path of a file.');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof DiscloseError) throw e;
    throw new DiscloseError('E_FILE_NOT_FOUND', 'file not found or not readable', { file }, 'Check the path.');
  }
  if (bytes.length > maxBytes) throw new DiscloseError('E_FILE_TOO_LARGE', `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes`, { file, line: 1, column: 1 });
  return decodeUtf8(bytes, file);
}
