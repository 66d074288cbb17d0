/** summary.csv: one row per template × region × locale, UTF-8 with a byte-order mark, CRLF (RFC 4180). */
import type { SummaryRow } from './model.js';
import { FileSink, type CopySource } from './file-sink.js';

// A reviewer signs a cell off by filling `reviewer` and `signed_off`; `content_hash` names what they
// signed (the cell's footer, clause and findings) and must be left as it is (`signoffs.ts`).
const COLUMNS = ['template', 'region', 'locale', 'channel', 'status', 'errors', 'warnings', 'infos', 'footer', 'clause_id', 'clause_number', 'change', 'review', 'reviewer', 'signed_off', 'content_hash'];

// Also after line breaks and ideographic spaces, and in their full-width forms (＝ ＋ － ＠), which
// spreadsheets in CJK locales take as formula signs.
const FORMULA = /^(?:[\t\r\n]|[ \u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

function cell(v: string | number): string {
  const s = String(v);
  // A leading = + - @ (also after spaces, which some imports trim), tab or CR would make
  // spreadsheets evaluate the cell; quote it with an apostrophe.
  const safe = FORMULA.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export class CsvSummary {
  private sink: FileSink;
  constructor(file: string) {
    this.sink = new FileSink(file);
    this.sink.write(`\ufeff${COLUMNS.join(',')}\r\n`);
  }
  row(r: SummaryRow): void {
    // A sign-off that no longer holds is shown in `review`; its columns are left for a new one.
    const review = r.review === 'needs-re-review' ? `needs re-review (signed off by ${r.reviewer} on ${r.signedOff})` : r.review === 'signed-off' ? 'signed off' : (r.review ?? 'pending');
    const signed = r.review === 'signed-off';
    const values = [r.template, r.region, r.locale, r.channel, r.status, r.errors, r.warnings, r.infos, r.footer, r.clauseId, r.clauseNumber, r.change ?? '', review, signed ? (r.reviewer ?? '') : '', signed ? (r.signedOff ?? '') : '', r.cellHash ?? ''];
    this.sink.write(`${values.map(cell).join(',')}\r\n`);
  }
  /** Where the next row goes: a template's part of the file is the bytes between two offsets (`export --cache`). */
  get offset(): number {
    return this.sink.offset;
  }
  /** A template's rows as the previous pack's summary.csv holds them (bytes `start`–`end`). */
  copy(from: CopySource, start: number, end: number): void {
    this.sink.copy(from, start, end);
  }
  close(): void {
    this.sink.close();
  }
}
