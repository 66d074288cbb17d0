/**
 * Cache files are written in the compact encoding of src/cache/codec.ts (cache format 3): tests that
 * damage an entry decode the file, change one entry as JSON text, and encode it again, so the damage
 * is the one the test names and not a broken table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Decoder, Encoder, type Code } from '../../src/cache/codec.js';

/** Rewrites the first entry whose JSON text `edit` changes; returns whether one changed. */
export function editCacheEntry(file: string, edit: (json: string) => string): boolean {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { values: unknown[]; shapes: string[][]; entries: Record<string, Code> };
  const decoder = Decoder.tables(data.values, data.shapes)!;
  const encoder = new Encoder();
  let changed = false;
  const entries: Record<string, Code> = {};
  for (const [k, code] of Object.entries(data.entries)) {
    const json = JSON.stringify(decoder.decode(code));
    const next = changed ? json : edit(json);
    if (next !== json) changed = true;
    entries[k] = encoder.encode(JSON.parse(next));
  }
  writeFileSync(file, JSON.stringify({ ...data, values: encoder.values, shapes: encoder.shapes, entries }));
  return changed;
}
