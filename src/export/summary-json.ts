/** summary.json: the CSV's rows as a JSON array, one row per line so it streams in and out. */
import type { SummaryRow } from './model.js';
import { FileSink } from './file-sink.js';
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
