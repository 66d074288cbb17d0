/** summary.json: the CSV's rows as a JSON array, one row per line so it streams in and out. */
import type { SummaryRow } from './model.js';
import { FileSink, type CopySource } from './file-sink.js';
import { isSummaryRows, readPackJson } from './read-pack.js';

export class JsonSummary {
  private sink: FileSink;
  private first = true;
  constructor(file: string) {
    this.sink = new FileSink(file);
    this.sink.write('[');
  }
  row(r: SummaryRow): void {
    this.sink.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(r)}`);
    this.first = false;
  }
  /** Where the next row goes: a template's part of the file is the bytes between two offsets (`export --cache`). */
  get offset(): number {
    return this.sink.offset;
  }
  /**
   * A template's rows as the previous pack's summary.json holds them (bytes `start`–`end`, their
   * separator included, written there as the file's first row or not: `wasFirst`). Copied only
   * where they come at the same point here; false when not copied.
   */
  copy(from: CopySource, start: number, end: number, wasFirst: boolean): boolean {
    if (end > start && wasFirst !== this.first) return false;
    this.sink.copy(from, start, end);
    if (end > start) this.first = false;
    return true;
  }
  close(): void {
    this.sink.write(this.first ? ']\n' : '\n]\n');
    this.sink.close();
  }
}

/** Reads a previous export's summary.json into a map keyed by template, region and locale. */
export function readSummary(file: string): Map<string, SummaryRow> {
  const rows = readPackJson<SummaryRow[]>(file, isSummaryRows, 'the summary.json of a disclose export');
  return new Map(rows.map((r) => [rowKey(r), r]));
}

export function rowKey(r: Pick<SummaryRow, 'template' | 'region' | 'locale'>): string {
  return `${r.template}\u0000${r.region}\u0000${r.locale}`;
}
