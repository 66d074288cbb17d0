/**
 * An input or usage error as the command line prints it: the file relative to the working
 * directory (as findings print theirs), a "did you mean" for a file that does not exist when a
 * file beside it has a close name, control characters escaped, and "error" in red on a terminal.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { closest, suggestion } from '../util/did-you-mean.js';
import { relativePath } from '../format/paths.js';
import { paint } from '../format/color.js';
import { printable } from '../format/printable.js';
import type { IO } from './io.js';

/** Names in the folder of a missing file, for a suggestion; none when the folder cannot be read. */
function siblings(file: string): string[] {
  try {
    return readdirSync(path.dirname(file));
  } catch {
    return [];
  }
}

export function formatCliError(e: DiscloseError, io: IO): string {
  const file = e.file ? relativePath(e.file, io.cwd) || '.' : undefined;
  let hint = e.hint;
  if (e.code === 'E_FILE_NOT_FOUND' && e.file) {
    const abs = path.resolve(io.cwd, e.file);
    const near = closest(path.basename(abs), siblings(abs));
    if (near) {
      const dir = relativePath(path.dirname(abs), io.cwd);
      hint = `Did you mean "${dir ? `${dir}/` : ''}${near}"?${hint ? ` ${hint}` : ''}`;
    }
  }
  // Regions and locales: the hint lists the known ones ("Known regions: eu, sg."); the name asked for is the last quoted one.
  if ((e.code === 'E_UNKNOWN_REGION' || e.code === 'E_UNKNOWN_LOCALE') && hint && !hint.startsWith('Did you mean')) {
    const asked = [...e.message.matchAll(/"([^"]+)"/g)].at(-1)?.[1];
    const known = /(?:regions|locales|Locales of [^:]+): ([^.;]+)[.;]/.exec(hint)?.[1]?.split(', ');
    if (asked && known) hint = `${suggestion(asked, known)}${hint}`;
  }
  const text = printable(new DiscloseError(e.code, e.message, { ...(file !== undefined ? { file } : {}), ...(e.line !== undefined ? { line: e.line } : {}), ...(e.column !== undefined ? { column: e.column } : {}) }, hint).format());
  const p = paint(io.color?.err ?? false);
  return text.replace(/(^|: )error: /, (_m, pre: string) => `${pre}${p.bold(p.red('error:'))} `).replace(/\[(E_[A-Z_]+)\]/, (m) => p.dim(m));
}
