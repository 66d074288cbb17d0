/** `lstat` that answers undefined for a path that does not exist (or cannot be read), instead of throwing. */
import { lstatSync, type Stats } from 'node:fs';

export function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
