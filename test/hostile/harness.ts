/** Shared by the hostile-input tests: the corpus manifest, the prototype guard and the error line. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/examples.js';
import { readTree } from '../helpers/tree.js';

export const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');
export const GOOD = { organization: path.join(HOSTILE, 'good', 'organization.yaml'), templates: path.join(HOSTILE, 'good', 'templates') };

export interface Case {
  input: string;
  file?: string;
  code: string;
  at: string;
  why: string;
  run?: string[];
}

export interface Manifest {
  commands: Record<string, string[]>;
  cases: Case[];
}

export function loadManifest(): Manifest {
  return parse(readFileSync(path.join(HOSTILE, 'expected.yaml'), 'utf8')) as Manifest;
}

/** The error codes `src/errors.ts` declares. */
export function declaredCodes(): string[] {
  const text = readFileSync(path.join(ROOT, 'src', 'errors.ts'), 'utf8');
  const union = /export type ErrorCode =([^;]*);/.exec(text)![1]!;
  return [...union.matchAll(/'(E_[A-Z_]+)'/g)].map((m) => m[1]!);
}

const PROTOTYPES: Array<[string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
  ['Boolean', Boolean.prototype],
];

/** Every own key of the built-in prototypes, and what a fresh object inherits enumerably. */
export function prototypeSnapshot(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, proto] of PROTOTYPES) out[name] = Reflect.ownKeys(proto).map(String).sort();
  const inherited: string[] = [];
  for (const k in {}) inherited.push(k);
  out['for-in {}'] = inherited;
  return out;
}

/** The first line of standard error that carries an error, as `DiscloseError.format` writes it. */
export function errorLine(err: string): string {
  return err.split('\n').find((l) => / error: |^error: /.test(l) && /\[E_[A-Z_]+\]$/.test(l)) ?? '';
}

/** What the error line must start with for a case's `at`. */
export function expectedPrefix(file: string | undefined, at: string): string {
  if (at === 'any') return '';
  if (at === 'none') return 'error: ';
  // Printed relative to the working directory (the hostile folder), as findings are (issue 20).
  const shown = path.relative(HOSTILE, path.join(HOSTILE, file!)).split(path.sep).join('/') || '.';
  return at === 'file' ? `${shown}: error: ` : `${shown}:${at}: error: `;
}

/** The bytes of a file, or of every file below a folder. */
export function snapshot(p: string): Map<string, Buffer> {
  if (!existsSync(p)) return new Map();
  return statSync(p).isDirectory() ? readTree(p) : new Map([['', readFileSync(p)]]);
}
