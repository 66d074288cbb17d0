/**
 * Reads a text file to rewrite it: strict UTF-8, byte-order mark kept, nothing normalized. The
 * size limit is applied before anything is read (the file's size from fstat, and never more than
 * the limit plus one byte read, should the file grow meanwhile). `readTextSnapshot` also returns
 * what a later write checks the file against (see atomic-write.ts).
 */
import * as fs from 'node:fs';
import { DiscloseError } from '../errors.js';
import { decodeUtf8 } from '../load/decode-utf8.js';
import { snapshotOf, type FileSnapshot } from './atomic-write.js';

export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export function readTextExact(file: string, maxBytes = MAX_TEXT_BYTES): string {
  return readTextSnapshot(file, maxBytes).text;
}

export function readTextSnapshot(file: string, maxBytes = MAX_TEXT_BYTES): { text: string; snapshot: FileSnapshot } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new DiscloseError('E_FILE_NOT_FOUND', 'file not found or not readable', { file }, 'Check the path.');
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new DiscloseError('E_FILE_NOT_FOUND', 'not a file', { file }, 'Pass the path of a file.');
    const tooLarge = (size: number | string) => new DiscloseError('E_FILE_TOO_LARGE', `file is ${size} bytes; the limit is ${maxBytes} bytes`, { file, line: 1, column: 1 });
    if (st.size > maxBytes) throw tooLarge(st.size);
    let buf = Buffer.alloc(Math.min(maxBytes + 1, st.size + 1));
    let off = 0;
    for (;;) {
      if (off === buf.length) {
        // The file grew since fstat: read on, up to one byte past the limit.
        if (off > maxBytes) throw tooLarge(`more than ${maxBytes}`);
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger);
        buf = bigger;
      }
      let n: number;
      try {
        n = fs.readSync(fd, buf, off, buf.length - off, off);
      } catch {
        throw new DiscloseError('E_FILE_NOT_FOUND', 'file not readable', { file }, 'Check the file\'s permissions.');
      }
      if (n === 0) break;
      off += n;
    }
    const bytes = buf.subarray(0, off);
    return { text: decodeUtf8(bytes, file), snapshot: snapshotOf(fs.fstatSync(fd), bytes) };
  } finally {
    fs.closeSync(fd);
  }
}
