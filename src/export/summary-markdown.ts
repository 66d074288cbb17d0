/** summary.md: the same rows as the CSV, as a Markdown table, with user text escaped for Markdown. */
import type { SummaryRow } from './model.js';
import { FileSink, type CopySource } from './file-sink.js';
import { escapeMarkdownCell } from '../format/markdown-escape.js';

export class MarkdownSummary {
  private sink: FileSink;
  /** `asOf`: the date the findings were judged as of, said under the title (review 11 L11-7). */
  constructor(file: string, title: string, asOf?: string) {
    this.sink = new FileSink(file);
    const judged = asOf ? `Findings judged as of ${asOf} (--as-of / asOf; dates checked by rule dpf-list-check)\n\n` : '';
    this.sink.write(`# ${title}\n\n${judged}| template | region | locale | channel | status | errors | warnings | footer | clause | change | review | reviewer | signed off |\n|---|---|---|---|---|---:|---:|---|---|---|---|---|---|\n`);
  }
  row(r: SummaryRow): void {
    const e = escapeMarkdownCell;
    this.sink.write(`| ${e(r.template)} | ${e(r.region)} | ${e(r.locale)} | ${e(r.channel)} | ${r.status} | ${r.errors} | ${r.warnings} | ${e(r.footer)} | ${e(r.clauseId)}${r.clauseNumber ? ` §${e(r.clauseNumber)}` : ''} | ${r.change ?? ''} | ${r.review ?? 'pending'} | ${e(r.reviewer ?? '')} | ${e(r.signedOff ?? '')} |\n`);
  }
  /** Where the next row goes: a template's part of the file is the bytes between two offsets (`export --cache`). */
  get offset(): number {
    return this.sink.offset;
  }
  /** A template's rows as the previous pack's summary.md holds them (bytes `start`–`end`). */
  copy(from: CopySource, start: number, end: number): void {
    this.sink.copy(from, start, end);
  }
  append(text: string): void {
    this.sink.write(text);
  }
  close(): void {
    this.sink.close();
  }
}
