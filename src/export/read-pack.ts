/**
 * Reads the JSON files of an earlier export (`--since`, shards to merge): strict UTF-8, a JSON
 * syntax error at its line and column, and a shape check, so a damaged pack is an input error
 * rather than a crash.
 */
import { readFileSync } from 'node:fs';
import { DiscloseError } from '../errors.js';
import { decodeUtf8 } from '../load/decode-utf8.js';
import { parseJson } from '../load/json-file.js';
import type { Finding } from '../check/finding.js';
import type { ExportRecord, ExportResult } from './model.js';

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

/**
 * data/<id>.json as written (pack format 4): each distinct finding of the template once, in
 * `findings`, and the lint list and every cell naming theirs by index; a finding leaves out what
 * its record or cell already says — the template, its file, the cell's region and locale — and
 * says `null` for one of those it does not have. Written by `compactRecord`, read back by
 * `expandRecord` (which also takes format 3's records, with the findings written out in full).
 */
export interface StoredRecord extends Omit<ExportRecord, 'lint' | 'results'> {
  findings: Array<Record<string, unknown>>;
  lint: number[];
  results: Array<Omit<ExportResult, 'findings'> & { findings: number[] }>;
}

/** The keys a finding's context can supply, and the order of a Finding's keys when read back. */
const CONTEXT = ['template', 'region', 'locale'] as const;
const KEY_ORDER = ['ruleId', 'severity', 'messageId', 'message', 'data', 'file', 'line', 'column', 'template', 'region', 'locale', 'fix'] as const;

export function compactRecord(rec: ExportRecord): StoredRecord {
  const table: Array<Record<string, unknown>> = [];
  const index = new Map<string, number>();
  const refs = (findings: Finding[], region: string | undefined, locale: string | undefined): number[] =>
    findings.map((f) => {
      const ctx: Record<string, string | undefined> = { template: rec.template, region, locale };
      const body: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(f)) {
        if (v === undefined) continue;
        if (k === 'file' && v === rec.file) continue;
        if ((CONTEXT as readonly string[]).includes(k) && v === ctx[k]) continue;
        body[k] = v;
      }
      for (const k of CONTEXT) if (f[k] === undefined && ctx[k] !== undefined) body[k] = null;
      const key = JSON.stringify(body);
      let i = index.get(key);
      if (i === undefined) {
        i = table.push(body) - 1;
        index.set(key, i);
      }
      return i;
    });
  const lint = refs(rec.lint, undefined, undefined);
  const results = rec.results.map(({ findings, ...r }) => ({ ...r, findings: refs(findings, r.region, r.locale) }));
  const { lint: _l, results: _r, ...head } = rec;
  return { ...head, findings: table, lint, results };
}

export function expandRecord(stored: StoredRecord | ExportRecord): ExportRecord {
  if (!('findings' in stored) || !Array.isArray((stored as StoredRecord).findings)) return stored as ExportRecord;
  const s = stored as StoredRecord;
  const expand = (refs: number[], region: string | undefined, locale: string | undefined): Finding[] =>
    refs.map((i) => {
      const body = s.findings[i]!;
      const ctx: Record<string, unknown> = { file: s.file, template: s.template, region, locale };
      const f: Record<string, unknown> = {};
      for (const k of KEY_ORDER) {
        const v = k in body ? body[k] : ctx[k];
        if (v !== undefined && v !== null) f[k] = v;
      }
      return f as unknown as Finding;
    });
  const { findings: _f, lint, results, ...head } = s;
  return { ...head, lint: expand(lint, undefined, undefined), results: results.map(({ findings, ...r }) => ({ ...r, findings: expand(findings, r.region, r.locale) })) };
}

const isRefs = (v: unknown, n: number) => Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < n);

/** data/<id>.json of format 4 (or 3), checked and read back as an ExportRecord. */
export function isStoredRecord(v: unknown): boolean {
  if (!isObject(v) || !Array.isArray(v['findings'])) return isExportRecord(v);
  const table = v['findings'];
  if (!table.every(isObject) || !strings(v, ['template', 'channel', 'file']) || !isRefs(v['lint'], table.length) || !Array.isArray(v['results'])) return false;
  return v['results'].every((r) => isObject(r) && strings(r, ['region', 'locale']) && isObject(r['footer']) && isObject(r['clause']) && isRefs(r['findings'], table.length));
}

/** Reads a template's record of a pack (format 4 or 3). */
export function readExportRecord(file: string): ExportRecord {
  return expandRecord(readPackJson<StoredRecord | ExportRecord>(file, isStoredRecord, 'a template record of a disclose export'));
}
