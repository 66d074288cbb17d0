/**
 * Reads the JSON files of an earlier export (`--since`, shards to merge): strict UTF-8, a JSON
 * syntax error at its line and column, and a shape check, so a damaged pack is an input error
 * rather than a crash.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { decodeUtf8 } from '../load/decode-utf8.js';
import { parseJson } from '../load/json-file.js';
import { lstatOrUndefined } from '../io/lstat.js';
import type { Finding } from '../check/finding.js';
import type { ExportRecord, ExportResult } from './model.js';
import { findingHash, readTexts, splitClause, TEXTS_FILE, type FindingText, type FlowsText, type TextLookup, type TextSink, type TextTable } from './text-store.js';

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
 * data/<id>.json as written (pack format 5). Each distinct finding of the template once, in
 * `findings`, and the lint list and every cell naming theirs by index; a finding leaves out what
 * its record or cell already says — the template, its file, the cell's region and locale — and
 * says `null` for one of those it does not have (format 4). Each cell's footer and clause body are
 * named by hash (`ref`) in the pack's texts.json, where each distinct one is kept once
 * (`text-store.ts`); the cell keeps the clause's heading line. Written by `compactRecord`, read back
 * by `expandRecord` (which also takes format 4's and 3's records, whose texts are written out).
 */
export interface StoredResult extends Omit<ExportResult, 'findings' | 'footer' | 'clause'> {
  footer: Omit<ExportResult['footer'], 'text'> & { ref: string };
  clause: Omit<ExportResult['clause'], 'text' | 'unsettled'> & { heading: string; ref: string };
  findings: number[];
}

export interface StoredRecord extends Omit<ExportRecord, 'lint' | 'results' | 'flows' | 'flowTable' | 'flowsPage'> {
  /** Format 7: the hash of its flows (raw, table and diagram) in texts.json; format 6 and before: the raw flows. */
  flows: string | unknown[];
  findings: Array<Record<string, unknown>>;
  lint: number[];
  results: StoredResult[];
}

/** A record of format 4 or 3: texts written out in each cell. */
type OlderRecord = Omit<StoredRecord, 'results'> & { results: Array<Omit<ExportResult, 'findings'> & { findings: number[] }> };

/** The keys a finding's context can supply, and the order of a Finding's keys when read back. */
const CONTEXT = ['template', 'region', 'locale'] as const;
export const FINDING_KEY_ORDER = ['ruleId', 'severity', 'messageId', 'message', 'data', 'file', 'line', 'column', 'template', 'region', 'locale', 'fix'] as const;

/** What a finding's entry in a record keeps itself: its place and what differs from its record's and cell's context. */
const OWN = new Set(['line', 'column', 'file', ...CONTEXT]);

/**
 * A finding as a record stores it: its own part (place, and context its record and cell do not
 * give) and its text (everything else: rule, severity, message, data, fix), which is the same for
 * every template with the same finding and is kept once for the pack.
 */
function storedFinding(f: Finding, rec: Pick<ExportRecord, 'template' | 'file'>, region: string | undefined, locale: string | undefined): { own: Record<string, unknown>; text: FindingText } {
  const ctx: Record<string, string | undefined> = { template: rec.template, region, locale };
  const own: Record<string, unknown> = {};
  const text: FindingText = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined) continue;
    if (k === 'file' && v === rec.file) continue;
    if ((CONTEXT as readonly string[]).includes(k) && v === ctx[k]) continue;
    (OWN.has(k) ? own : text)[k] = v;
  }
  for (const k of CONTEXT) if (f[k] === undefined && ctx[k] !== undefined) own[k] = null;
  return { own, text };
}

/** The hash of a finding's text: what a record names it by, and the name of its page (`findings/<hash>.html`). */
export function findingTextHash(f: Finding, rec: Pick<ExportRecord, 'template' | 'file'>, region: string | undefined, locale: string | undefined): string {
  return findingHash(storedFinding(f, rec, region, locale).text);
}

