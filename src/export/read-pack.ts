/**
 * Reads the JSON files of an earlier export (`--since`, shards to merge): strict UTF-8, a JSON
 * syntax error at its line and column, and a shape check, so a damaged pack is an input error
 * rather than a crash.
 */
import { readFileSync } from 'node:fs';
import { DiscloseError } from '../errors.js';
import { decodeUtf8 } from '../load/decode-utf8.js';
import { parseJson } from '../load/json-file.js';

export function readPackJson<T>(file: string, fits: (value: unknown) => boolean, what: string): T {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new DiscloseError('E_FILE_NOT_FOUND', 'file not found or not readable', { file }, 'Pass a folder written by `disclose export`.');
  }
  const value = parseJson(decodeUtf8(bytes, file), file);
  if (!fits(value)) throw new DiscloseError('E_JSON', `not ${what}`, { file, line: 1, column: 1 }, 'Pass a folder written by `disclose export` with this version of disclose.');
  return value as T;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (o: Record<string, unknown>, keys: string[]) => keys.every((k) => typeof o[k] === 'string');

/** A row of summary.json: the keys the change log reads. */
export function isSummaryRows(v: unknown): boolean {
  return Array.isArray(v) && v.every((r) => isObject(r) && strings(r, ['template', 'region', 'locale', 'footer', 'footerHash', 'clauseHash']));
}

/** data/<id>.json: a template's record with its results. */
export function isExportRecord(v: unknown): boolean {
  if (!isObject(v) || !strings(v, ['template', 'channel']) || !Array.isArray(v['lint']) || !Array.isArray(v['results'])) return false;
  return v['results'].every((r) => isObject(r) && strings(r, ['region', 'locale']) && isObject(r['footer']) && isObject(r['clause']) && Array.isArray(r['findings']));
}
