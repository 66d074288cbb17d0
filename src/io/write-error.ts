/**
 * A failed write as the coded error users see (E_WRITE, exit 2) instead of an internal error:
 * a full disk (ENOSPC, EDQUOT), a file-size limit (EFBIG), a read-only or forbidden place (EROFS,
 * EACCES, EPERM), an I/O fault (EIO), too many open files (EMFILE, ENFILE).
 */
import { DiscloseError } from '../errors.js';

const WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

export function isWriteFault(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && WRITE_CODES.has((e as NodeJS.ErrnoException).code!);
}

export function writeError(e: NodeJS.ErrnoException, fallbackFile: string, hint: string): DiscloseError {
  const file = typeof e.path === 'string' ? e.path : fallbackFile;
  return new DiscloseError('E_WRITE', `could not write (${e.code}: ${e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')})`, { file }, hint);
}