/** A record's flows as the pack keeps them once for every template with the same flows (pack format 7). */
export function flowsText(rec: Pick<ExportRecord, 'flows' | 'diagram' | 'flowsPage'>): FlowsText {
  return { flows: rec.flows, ...(rec.diagram ? { diagram: rec.diagram } : {}), ...(rec.flowsPage ? { page: rec.flowsPage } : {}) };
}

/** The hashes of the finding texts a record names (what `compactRecord` puts in `texts`). */
export function findingTextHashes(rec: ExportRecord): string[] {
  const all = [...rec.lint.map((f) => storedFinding(f, rec, undefined, undefined)), ...rec.results.flatMap((r) => r.findings.map((f) => storedFinding(f, rec, r.region, r.locale)))];
  return [...new Set(all.map((x) => findingHash(x.text)))];
}

/** The record as stored: its texts go to `texts`, which names each by hash. */
export function compactRecord(rec: ExportRecord, texts: TextSink): StoredRecord {
  const table: Array<Record<string, unknown>> = [];
  const index = new Map<string, number>();
  const refs = (findings: Finding[], region: string | undefined, locale: string | undefined): number[] =>
    findings.map((f) => {
      const { own, text } = storedFinding(f, rec, region, locale);
      const body = { ref: texts.addFinding(text), ...own };
      const key = JSON.stringify(body);
      let i = index.get(key);
      if (i === undefined) {
        i = table.push(body) - 1;
        index.set(key, i);
      }
      return i;
    });
  const lint = refs(rec.lint, undefined, undefined);
  const results = rec.results.map(({ findings, footer: { text: footerText, ...footer }, clause: { text, unsettled, ...clause }, ...r }): StoredResult => {
    const { heading, body } = splitClause(text);
    const ref = texts.addBody({ locale: r.locale, text: body, ...(unsettled?.length ? { unsettled } : {}) });
    return { ...r, footer: { ref: texts.addFooter(footerText), ...footer }, clause: { ...clause, heading, ref }, findings: refs(findings, r.region, r.locale) };
  });
  // The flows (raw, and the files of their page and diagram) once for every template with the same flows (pack format 7).
  const { lint: _l, results: _r, flowTable: _t, flows: _f, flowsPage: _p, ...head } = rec;
  return { ...head, flows: texts.addFlows(flowsText(rec)), findings: table, lint, results };
}

/**
 * A stored record read back whole. A record of format 5 needs the pack's texts (`texts`); one of
 * format 4 or 3 holds its own.
 */
export function expandRecord(stored: StoredRecord | OlderRecord | ExportRecord, texts?: TextLookup, file = 'data record'): ExportRecord {
  if (!('findings' in stored) || !Array.isArray((stored as StoredRecord).findings)) return stored as ExportRecord;
  const s = stored as StoredRecord | OlderRecord;
  const missing = (what: string, hash: string) =>
    new DiscloseError('E_JSON', `the ${what} ${hash} the record names is not in the pack's texts.json`, { file, line: 1, column: 1 }, 'Pass a folder written by `disclose export`, whole (texts.json with data/).');
  const expand = (refs: number[], region: string | undefined, locale: string | undefined): Finding[] =>
    refs.map((i) => {
      const stored = s.findings[i]!;
      const ref = stored['ref'];
      let body = stored;
      if (typeof ref === 'string') {
        const text = texts?.finding(ref);
        if (!text) throw missing('finding', ref);
        body = { ...text, ...stored };
      }
      const ctx: Record<string, unknown> = { file: s.file, template: s.template, region, locale };
      const f: Record<string, unknown> = {};
      for (const k of FINDING_KEY_ORDER) {
        const v = k in body ? body[k] : ctx[k];
        if (v !== undefined && v !== null) f[k] = v;
      }
      return f as unknown as Finding;
    });
  const cell = (r: StoredResult | (Omit<ExportResult, 'findings'> & { findings: number[] })): Omit<ExportResult, 'findings'> => {
    if (!('ref' in r.clause)) return r as Omit<ExportResult, 'findings'>;
    const { findings: _f, footer: { ref: footerRef, ...footer }, clause: { heading, ref, ...clause }, ...rest } = r as StoredResult;
    const body = texts?.body(ref);
    if (!body) throw missing('clause text', ref);
    const footerText = texts?.footer(footerRef);
    if (footerText === undefined) throw missing('footer', footerRef);
    return { ...rest, footer: { text: footerText, ...footer }, clause: { ...clause, text: heading + body.text, ...(body.unsettled ? { unsettled: body.unsettled } : {}) } };
  };
  const { findings: _f, lint, results, flows, ...head } = s;
  // Format 7 names its flows; 6 and before hold the raw flows (and no page of them).
  let flowsOf: Pick<ExportRecord, 'flows' | 'flowsPage'> = { flows: flows as unknown[] };
  if (typeof flows === 'string') {
    const f = texts?.flows(flows);
    if (!f) throw missing('flows', flows);
    flowsOf = { flows: f.flows, ...(f.page ? { flowsPage: f.page } : {}) };
  }
  return { ...head, ...flowsOf, lint: expand(lint, undefined, undefined), results: results.map((r) => ({ ...cell(r), findings: expand(r.findings, r.region, r.locale) })) };
}

