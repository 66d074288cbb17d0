/** Where disclose's own data folders (regions, snippets, locales, taxonomy, channels, schemas) live. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Both src/load/*.ts (tests) and dist/load/*.js (built) sit two folders below the package root.
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}
