/** Reading fields of Meta's template JSON, with typed errors that name the field at fault and where it is. */
import { DiscloseError } from '../errors.js';
import type { ImportedVariable } from './from-meta.js';
import type { JsonPos } from './json-positions.js';

export type Json = Record<string, unknown>;

/** Where an entry of a document sits: its path prefix and the positions of the whole text. */
export interface Where {
  file?: string;
  /** The entry's path in the document (`data[3]`), '' for a document that is one template. */
  base: string;
  positions?: Map<string, JsonPos>;
}

export function join(base: string, at: string): string {
  if (!base) return at;
  return at.startsWith('[') ? `${base}${at}` : `${base}.${at}`;
}

/** The position of a path, or of the nearest enclosing value that has one. */
export function posOf(w: Where, at: string): JsonPos | undefined {
  let p = join(w.base, at.replace(/\.?\(top level\)$/, ''));
  for (;;) {
    const found = w.positions?.get(p);
    if (found) return found;
    if (!p) return undefined;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
}

export function fail(w: Where | string | undefined, at: string, message: string, hint?: string): never {
  const where: Where = typeof w === 'object' ? w : { file: w, base: '' };
  const path = join(where.base, at) || '(top level)';
  throw new DiscloseError('E_SCHEMA', `${path}: ${message}`, { file: where.file, ...(posOf(where, at) ?? {}) }, hint ?? "Pass Meta's JSON of a template (name, language, category, components) as the Graph API takes or returns it, or a list of them.");
}

export function object(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(w: Where | string | undefined, v: unknown, at: string): string {
  if (typeof v !== 'string') fail(w, at, v === undefined ? 'missing (expected a string)' : `expected a string, not ${Array.isArray(v) ? 'a list' : typeof v}`);
  return v;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : String(x))) : [];
}

export function namedParams(v: unknown): ImportedVariable[] {
  return Array.isArray(v) ? v.filter(object).map((p) => ({ name: String(p['param_name']), example: typeof p['example'] === 'string' ? p['example'] : undefined })) : [];
}

/** The fields of an object other than `keys`, or undefined when there are none. */
export function rest(o: Json, keys: readonly string[]): Json | undefined {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}
