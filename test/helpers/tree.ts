import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES } from './examples.js';

export function tmp(prefix = 'disclose-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A copy of the examples (organization + templates) to change in a test. */
export function copyExamples(): string {
  const dir = tmp();
  cpSync(path.join(EXAMPLES, 'organization.yaml'), path.join(dir, 'organization.yaml'));
  cpSync(path.join(EXAMPLES, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/** Every file below `dir` with its bytes, by relative path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}
