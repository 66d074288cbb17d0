/**
 * Sign-offs that last. A reviewer signs off a cell (template × region × locale) by filling the
 * `reviewer` and `signed_off` columns of summary.csv; the row's `content_hash` names what was
 * signed: the cell's footer, clause and findings. The next export with `--since` reads that CSV
 * (or `--signoffs <file>`) and for each cell
 * - carries the sign-off over when the cell's content hash is unchanged ("signed off"),
 * - marks it "needs re-review", with what changed and the diff, when anything changed,
 * - leaves it "pending" when no one signed it off.
 * A sign-off that does not match the pack it was signed in — an unknown template, region or
 * locale, a content hash that is not that cell's, a missing name or date, a cell signed twice — is
 * reported and never applied.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../check/finding.js';
import { DiscloseError } from '../errors.js';
import { relativePath } from '../format/paths.js';
import { unifiedDiff } from '../format/unified-diff.js';
import { decodeUtf8 } from '../load/decode-utf8.js';
import { escapeHtml as h } from './html-escape.js';
import type { ExportRecord, ExportResult, SummaryRow } from './model.js';
import { dataName, sectionId } from './names.js';
import { parseCsv } from './read-csv.js';
import { readExportRecord } from './read-pack.js';
import { rowKey } from './summary-json.js';

export type ReviewState = 'signed-off' | 'needs-re-review' | 'pending';

export interface SignOff {
  reviewer: string;
  /** As the reviewer wrote it: a date (2026-12-06) or a date and time. */
  date: string;
  /** The content hash of the cell that was signed off. */
  hash: string;
}

export interface CellReview {
  state: ReviewState;
  /** The sign-off in force (signed off) or the one that no longer holds (needs re-review). */
  signoff?: SignOff;
  /** For needs re-review: what changed (footer, clause, findings) and the diff. */
  changed?: string[];
  diff?: string;
}

export interface SignOffProblem {
  file: string;
  line: number;
  /** "template · region · locale" as the row names it. */
  cell: string;
  message: string;
}

