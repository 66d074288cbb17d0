/**
 * summary.md: the pack in figures — per region and locale, how many cells are clean, have warnings
 * or errors, and how many findings of each — followed by the review and the changes. The cells
 * themselves are rows of summary.csv (the sign-off sheet) and of summary.json, and cells of the
 * matrix in index.html; summary.md wrote every one a fourth time (0.8 KB a template of a pack's
 * 17.9, stop 27), so it counts them instead. User text is escaped for Markdown.
 */
import type { Status, SummaryRow } from './model.js';
import { FileSink } from './file-sink.js';
import { escapeMarkdownCell } from '../format/markdown-escape.js';

interface Column {
  region: string;
  locale: string;
  cells: Record<Status, number>;
  errors: number;
  warnings: number;
}

export class MarkdownSummary {
  private sink: FileSink;
  /** The columns in the order their first cell came, with their counts. */
  private readonly columns = new Map<string, Column>();
  private counted = false;
  /** `asOf`: the date the findings were judged as of, said under the title (review 11 L11-7). */
  constructor(file: string, title: string, asOf?: string) {
    this.sink = new FileSink(file);
    const judged = asOf ? `Findings judged as of ${asOf} (--as-of / asOf; dates checked by rule dpf-list-check)\n\n` : '';
    this.sink.write(`# ${title}\n\n${judged}`);
  }
  /** Counts a cell (every cell of the pack, whether or not its template was reused from a cache). */
  row(r: SummaryRow): void {
    const key = `${r.region}\u0000${r.locale}`;
    let c = this.columns.get(key);
    if (!c) this.columns.set(key, (c = { region: r.region, locale: r.locale, cells: { clean: 0, warnings: 0, errors: 0 }, errors: 0, warnings: 0 }));
    c.cells[r.status]++;
    c.errors += r.errors;
    c.warnings += r.warnings;
  }
  append(text: string): void {
    this.counts();
    this.sink.write(text);
  }
  close(): void {
    this.counts();
    this.sink.close();
  }
  /** The table of counts, once, before the first section appended. */
  private counts(): void {
    if (this.counted) return;
    this.counted = true;
    const e = escapeMarkdownCell;
    const cols = [...this.columns.values()];
    const total = (f: (c: Column) => number) => cols.reduce((t, c) => t + f(c), 0);
    const lines = [
      `${total((c) => c.cells.clean + c.cells.warnings + c.cells.errors)} cells (template × region × locale). Each cell is a row of \`summary.csv\` (the sign-off sheet) and of \`summary.json\`, and a cell of the matrix in \`index.html\`, which links the template's page.`,
      '',
      '| region | locale | cells | with errors | with warnings | clean | errors | warnings |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      ...cols.map((c) => `| ${e(c.region)} | ${e(c.locale)} | ${c.cells.clean + c.cells.warnings + c.cells.errors} | ${c.cells.errors} | ${c.cells.warnings} | ${c.cells.clean} | ${c.errors} | ${c.warnings} |`),
    ];
    this.sink.write(`${lines.join('\n')}\n`);
  }
}
