/** The fixture project (own config, regions and approved wording) and copies of it to change. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './examples.js';
import { tmp } from './tree.js';

export const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'project');
export const FIXTURE_CONFIG = path.join(FIXTURE, 'disclose.config.yaml');

/** A copy of the fixture project in a temporary folder. */
export function copyFixture(): string {
  const dir = tmp('disclose-project-');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file of a copied project (the text must be there). */
export function edit(dir: string, file: string, from: string | RegExp, to: string): string {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${String(from)} not in ${file}`);
  writeFileSync(full, after);
  return after;
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(path.join(dir, file), text);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function lineCol(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
