/** `lstat` that answers undefined for a path that does not exist (or cannot be read), instead of throwing. */
import { lstatSync, type Stats } from 'node:fs';

export function lstatOrUndefined(file: string): Stats | undefined {
  try {
    // A missing path, the common case (every file an export writes is new), without an exception.
    return lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
