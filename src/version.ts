import { readFileSync } from 'node:fs';
import { packagePath } from './load/package-root.js';

let version: string | undefined;
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
