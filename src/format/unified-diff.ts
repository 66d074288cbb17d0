/** A unified diff between two texts (jsdiff: a maintained, tested diff implementation). */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return '';
  return createTwoFilesPatch(oldName, newName, ensureEol(oldText), ensureEol(newText), '', '', { context: 3 }).replace(/^=+\n/, '');
}

function ensureEol(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