const MAX_SIGNOFF_BYTES = 64 * 1024 * 1024;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * What a sign-off covers: the cell's footer, its clause (with companion texts) and its findings
 * by rule, severity and message (not by line: moving a template's lines changes nothing signed).
 */
export function cellHash(result: Pick<ExportResult, 'footer' | 'clause'>, findings: Finding[]): string {
  const h = createHash('sha256');
  h.update(`footer\u0000${result.footer.text}\u0000clause\u0000${result.clause.text}\u0000`);
  for (const c of result.clause.companions) h.update(`companion\u0000${c.locale}\u0000${c.text}\u0000`);
  for (const f of findingLines(findings)) h.update(`finding\u0000${f}\u0000`);
  return h.digest('hex').slice(0, 16);
}

function findingLines(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`))].sort();
}

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && (m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60));
}

export interface SignOffs {
  file: string;
  byCell: Map<string, SignOff & { line: number }>;
  problems: SignOffProblem[];
}

/**
 * Reads the sign-offs of a CSV (summary.csv of the previous pack, filled in by a reviewer) and
 * checks each against the rows of that pack (`prevRows`, from its summary.json).
 */
export function readSignOffs(file: string, prevRows: Map<string, SummaryRow>, cwd: string): SignOffs {
  const shown = relativePath(file, cwd);
  const result: SignOffs = { file: shown, byCell: new Map(), problems: [] };
  if (!existsSync(file)) return result;
  const bytes = readFileSync(file);
  if (bytes.length > MAX_SIGNOFF_BYTES) throw new DiscloseError('E_FILE_TOO_LARGE', `larger than ${MAX_SIGNOFF_BYTES / 1024 / 1024} MB`, { file }, 'Pass the summary.csv of a review pack.');
  const records = parseCsv(decodeUtf8(bytes, file), file);
  const header = records.shift();
  if (!header) return result;
  const col = (name: string) => header.values.indexOf(name);
  const at = { template: col('template'), region: col('region'), locale: col('locale'), reviewer: col('reviewer'), signed: col('signed_off'), hash: col('content_hash') };
  if (at.template < 0 || at.region < 0 || at.locale < 0 || at.reviewer < 0 || at.signed < 0) {
    throw new DiscloseError('E_USAGE', 'not a sign-off sheet: it needs the columns template, region, locale, reviewer, signed_off and content_hash', { file, line: header.line, column: 1 }, 'Fill in the summary.csv of the previous pack (keep its header row) and pass that.');
  }
  const get = (values: string[], i: number) => (i >= 0 ? (values[i] ?? '').trim() : '');
  for (const { line, values } of records) {
    const template = get(values, at.template);
    const region = get(values, at.region);
    const locale = get(values, at.locale);
    const reviewer = get(values, at.reviewer);
    const date = get(values, at.signed);
    const hash = get(values, at.hash);
    if (!reviewer && !date) continue;
    const cell = `${template} · ${region} · ${locale}`;
    const problem = (message: string) => result.problems.push({ file: shown, line, cell, message });
    const key = rowKey({ template, region, locale });
    const prev = prevRows.get(key);
    if (!reviewer || !date) problem(`a sign-off needs both a reviewer and a signed_off date; this row has only ${reviewer ? 'the reviewer' : 'the date'}`);
    else if (!validDate(date)) problem(`signed_off "${date}" is not a date (write it as 2026-12-06, or 2026-12-06T14:30Z)`);
    else if (!prev) problem(`the pack it was signed in has no template "${template}" in ${region} · ${locale}`);
    else if (!hash) problem('the row has no content_hash, so what was signed off is unknown');
    else if (hash !== prev.cellHash) problem(`the content_hash ${hash} is not that of the cell in the pack it was signed in (${prev.cellHash ?? 'none'}): the row was edited or copied from another pack`);
    else if (result.byCell.has(key)) problem(`the cell is signed off twice (also on line ${result.byCell.get(key)!.line})`);
    else result.byCell.set(key, { reviewer, date, hash, line });
  }
  return result;
}

/** Review states of an export's cells, worked out row by row as the aggregates are written. */
export class Reviews {
  readonly counts: Record<ReviewState, number> = { 'signed-off': 0, 'needs-re-review': 0, pending: 0 };
  private readonly invalidated: Array<{ row: SummaryRow; review: CellReview }> = [];
  private readonly used = new Set<string>();
  private cached: { name: string; record: ExportRecord | undefined } | undefined;

  constructor(
    private readonly signoffs: SignOffs | undefined,
    private readonly prevDir: string | undefined,
  ) {}

  get problems(): SignOffProblem[] {
    return this.signoffs?.problems ?? [];
  }

  /** The review of one cell; `prev` is the previous pack's row of that cell. */
  review(row: SummaryRow, now: ExportResult, findings: Finding[], prev: SummaryRow | undefined): CellReview {
    const key = rowKey(row);
    const s = this.signoffs?.byCell.get(key);
    let review: CellReview;
    if (!s) review = { state: 'pending' };
    else {
      this.used.add(key);
      const signoff = { reviewer: s.reviewer, date: s.date, hash: s.hash };
      if (s.hash === row.cellHash) review = { state: 'signed-off', signoff };
      else review = { state: 'needs-re-review', signoff, ...this.whatChanged(row, now, findings, prev) };
    }
    this.counts[review.state]++;
    if (review.state === 'needs-re-review') this.invalidated.push({ row, review });
    return review;
  }

  /** Sign-offs of cells this export does not have (a template removed, a region not exported): reported, not carried. */
  finish(): void {
    if (!this.signoffs) return;
    for (const [key, s] of this.signoffs.byCell) {
      if (this.used.has(key)) continue;
      const [template, region, locale] = key.split('\u0000');
      this.signoffs.problems.push({ file: this.signoffs.file, line: s.line, cell: `${template} · ${region} · ${locale}`, message: 'this export has no such cell (template removed, or region or locale not exported): the sign-off is not carried over' });
    }
    this.signoffs.problems.sort((a, b) => a.line - b.line);
  }

  private whatChanged(row: SummaryRow, now: ExportResult, findings: Finding[], prev: SummaryRow | undefined): { changed: string[]; diff: string } {
    const old = this.previous(row.template)?.results.find((r) => r.region === row.region && r.locale === row.locale);
    const label = `${row.template} · ${row.region} · ${row.locale}`;
    const changed: string[] = [];
    const parts: string[] = [];
    const oldFooter = old?.footer.text ?? prev?.footer ?? '';
    if (oldFooter !== now.footer.text) {
      changed.push('footer');
      parts.push(unifiedDiff(oldFooter, now.footer.text, `${label} footer (signed off)`, `${label} footer (now)`));
    }
    const clause = (r: ExportResult | undefined) => (r ? [r.clause.text, ...r.clause.companions.map((c) => c.text)].join('\n') : '');
    if (old && clause(old) !== clause(now)) {
      changed.push('clause');
      parts.push(unifiedDiff(clause(old), clause(now), `${label} clause (signed off)`, `${label} clause (now)`));
    }
    const before = old ? findingLines([...(this.previous(row.template)?.lint ?? []), ...old.findings]) : [];
    const after = findingLines(findings);
    if (before.join('\n') !== after.join('\n')) {
      changed.push('findings');
      parts.push(unifiedDiff(before.join('\n'), after.join('\n'), `${label} findings (signed off)`, `${label} findings (now)`));
    }
    if (changed.length === 0) changed.push('content');
    return { changed, diff: parts.filter(Boolean).join('\n') };
  }

  private previous(template: string): ExportRecord | undefined {
    if (!this.prevDir) return undefined;
    const name = dataName(template);
    if (this.cached?.name !== name) {
      const file = path.join(this.prevDir, 'data', name);
      this.cached = { name, record: existsSync(file) ? readExportRecord(file) : undefined };
    }
    return this.cached.record;
  }

  summaryText(): string {
    const c = this.counts;
    return `${c['signed-off']} signed off, ${c['needs-re-review']} need${c['needs-re-review'] === 1 ? 's' : ''} re-review, ${c.pending} pending`;
  }

  /** The review section of index.html: counts, cells to review again with their diffs, sign-offs not applied. */
  html(): string {
    const out = [`<h2 id="review">Review</h2>`, `<p id="review-counts" data-signed-off="${this.counts['signed-off']}" data-needs-re-review="${this.counts['needs-re-review']}" data-pending="${this.counts.pending}">Cells: <span class="review signed-off">${this.counts['signed-off']} signed off</span> <span class="review needs-re-review">${this.counts['needs-re-review']} need${this.counts['needs-re-review'] === 1 ? 's' : ''} re-review</span> <span class="review pending">${this.counts.pending} pending</span></p>`];
    if (this.invalidated.length) {
      out.push('<h3>Needs re-review: changed since it was signed off</h3>', '<ul id="re-review">');
      for (const { row, review } of this.invalidated) {
        out.push(`<li><a href="pages/${h(row.page)}#${h(sectionId(row.region, row.locale))}">${h(row.template)} · ${h(row.region)} · ${h(row.locale)}</a>: signed off by ${h(review.signoff!.reviewer)} on ${h(review.signoff!.date)}; changed: ${h(review.changed!.join(', '))}${diffHtml(review.diff)}</li>`);
      }
      out.push('</ul>');
    }
    if (this.problems.length) {
      out.push('<h3>Sign-offs not applied</h3>', '<ul id="signoff-problems">');
      for (const p of this.problems) out.push(`<li>${h(p.file)}:${p.line} (${h(p.cell)}): ${h(p.message)}</li>`);
      out.push('</ul>');
    }
    return `${out.join('\n')}\n`;
  }

  markdown(escape: (s: string) => string): string {
    const out = ['', '## Review', '', `Cells: ${this.summaryText()}.`, ''];
    for (const { row, review } of this.invalidated) out.push(`- needs re-review: ${escape(row.template)} · ${escape(row.region)} · ${escape(row.locale)} (signed off by ${escape(review.signoff!.reviewer)} on ${escape(review.signoff!.date)}; changed: ${review.changed!.join(', ')})`);
    for (const p of this.problems) out.push(`- sign-off not applied: ${escape(p.file)}:${p.line} (${escape(p.cell)}): ${escape(p.message)}`);
    return `${out.join('\n')}\n`;
  }
}

export function diffHtml(diff: string | undefined): string {
  if (!diff) return '';
  const lines = diff
    .trimEnd()
    .split('\n')
    .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? `<ins>${h(l)}</ins>` : l.startsWith('-') && !l.startsWith('---') ? `<del>${h(l)}</del>` : h(l)));
  return `<pre class="diff">${lines.join('\n')}</pre>`;
}
