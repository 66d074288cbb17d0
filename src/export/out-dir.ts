/**
 * What `--out` may name: nothing yet, or an earlier disclose export, which the new pack replaces
 * whole. A file, a link, or a folder with other contents is refused before anything is written, so
 * a mistyped `--out` can never delete a user's files.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';

export function assertReplaceableOut(out: string): void {
  let st: Stats;
  try {
    st = lstatSync(out);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) throw new DiscloseError('E_PATH', 'the output folder is a symbolic link', { file: out }, 'Pass a real folder for --out.');
  if (!st.isDirectory()) throw new DiscloseError('E_USAGE', '--out names a file, not a folder', { file: out }, 'Pass a new folder, or the folder of an earlier export, which is replaced whole.');
  const names = readdirSync(out);
  if (names.length > 0 && !names.includes('pack.json')) {
    throw new DiscloseError(
      'E_USAGE',
      `refusing to replace ${path.basename(out)}: it holds files but is not a disclose export (no pack.json)`,
      { file: out },
      'The export replaces its --out folder whole. Pass a new folder, or the folder of an earlier export.',
    );
  }
}
