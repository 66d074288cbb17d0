/** Reading fields of Meta's template JSON, with typed errors that name the field at fault. */
import { DiscloseError } from '../errors.js';
import type { ImportedVariable } from './from-meta.js';

export type Json = Record<string, unknown>;

export function fail(file: string | undefined, at: string, message: string): never {
  throw new DiscloseError('E_SCHEMA', `${at}: ${message}`, { file }, "Pass the JSON of one template as Meta's Graph API takes it (name, language, category, components).");
}

export function object(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(file: string | undefined, v: unknown, at: string): string {
  if (typeof v !== 'string') fail(file, at, 'expected a string');
  return v;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : String(x))) : [];
}

export function namedParams(v: unknown): ImportedVariable[] {
  return Array.isArray(v) ? v.filter(object).map((p) => ({ name: String(p['param_name']), example: typeof p['example'] === 'string' ? p['example'] : undefined })) : [];
}
