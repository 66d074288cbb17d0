/**
 * Writes a variant of the check-case base template (test/helpers/check-case.ts) into a folder of
 * its own, changed by `change`, and returns its path: the truth tests each vary one field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { BASE } from './check-case.js';

export function variantWriter(prefix: string): (name: string, change: (t: Record<string, any>) => void) => string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return (name, change) => {
    const raw = structuredClone(BASE) as Record<string, any>;
    change(raw);
    const file = path.join(dir, name);
    writeFileSync(file, stringify(raw));
    return file;
  };
}