const isRefs = (v: unknown, n: number) => Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < n);
const isCellTexts = (r: Record<string, unknown>) => {
  const footer = r['footer'];
  const clause = r['clause'];
  if (!isObject(footer) || !isObject(clause)) return false;
  // Format 5 names its texts; 4 and 3 hold them.
  return 'ref' in clause ? typeof clause['ref'] === 'string' && typeof clause['heading'] === 'string' && typeof footer['ref'] === 'string' : typeof clause['text'] === 'string' && typeof footer['text'] === 'string';
};

/** data/<id>.json of format 5 (or 4, or 3), checked and read back as an ExportRecord. */
export function isStoredRecord(v: unknown): boolean {
  if (!isObject(v) || !Array.isArray(v['findings'])) return isExportRecord(v);
  const table = v['findings'];
  if (!table.every(isObject) || !strings(v, ['template', 'channel', 'file']) || !isRefs(v['lint'], table.length) || !Array.isArray(v['results'])) return false;
  // Format 6: the page's diagram, a file of the pack by the hash of its content.
  if (v['diagram'] !== undefined && !(typeof v['diagram'] === 'string' && /^diagrams\/[0-9a-f]{16}\.svg$/.test(v['diagram']))) return false;
  // Format 7: the flows by their hash in texts.json; before, the raw flows.
  if (!(Array.isArray(v['flows']) || (typeof v['flows'] === 'string' && /^[0-9a-f]{16}$/.test(v['flows'])))) return false;
  return v['results'].every((r) => isObject(r) && strings(r, ['region', 'locale']) && isCellTexts(r) && isRefs(r['findings'], table.length));
}

/** The texts.json of the packs records were read from, one at a time (records are read pack by pack). */
let lastTexts: { key: string; table: TextTable } | undefined;

function packTexts(record: string): TextTable {
  const file = path.join(path.dirname(path.dirname(record)), TEXTS_FILE);
  // The same file as last time: same path, inode, size and modification time.
  const st = lstatOrUndefined(file);
  const key = st ? `${file}\u0000${st.ino}\u0000${st.size}\u0000${st.mtimeMs}` : '';
  if (!key || lastTexts?.key !== key) lastTexts = { key, table: readTexts(file) };
  return lastTexts.table;
}

/**
 * Reads a template's record of a pack (format 5, 4 or 3). A record of format 5 names its texts:
 * they come from `texts` when given (the pack being built), else from the pack's texts.json.
 */
export function readExportRecord(file: string, texts?: TextLookup): ExportRecord {
  const stored = readPackJson<StoredRecord | ExportRecord>(file, isStoredRecord, 'a template record of a disclose export');
  const named = 'findings' in stored && Array.isArray(stored.findings) && (typeof stored.flows === 'string' || stored.results.some((r) => 'ref' in r.clause) || stored.findings.some((f) => 'ref' in f));
  return expandRecord(stored, named ? (texts ?? packTexts(file)) : undefined, file);
}
